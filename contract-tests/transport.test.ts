/**
 * Exit 3: the target could not be reached or spoke no HTTP/JSON. Each case ends with one clear line that
 * names the reachability problem, never a contract failure; a JUnit file, when asked for, holds one error.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import selfsigned from 'selfsigned';
import { afterAll, describe, expect, it } from 'vitest';
import { createMockPbx } from '../mock-server/app.js';
import {
  ESCAPE_PAGE,
  closedPortUrl,
  cutShortServer,
  escapeServer,
  htmlServer,
  notHttpServer,
  redirectServer,
  silentServer,
} from './test-support/bad-servers.js';
import type { BadServer } from './test-support/bad-servers.js';
import { runPbxContract } from './test-support/mock-target.js';
import { startProxy } from './test-support/proxy.js';

const dir = mkdtempSync(join(tmpdir(), 'pbx-contract-transport-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CREDENTIALS = ['--client-id', 'mock-client-id', '--client-secret', 'mock-client-secret'];

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
  expect(stderr).toMatch(pattern);
}

describe('a target that cannot be reached', () => {
  it('exits 3 naming a refused connection when nothing listens', async () => {
    const url = await closedPortUrl();
    const junit = join(dir, 'refused.xml');
    const run = await runPbxContract(['--base-url', url, ...CREDENTIALS, '--junit', junit]);
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      /^pbx-contract: cannot reach the target at http:\/\/127\.0\.0\.1:\d+: POST \/openapi\/v1\.0\/get_token \{username, password\}: connection refused\n$/,
    );
    expect(run.stdout).toBe('');
    const xml = new XMLParser({ ignoreAttributes: false }).parse(readFileSync(junit, 'utf8')) as {
      testsuites: { '@_errors': string; '@_failures': string };
    };
    expect(xml.testsuites['@_errors']).toBe('1');
    expect(xml.testsuites['@_failures']).toBe('0');
  });

  const servers: [string, () => Promise<BadServer>, RegExp, string[]][] = [
    [
      'a server that answers HTML',
      htmlServer,
      /cannot reach the target at .*: answered HTTP 200 with a text\/html page \("<!doctype html>.*\), not JSON: this does not look like a P-Series PBX, whose API answers JSON under \/openapi\/v1\.0\/\n$/,
      [],
    ],
    [
      'a server that never answers (within --timeout)',
      silentServer,
      /cannot reach the target at .*get_token .*: no answer within 300 ms \(--timeout\)/,
      ['--timeout', '300'],
    ],
    [
      'a server that speaks no HTTP',
      notHttpServer,
      /cannot reach the target at .*: the answer is not HTTP \(HPE_/,
      [],
    ],
    [
      'an answer cut short of its Content-Length',
      () => cutShortServer(100),
      /cannot reach the target at .*get_token .*: answered HTTP 200, but the target closed the connection mid-answer: received 13 bytes of the body, expected the 100 bytes its Content-Length announced\n$/,
      [],
    ],
    [
      'a chunked answer cut short',
      () => cutShortServer(undefined),
      /: answered HTTP 200, but the target closed the connection mid-answer: received 13 bytes of the body, expected the end of its chunked body \(the last, empty chunk\)\n$/,
      [],
    ],
    [
      'a redirect to https',
      redirectServer,
      /cannot reach the target at .*: answered HTTP 301, a redirect to https:\/\/127\.0\.0\.1:8088\/openapi\/v1\.0\/get_token; give that as --base-url/,
      [],
    ],
  ];

  it.for(servers)('exits 3 with one clear line for %s', async ([, start, pattern, flags]) => {
    const server = await start();
    try {
      const run = await runPbxContract(['--base-url', server.url, ...CREDENTIALS, ...flags]);
      expect(run.code).toBe(3);
      expectOneLine(run.stderr, pattern);
    } finally {
      await server.close();
    }
  });
});

describe('what a target sends back', () => {
  it('reaches the console with its control characters made visible, and the JSON report stays valid', async () => {
    const server = await escapeServer();
    const json = join(dir, 'escapes.json');
    try {
      const run = await runPbxContract(['--base-url', server.url, ...CREDENTIALS, '--json', json]);
      expect(run.code).toBe(3);
      expect(run.stderr + run.stdout).not.toMatch(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/,
      );
      expect(run.stderr).toContain('\\x1b]0;pwned\\x07\\x1b[31mred\\x1b[0m \\x9b2J gone\\u202e');
      expect(ESCAPE_PAGE).toContain('\u001b');
      expect(() => JSON.parse(readFileSync(json, 'utf8')) as unknown).not.toThrow();
    } finally {
      await server.close();
    }
  });
});

it('exits 3 naming the port as not TLS when https:// points at plain HTTP', async () => {
  const server = await htmlServer();
  try {
    const run = await runPbxContract([
      '--base-url',
      server.url.replace('http:', 'https:'),
      ...CREDENTIALS,
    ]);
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      /TLS failed \(.*\): the target does not speak TLS on this port; try http:\/\//,
    );
  } finally {
    await server.close();
  }
});

it('says plainly what a server that is no PBX answered: a 404 with no Content-Type', async () => {
  const notPbx = await startProxy('http://127.0.0.1:1', {
    request: () => ({ status: 404, headers: {}, body: 'Not Found' }),
  });
  try {
    const run = await runPbxContract(['--base-url', notPbx.url, ...CREDENTIALS]);
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      /: answered HTTP 404 with a body with no Content-Type \("Not Found"\), not JSON: this does not look like a P-Series PBX, whose API answers JSON under \/openapi\/v1\.0\/\n$/,
    );
  } finally {
    await notPbx.close();
  }
});

it('exits 3 naming a plain-HTTP request to an HTTPS port, answered with a page or with a reset', async () => {
  const proxyPage = await startProxy('http://127.0.0.1:1', {
    request: () => ({
      status: 400,
      headers: { 'content-type': 'text/html' },
      body: '<html><head><title>400 The plain HTTP request was sent to HTTPS port</title></head></html>',
    }),
  });
  try {
    const run = await runPbxContract(['--base-url', proxyPage.url, ...CREDENTIALS]);
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      /answered HTTP 400 with a text\/html page \("<html><head><title>400 The plain HTTP request was sent to.*"\), not JSON: the target serves HTTPS on this port; use --base-url https:\/\/127\.0\.0\.1:\d+\n$/,
    );
  } finally {
    await proxyPage.close();
  }
  const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
    keyType: 'ec',
    algorithm: 'sha256',
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, createMockPbx().app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const run = await runPbxContract(['--base-url', url, ...CREDENTIALS]);
    expect(run.code).toBe(3);
    expectOneLine(
      run.stderr,
      /connection closed by the target without an answer \((ECONNRESET|socket hang up)\); if the target serves HTTPS on this port, use https:\/\/127\.0\.0\.1:\d+\n$/,
    );
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

describe('a target with a self-signed certificate', () => {
  it('exits 3 naming TLS without --ca or --insecure, and passes with either', async () => {
    const pems = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }] }],
    });
    const caFile = join(dir, 'pbx.pem');
    writeFileSync(caFile, pems.cert);
    const pbx = createMockPbx();
    const server = createServer({ key: pems.private, cert: pems.cert }, pbx.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const untrusted = await runPbxContract(['--base-url', url, ...CREDENTIALS]);
      expect(untrusted.code).toBe(3);
      expectOneLine(
        untrusted.stderr,
        /cannot reach the target at https:.*TLS failed .*give --ca FILE or --insecure/,
      );

      const withCa = await runPbxContract(['--base-url', url, ...CREDENTIALS, '--ca', caFile]);
      expect(withCa.stderr).toBe('');
      expect(withCa.code).toBe(0);

      const insecure = await runPbxContract(['--base-url', url, ...CREDENTIALS, '--insecure']);
      expect(insecure.code).toBe(0);
    } finally {
      // the runs uploaded a file: close() removes it with its folder
      pbx.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
