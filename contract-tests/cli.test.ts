/**
 * pbx-contract in-process: exit 0 against the mock with valid JUnit and JSON, one clear line and exit 2 for
 * every bad flag, the secret from a file or stdin, a wrong secret costing exactly one login, and the device
 * semantics (SEEN/OPEN differences reported, not failed, unless --strict).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from './checks/all-checks.js';
import { mockFlags, runPbxContract, startMock } from './test-support/mock-target.js';
import type { MockTarget } from './test-support/mock-target.js';
import { json, setJson, startProxy } from './test-support/proxy.js';
import type { ProxyHooks } from './test-support/proxy.js';

const dir = mkdtempSync(join(tmpdir(), 'pbx-contract-cli-'));
let mock: MockTarget;

beforeAll(async () => {
  mock = await startMock();
});
afterAll(async () => {
  await mock.close();
  rmSync(dir, { recursive: true, force: true });
});

interface JunitCase {
  '@_name': string;
  failure?: unknown;
  skipped?: unknown;
}

describe('pbx-contract against the mock', () => {
  it('exits 0, prints a line per check, a summary and writes valid JUnit and JSON', async () => {
    const junit = join(dir, 'ok.xml');
    const jsonFile = join(dir, 'ok.json');
    const run = await runPbxContract([
      ...mockFlags(mock.url),
      '--junit',
      junit,
      '--json',
      jsonFile,
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^pbx-contract: checking http:\/\/127\.0\.0\.1:\d+ \(read-only; rate unlimited; the target is the pbx-mock-kit mock/,
    );
    for (const check of ALL_CHECKS) expect(run.stdout).toContain(`  ok   ${check.id} `);
    expect(run.stdout).toMatch(
      /\nSummary\n {2}check +level {2}result\n {2}token\.get +DOC +pass\n/,
    );
    expect(run.stdout).toContain('Drift: none');
    expect(run.stdout).toMatch(
      /63 checks: 63 passed, 0 failed.* Exit 0: every contract check holds\.\n$/,
    );

    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'testcase',
    }).parse(readFileSync(junit, 'utf8')) as {
      testsuites: { '@_tests': string; '@_failures': string; testsuite: { testcase: JunitCase[] } };
    };
    expect(parsed.testsuites['@_tests']).toBe(String(ALL_CHECKS.length));
    expect(parsed.testsuites['@_failures']).toBe('0');
    const names = parsed.testsuites.testsuite.testcase.map((c) => c['@_name']);
    expect(names).toContain('token.get [DOC] ' + (ALL_CHECKS[0]?.title ?? ''));
    expect(parsed.testsuites.testsuite.testcase.every((c) => c.failure === undefined)).toBe(true);

    const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
      exitCode: number;
      target: string;
      summary: { passed: number };
    };
    expect(report).toMatchObject({
      exitCode: 0,
      target: 'mock',
      summary: { passed: ALL_CHECKS.length },
    });
  });

  it('takes the target and credentials from PBX_* environment variables', async () => {
    const run = await runPbxContract([], {
      env: {
        PBX_BASE_URL: mock.url,
        PBX_CLIENT_ID: 'mock-client-id',
        PBX_CLIENT_SECRET: 'mock-client-secret',
        PBX_RATE: '0',
      },
    });
    expect(run.code).toBe(0);
  });

  it('reads the secret from --secret-file FILE and from stdin with --secret-file -', async () => {
    const file = join(dir, 'secret.txt');
    writeFileSync(file, 'mock-client-secret\n');
    const base = ['--base-url', mock.url, '--client-id', 'mock-client-id', '--rate', '0'];
    expect((await runPbxContract([...base, '--secret-file', file])).code).toBe(0);
    expect(
      (await runPbxContract([...base, '--secret-file', '-'], { stdin: 'mock-client-secret\n' }))
        .code,
    ).toBe(0);
  });

  it('checks only the sessions named by --session-ids', async () => {
    const proxy = await startProxy(mock.url);
    try {
      const run = await runPbxContract([...mockFlags(proxy.url), '--session-ids', '3,2862']);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(
        /mock\.variant\.\* \(16\) +DOC +skipped: --session-ids limits the run/,
      );
      const asked = proxy.log
        .filter(
          (c) =>
            c.request.endpoint === 'message_session/get' &&
            c.request.method === 'GET' &&
            !c.request.headers.prefer,
        )
        .map((c) => c.request.query.get('id'));
      // the two named, plus the error probes (unknown, missing and non-integer id); forced errcodes aside
      expect(new Set(asked)).toEqual(new Set(['3', '2862', '999999999999999', null, 'abc']));
    } finally {
      await proxy.close();
    }
  });
});

describe('pbx-contract with bad usage', () => {
  const cases: [string, string[], RegExp][] = [
    ['no target', ['--client-id', 'x', '--client-secret', 'y'], /no target: give --base-url URL/],
    [
      'no client id',
      ['--base-url', 'http://127.0.0.1:1', '--client-secret', 'y'],
      /no API client id/,
    ],
    [
      'no secret',
      ['--base-url', 'http://127.0.0.1:1', '--client-id', 'x'],
      /no client secret: give --secret-file/,
    ],
    ['an unknown flag', ['--bogus'], /unknown option '--bogus'/],
    ['a stray argument', ['extra'], /too many arguments|excess argument|unknown command/i],
    [
      'a base URL that is not http(s)',
      ['--base-url', 'ftp://pbx', '--client-id', 'x', '--client-secret', 'y'],
      /must start with http:\/\/ or https:\/\//,
    ],
    [
      'a bad --rate',
      [...mockFlags('http://127.0.0.1:1').slice(0, 6), '--rate', 'fast'],
      /--rate must be requests per second/,
    ],
    [
      'a bad --timeout',
      [...mockFlags('http://127.0.0.1:1'), '--timeout', '0'],
      /--timeout must be milliseconds/,
    ],
    [
      'bad --session-ids',
      [...mockFlags('http://127.0.0.1:1'), '--session-ids', '1,x'],
      /--session-ids must be positive integers/,
    ],
    [
      'two secrets',
      [
        '--base-url',
        'http://127.0.0.1:1',
        '--client-id',
        'x',
        '--client-secret',
        'y',
        '--secret-file',
        'f',
      ],
      /give the client secret once/,
    ],
    [
      'a missing --secret-file',
      [
        '--base-url',
        'http://127.0.0.1:1',
        '--client-id',
        'x',
        '--secret-file',
        '/nonexistent/secret',
      ],
      /cannot read --secret-file \/nonexistent\/secret: ENOENT/,
    ],
    [
      'a --ca that is no certificate',
      [...mockFlags('http://127.0.0.1:1'), '--ca', '/dev/null'],
      /--ca \/dev\/null holds no PEM certificate/,
    ],
    [
      'a --junit folder that does not exist',
      [...mockFlags('http://127.0.0.1:1'), '--junit', '/nonexistent/dir/j.xml'],
      /--junit \/nonexistent\/dir\/j\.xml: folder \/nonexistent\/dir does not exist/,
    ],
    [
      'a bad PBX_STRICT',
      mockFlags('http://127.0.0.1:1'),
      /PBX_STRICT must be 1\/true\/yes or 0\/false\/no/,
    ],
    [
      // the value of a mistyped --flag=value may be the secret: the line names the flag only
      'a mistyped --client-secret=VALUE',
      ['--base-url', 'http://127.0.0.1:1', '--client-id', 'x', '--client-secrte=Typo-S3cret'],
      /^pbx-contract: unknown option '--client-secrte=\*\*\*'\n$/,
    ],
  ];

  it.for(cases)('exits 2 with one clear line for %s', async ([name, argv, pattern]) => {
    const run = await runPbxContract(
      argv,
      name === 'a bad PBX_STRICT' ? { env: { PBX_STRICT: 'maybe' } } : {},
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n').filter((line) => line !== '')).toHaveLength(1);
    expect(run.stderr).toMatch(/^pbx-contract: /);
    expect(run.stderr).toMatch(pattern);
  });

  it('prints its help and exits 0 with --help', async () => {
    const run = await runPbxContract(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--base-url <url>');
    expect(run.stdout).toContain('--secret-file <file>');
  });

  it('exits 2 after exactly one login when the target refuses the secret', async () => {
    const proxy = await startProxy(mock.url);
    try {
      const run = await runPbxContract([
        '--base-url',
        proxy.url,
        '--client-id',
        'mock-client-id',
        '--client-secret',
        'wrong-secret',
        '--rate',
        '0',
      ]);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'pbx-contract: get_token refused the client id and secret (errcode -1 FAILURE): check --client-id and the secret\n',
      );
      expect(proxy.log.map((c) => c.request.endpoint)).toEqual(['get_token']);
    } finally {
      await proxy.close();
    }
  });
});

describe('pbx-contract against a device-like target (no x-pbx-mock-kit header)', () => {
  // A device whose OPEN behaviour differs from the mock's choice: an unknown id answers 60002.
  const deviceLike: ProxyHooks = {
    answer(req, res) {
      delete res.headers['x-pbx-mock-kit'];
      if (req.endpoint === 'message_session/get' && req.query.get('id') === '999999999999999') {
        setJson(res, { ...json(res), errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
      }
    },
  };

  it('reports an OPEN difference without failing, skips mock-only checks, and fails with --strict', async () => {
    const proxy = await startProxy(mock.url, deviceLike);
    try {
      const run = await runPbxContract(mockFlags(proxy.url));
      expect(run.stdout).toContain('SEEN/OPEN differences are reported, not failed');
      expect(run.stdout).toMatch(/ {2}DIFF error\.unknown-id +OPEN/);
      expect(run.stdout).toMatch(
        /difference: GET \/openapi\/v1\.0\/message_session\/get\?id=999999999999999&access_token=\*\*\* -> HTTP 200, errcode 60002: \$\.errcode: wrong errcode; expected 60001 "DATA NOT FOUND", found 60002 "MAX LIMITATION EXCEEDED"/,
      );
      expect(run.stdout).toMatch(
        / {2}skip mock\.\* +42 mock-only checks: the target is not the mock/,
      );
      expect(run.stdout).toMatch(
        /1 difference, 42 skipped.* Exit 0: every contract check holds \(review the differences and drift above\)\./,
      );
      expect(run.code).toBe(0);
      expect(proxy.log.some((c) => c.request.headers.prefer !== undefined)).toBe(false);

      const strict = await runPbxContract([...mockFlags(proxy.url), '--strict']);
      expect(strict.stdout).toMatch(/ {2}FAIL error\.unknown-id +OPEN/);
      expect(strict.code).toBe(1);
    } finally {
      await proxy.close();
    }
  });

  it('reports a probe answered with an HTML page as a difference and still runs every other check', async () => {
    const proxy = await startProxy(mock.url, {
      ...deviceLike,
      request: (req) =>
        req.endpoint === 'pbx_contract/no_such_endpoint'
          ? { status: 404, headers: { 'content-type': 'text/html' }, body: '<h1>Not Found</h1>' }
          : undefined,
    });
    try {
      const run = await runPbxContract(mockFlags(proxy.url));
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/ {2}DIFF error\.unknown-path +SEEN/);
      expect(run.stdout).toMatch(/found answered HTTP 404 text\/html that is not JSON/);
      expect(run.stdout).toMatch(/ 0 failed, 2 differences, 42 skipped, 0 not run;/);
      expect(run.code).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});
