import { X509Certificate } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import type { PeerCertificate, TLSSocket } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call } from '../test-support/live.js';
import { selfSignedCertificate } from '../core/tls.js';
import { runMockCli } from '../test-support/run-cli.js';
import type { CliRun } from '../test-support/run-cli.js';

/** Runs the CLI on a free port; see runMockCli. */
function runCli(
  args: string[],
  env: Record<string, string> = {},
  whileUp?: (url: string, stdout: () => string) => Promise<void>,
): Promise<CliRun> {
  return runMockCli(['--port', '0', ...args], env, whileUp);
}

/** A JSON call on the mock at `url` (http only). */
async function json(url: string, path: string, options: Parameters<typeof call>[2] = {}) {
  const result = await call(url, path, options);
  if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
  return { status: result.status, body: JSON.parse(result.text) as Record<string, unknown> };
}

const LOGIN = {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
};

/** get_token over TLS, trusting `ca` (or nothing, for a self-signed certificate). */
function tlsLogin(url: string, ca?: string) {
  return new Promise<{ body: Record<string, unknown>; peer: PeerCertificate }>(
    (resolve, reject) => {
      const req = httpsRequest(
        `${url}/openapi/v1.0/get_token`,
        {
          method: 'POST',
          headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
          agent: false,
          ...(ca === undefined ? { rejectUnauthorized: false } : { ca }),
        },
        (res) => {
          const peer = (res.socket as TLSSocket).getPeerCertificate();
          let text = '';
          res.on('data', (chunk: Buffer) => (text += chunk.toString()));
          res.on('end', () => resolve({ body: JSON.parse(text) as Record<string, unknown>, peer }));
        },
      );
      req.on('error', reject);
      req.end(LOGIN.body);
    },
  );
}

describe('pbx-mock flags for driving the fake PBX', () => {
  it('logs one JSON line per request with the token masked, and nothing with --quiet', async () => {
    let token = '';
    const loud = await runCli([], {}, async (url) => {
      token = (await json(url, '/openapi/v1.0/get_token', LOGIN)).body.access_token as string;
      await json(url, `/openapi/v1.0/message_session/get?id=5&access_token=${token}`);
    });
    const lines = loud.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.path)).toEqual([
      '/openapi/v1.0/get_token',
      '/openapi/v1.0/message_session/get',
    ]);
    expect(lines[1]).toMatchObject({ query: { id: '5', access_token: '***' }, errcode: 0 });
    expect(token).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(loud.stdout + loud.stderr).not.toContain(token);
    const quiet = await runCli(['--quiet'], {}, async (url) => {
      await json(url, '/openapi/v1.0/get_token', LOGIN);
    });
    expect(quiet.stdout).not.toContain('{"level"');
    expect(quiet.code).toBe(0);
  });

  it('--send-answer number answers message/send with a numeric msg_id (a string by default)', async () => {
    const sendOnce = async (url: string) => {
      const token = (await json(url, '/openapi/v1.0/get_token', LOGIN)).body.access_token as string;
      const answer = await json(url, `/openapi/v1.0/message/send?access_token=${token}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sender_type: 9, session_id: 2862, msg_body: 'hi' }),
      });
      return (answer.body.data as { msg_id: unknown }).msg_id;
    };
    let byDefault: unknown;
    let numeric: unknown;
    await runCli(['--quiet'], {}, async (url) => {
      byDefault = await sendOnce(url);
    });
    await runCli(['--quiet', '--send-answer', 'number'], {}, async (url) => {
      numeric = await sendOnce(url);
    });
    expect(typeof byDefault).toBe('string');
    expect(typeof numeric).toBe('number');
    expect(String(numeric)).toBe(byDefault);
  });

  it('--https serves TLS with a certificate generated at start, whose fingerprint it prints', async () => {
    const run = await runCli(['--https', '--quiet'], {}, async (url, stdout) => {
      expect(url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      const { body, peer } = await tlsLogin(url);
      expect(body).toMatchObject({ errcode: 0 });
      expect(stdout()).toContain(peer.fingerprint256);
    });
    expect(run.stdout).toContain('TLS: self-signed, generated at start');
    expect(run.stdout).toContain('curl -s -k -X POST https://');
  });

  it('--cert/--key serve the given certificate (a client trusting it verifies the connection)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pbx-mock-tls-'));
    const material = await selfSignedCertificate('127.0.0.1');
    writeFileSync(join(dir, 'cert.pem'), material.cert);
    writeFileSync(join(dir, 'key.pem'), material.key);
    const run = await runCli(
      ['--quiet', '--cert', join(dir, 'cert.pem'), '--key', join(dir, 'key.pem')],
      {},
      async (url) => {
        const { body, peer } = await tlsLogin(url, material.cert);
        expect(body).toMatchObject({ errcode: 0 });
        expect(peer.fingerprint256).toBe(new X509Certificate(material.cert).fingerprint256);
      },
    );
    expect(run.code).toBe(0);
  });

  it('--control-token on 0.0.0.0 turns control on behind the token and never prints it', async () => {
    const secret = 'Control-Token-9f2';
    const run = await runCli(
      ['--host', '0.0.0.0', '--quiet'],
      { PBX_MOCK_CONTROL_TOKEN: secret },
      async (url) => {
        const local = url.replace('0.0.0.0', '127.0.0.1');
        expect((await json(local, '/__mock/clock')).status).toBe(401);
        const ok = await json(local, '/__mock/clock', {
          headers: { 'x-pbx-mock-control-token': secret },
        });
        expect(ok.status).toBe(200);
      },
    );
    expect(run.stdout).toContain('requires the x-pbx-mock-control-token header');
    expect(run.stdout + run.stderr).not.toContain(secret);
  });

  it('on 0.0.0.0 without a token, and with --no-control anywhere, /__mock/* is an unknown path', async () => {
    for (const args of [['--host', '0.0.0.0'], ['--no-control']]) {
      const run = await runCli([...args, '--quiet'], {}, async (url) => {
        const local = url.replace('0.0.0.0', '127.0.0.1');
        expect(await json(local, '/__mock/rules')).toEqual({
          status: 200,
          body: { errcode: 10001, errmsg: 'INTERFACE NOT EXISTED' },
        });
      });
      expect(run.stdout).toContain('control API: off');
    }
  });

  it('--errcode (and PBX_MOCK_EXTRA_ERRCODES) add errcodes a rule or Prefer can answer', async () => {
    await runCli(
      ['--quiet', '--errcode', '70200=NEW FIRMWARE ERROR'],
      { PBX_MOCK_EXTRA_ERRCODES: '70300=ENV ONE;70301=ENV TWO' },
      async (url) => {
        const forced = await json(url, '/openapi/v1.0/get_token', {
          ...LOGIN,
          headers: { ...LOGIN.headers, Prefer: 'errcode=70200' },
        });
        expect(forced.body).toEqual({ errcode: 70200, errmsg: 'NEW FIRMWARE ERROR' });
      },
    );
    await runCli(
      ['--quiet'],
      { PBX_MOCK_EXTRA_ERRCODES: '70300=ENV ONE;70301=ENV TWO' },
      async (url) => {
        const forced = await json(url, '/openapi/v1.0/get_token?__errcode=70301', LOGIN);
        expect(forced.body).toEqual({ errcode: 70301, errmsg: 'ENV TWO' });
      },
    );
  });

  it('--token-cap-policy evict-oldest lets a 9th login in; --token-cap-errcode changes the refusal', async () => {
    await runCli(['--quiet', '--token-cap-policy', 'evict-oldest'], {}, async (url) => {
      for (let i = 0; i < 9; i++) {
        expect((await json(url, '/openapi/v1.0/get_token', LOGIN)).body.errcode).toBe(0);
      }
    });
    await runCli(['--quiet', '--token-cap-errcode', '10005'], {}, async (url) => {
      const codes = [];
      for (let i = 0; i < 9; i++)
        codes.push((await json(url, '/openapi/v1.0/get_token', LOGIN)).body.errcode);
      expect(codes.at(-1)).toBe(10005);
    });
  });

  it('--upload-limit and --upload-limit-errcode set the upload limit and its answer; --max-uploads caps the files kept', async () => {
    const upload = async (url: string, token: string, size: number) => {
      const form = new FormData();
      form.append('files', new Blob([Buffer.alloc(size, 0x61)]), 'a.bin');
      const res = await fetch(`${url}/openapi/v1.0/message/batchupload?access_token=${token}`, {
        method: 'POST',
        headers: { 'User-Agent': 'OpenAPI' },
        body: form,
      });
      return ((await res.json()) as { errcode: number }).errcode;
    };
    await runCli(
      ['--quiet', '--upload-limit', '1kb', '--upload-limit-errcode', '60002', '--max-uploads', '1'],
      {},
      async (url) => {
        const token = (await json(url, '/openapi/v1.0/get_token', LOGIN)).body
          .access_token as string;
        expect(await upload(url, token, 1025)).toBe(60002);
        expect(await upload(url, token, 1024)).toBe(0);
        expect(await upload(url, token, 1)).toBe(60002);
      },
    );
    await runCli(['--quiet'], { PBX_MOCK_UPLOAD_LIMIT: '10' }, async (url) => {
      const token = (await json(url, '/openapi/v1.0/get_token', LOGIN)).body.access_token as string;
      expect(await upload(url, token, 11)).toBe(40004);
    });
  });

  it.concurrent.for<[string[], RegExp]>([
    [['--errcode', '70200'], /--errcode.*CODE=MESSAGE/],
    [['--errcode', '60001=AGAIN'], /60001 is already in the catalogue/],
    [
      ['--token-cap-errcode', '12345'],
      /--token-cap-errcode 12345 is not in the catalogue; add it with --errcode/,
    ],
    [['--token-cap-policy', 'lottery'], /reject, evict-oldest/],
    [['--latency', '9-1'], /--latency/],
    [['--journal-size', 'lots'], /--journal-size/],
    [['--budget', 'journal=lots'], /--budget.*expected a size such as 64MB/],
    [['--budget', 'events=1MB'], /--budget.*sessions, rules, journal, uploads, messages/],
    [['--upload-limit', 'huge'], /--upload-limit.*expected a size such as 64MB/],
    [
      ['--upload-limit-errcode', '12345'],
      /--upload-limit-errcode 12345 is not in the catalogue; add it with --errcode/,
    ],
    [['--max-uploads', '-1'], /--max-uploads.*integer from 0 to 1000000/],
    [['--log-level', 'loud'], /--log-level/],
    [['--cert', '/nonexistent.pem'], /--cert and --key go together/],
    [['--cert', '/nonexistent.pem', '--key', '/nonexistent.key'], /cannot read the certificate/],
    [['--control-token', ''], /control token must not be empty/],
    [['--token-cap', '-1'], /--token-cap.*integer from 0 to 100000/],
    [['--login-failure-limit', 'many'], /--login-failure-limit.*integer/],
    [['--login-block', 'soon'], /--login-block.*10m, 90s or 1h/],
  ])('answers %j with one line on stderr and exit 2', async ([args, message], { expect }) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('--log-level warn logs a lock-out and a plain-HTTP client of an HTTPS mock, not the ordinary requests', async () => {
    const run = await runCli(
      ['--https', '--log-level', 'warn', '--token-cap', '1'],
      {},
      async (url) => {
        expect((await tlsLogin(url)).body.errcode).toBe(0);
        expect((await tlsLogin(url)).body.errcode).toBe(60002);
        // http:// to the https:// port: the handshake fails, no request ever arrives
        expect(
          (await call(url.replace('https:', 'http:'), '/openapi/v1.0/get_token')).kind,
        ).not.toBe('answer');
      },
    );
    const lines = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 40, errcode: 60002 });
    expect(String(lines[0]?.why)).toMatch(/already holds 1 live access tokens, the cap/);
    expect(lines[1]).toMatchObject({ level: 40 });
    expect(String(lines[1]?.msg)).toMatch(
      /^a client failed the TLS handshake: plain http:\/\/ to this https:\/\/ port/,
    );
  });

  it('--log-level error logs nothing for ordinary requests and lock-outs', async () => {
    const run = await runCli(['--log-level', 'error', '--token-cap', '1'], {}, async (url) => {
      expect((await json(url, '/openapi/v1.0/get_token', LOGIN)).body.errcode).toBe(0);
      expect((await json(url, '/openapi/v1.0/get_token', LOGIN)).body.errcode).toBe(60002);
    });
    expect(run.stdout).not.toContain('{"level"');
    expect(run.code).toBe(0);
  });
});
