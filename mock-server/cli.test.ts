import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runMockCli } from './test-support/run-cli.js';
import type { CliRun } from './test-support/run-cli.js';

/** Runs the CLI with its request log off; see runMockCli. */
function runCli(
  args: string[],
  env: Record<string, string> = {},
  whileUp?: (url: string, stdout: () => string) => Promise<void>,
): Promise<CliRun> {
  return runMockCli(args, { ...env, PBX_MOCK_LOG_LEVEL: 'silent' }, whileUp);
}

async function token(url: string, password = 'mock-client-secret', username = 'mock-client-id') {
  const res = await fetch(`${url}/openapi/v1.0/get_token`, {
    method: 'POST',
    headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return (await res.json()) as { errcode: number; access_token: string };
}

describe('pbx-mock', () => {
  it('binds 127.0.0.1 and prints the URL, the client id and a curl that gets a token, never the secret', async () => {
    let pasted = '';
    const run = await runCli(['--port', '0'], {}, async (url, stdout) => {
      expect((await token(url)).errcode).toBe(0);
      const curl = /^ {4}(curl .*)$/m.exec(stdout())?.[1] ?? 'missing';
      // paste the printed line into a shell that has the secret exported, as the banner says
      pasted = execFileSync('bash', ['-c', curl], {
        env: { ...process.env, PBX_MOCK_CLIENT_SECRET: 'mock-client-secret' },
        encoding: 'utf8',
      });
    });
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(run.stdout).toContain('API client id: mock-client-id');
    expect(run.stdout).toMatch(
      /curl -s -X POST http:\/\/127\.0\.0\.1:\d+\/openapi\/v1\.0\/get_token/,
    );
    expect(run.stdout + run.stderr).not.toContain('mock-client-secret');
    expect(JSON.parse(pasted)).toMatchObject({ errcode: 0, errmsg: 'SUCCESS' });
    expect(run.code).toBe(0);
  });

  it('takes its settings from flags, then the environment, and never prints a custom secret', async () => {
    const secret = 'Very-Secret-Value-42';
    const run = await runCli(
      ['--port', '0', '--client-id', 'crm-client', '--sessions', '1000000', '--seed', '9'],
      { PBX_MOCK_CLIENT_SECRET: secret, PBX_MOCK_CLIENT_ID: 'ignored-by-the-flag' },
      async (url) => {
        const pair = await token(url, secret, 'crm-client');
        expect(pair.errcode).toBe(0);
        const res = await fetch(
          `${url}/openapi/v1.0/message_session/get?access_token=${pair.access_token}&id=1000000`,
          { headers: { 'User-Agent': 'OpenAPI' } },
        );
        expect(((await res.json()) as { errcode: number }).errcode).toBe(0);
      },
    );
    expect(run.stdout).toContain('API client id: crm-client');
    expect(run.stdout).toContain('1000000 generated with seed 9');
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(run.stdout).toContain('$PBX_MOCK_CLIENT_SECRET');
  });

  it.each([
    [['--port', 'eighty'], /port.*integer/],
    [['--sessions', '-1'], /sessions.*integer/],
    [['--bogus'], /unknown option/],
    [['--empty-fields', 'sometimes'], /empty-fields/],
  ])('answers %j with one line on stderr and exit 2', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pbx-mock: /);
    expect(lines[0]).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it('masks the value of a mistyped --flag=value, which may be the secret', async () => {
    const run = await runCli(['--client-secrte=TopSecretValue99']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("pbx-mock: unknown option '--client-secrte=***'");
  });

  it('says in one line that the port is taken, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await runCli(['--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(`pbx-mock: cannot listen on 127.0.0.1:${port}: EADDRINUSE`);
    } finally {
      blocker.close();
    }
  });
});
