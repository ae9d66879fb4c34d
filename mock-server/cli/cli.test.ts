import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { runMockCli } from '../test-support/run-cli.js';
import type { CliRun } from '../test-support/run-cli.js';

const CLI_PATH = fileURLToPath(new URL('../cli.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

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
      // asynchronously: the mock answers from this very process
      pasted = (
        await promisify(execFile)('bash', ['-c', curl], {
          env: { ...process.env, PBX_MOCK_CLIENT_SECRET: 'mock-client-secret' },
          encoding: 'utf8',
        })
      ).stdout;
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

  it('answers system/information with the model, firmware and serial it was given, and names them in the banner', async () => {
    let device: unknown;
    const run = await runCli(
      ['--port', '0', '--model', 'Yeastar P560', '--firmware', '37.8.0.4'],
      { PBX_MOCK_SERIAL: '3631A9876543' },
      async (url) => {
        const pair = await token(url);
        const res = await fetch(
          `${url}/openapi/v1.0/system/information?access_token=${pair.access_token}`,
          { headers: { 'User-Agent': 'OpenAPI' } },
        );
        device = ((await res.json()) as { data: unknown }).data;
      },
    );
    expect(run.code).toBe(0);
    expect(device).toMatchObject({
      model_name: 'Yeastar P560',
      firmware_version: '37.8.0.4',
      sn: '3631A9876543',
    });
    expect(run.stdout).toContain('device: Yeastar P560, firmware 37.8.0.4, serial 3631A9876543');
  });

  it.each([
    [['--port', 'eighty'], /port.*integer/],
    [['--sessions', '-1'], /sessions.*integer/],
    [['--bogus'], /^pbx-mock: unknown option '--bogus'; see --help for the flags$/],
    [['--prot', '9000'], /^pbx-mock: unknown option '--prot'; did you mean --port\?$/],
    [
      ['--token_cap=3'],
      /^pbx-mock: unknown option '--token_cap=\*\*\*'; did you mean --token-cap\?$/,
    ],
    [['--empty-fields', 'sometimes'], /empty-fields/],
    [['--serial', ''], /serial.*must not be empty/],
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
    expect(run.stderr.trim()).toBe(
      "pbx-mock: unknown option '--client-secrte=***'; did you mean --client-secret?",
    );
  });

  it('says in one line that the port is taken, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = await runCli(['--port', String(port)]);
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toBe(
        `pbx-mock: cannot listen on 127.0.0.1:${port}: EADDRINUSE (the port is in use, perhaps by another pbx-mock); pick another with --port N or PBX_MOCK_PORT=N, or --port 0 for a free one`,
      );
    } finally {
      blocker.close();
    }
  });

  it.for(['--version', '-v'])('prints the version with %s and exits 0', async (flag) => {
    const { version } = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const run = await runCli([flag]);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('ends its --help with examples, the lock-outs and where the docs are', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    const footer = run.stdout.slice(run.stdout.indexOf('\nExamples:\n'));
    expect(footer.match(/^ {2}(PBX_MOCK_\w+=\S+ )?pbx-mock/gm)).toHaveLength(3);
    expect(footer).toMatch(/refuses a 9th live token per API client \(60002/);
    expect(footer).toMatch(/blocks an address for 10 minutes after 5 failed logins \(70004\)/);
    expect(footer).toContain("'Prefer: errcode=60001'");
    expect(footer).toContain("'Prefer: code=503'");
    expect(footer).toMatch(/Docs: README\.md and docs\/troubleshooting\.md/);
  });

  it('says the token cap and login block in its banner, and takes both from flags and environment', async () => {
    const run = await runCli(
      ['--port', '0', '--token-cap', '2'],
      { PBX_MOCK_LOGIN_FAILURE_LIMIT: '1', PBX_MOCK_LOGIN_BLOCK: '1h' },
      async (url) => {
        expect((await token(url)).errcode).toBe(0);
        expect((await token(url)).errcode).toBe(0);
        expect((await token(url)).errcode).toBe(60002);
        expect((await token(url, 'wrong')).errcode).toBe(-1);
        expect((await token(url)).errcode).toBe(70004);
        const reset = await fetch(`${url}/__mock/reset`, { method: 'POST' });
        expect(reset.status).toBe(200);
        expect((await token(url)).errcode).toBe(0);
      },
    );
    expect(run.stdout).toContain(
      '  token cap: 2 live tokens per API client; the next login answers 60002 until one is revoked (del_token) or expires (30 minutes) (--token-cap)\n',
    );
    expect(run.stdout).toContain(
      '  login block: 1 failed logins from one address block it for 1 hour with 70004 (--login-failure-limit, --login-block)\n',
    );
    expect(run.stdout).toMatch(
      /\n {2}lift both at once: curl -X POST http:\/\/127\.0\.0\.1:\d+\/__mock\/reset \(forgets every token, rule and block\)\n/,
    );
  });

  // the one spawned run of the bin: its signals, exit code and a stdout that goes away need a process
  it('keeps serving, without a stack trace, when the reader of its output goes away', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI_PATH, '--port', '0'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = await new Promise<string>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const found = /listening on (\S+)/.exec(stdout)?.[1];
        if (found && stdout.includes('curl')) {
          child.stdout.destroy();
          resolve(found);
        }
      });
    });
    // each request writes a log line to the closed pipe
    for (let i = 0; i < 3; i++) expect((await token(url)).errcode).toBe(0);
    const code = await new Promise<number | null>((resolve) => {
      child.on('close', resolve);
      child.kill('SIGHUP');
    });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
