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
import { CONVERSATION_CHECKS } from './checks/conversation-checks.js';
import { parseTestTarget } from './run-options.js';

import { mockFlags, runPbxContract, startMock } from './test-support/mock-target.js';
import type { MockTarget } from './test-support/mock-target.js';
import { json, setJson, startProxy } from './test-support/proxy.js';
import type { ProxyHooks } from './test-support/proxy.js';

/** Checks a device-like target skips: the mock-only ones, and without --allow-mutating the mutating ones. */
const MOCK_ONLY = ALL_CHECKS.filter((c) => c.mockOnly).length;
const SKIPPED_ON_DEVICE = MOCK_ONLY + CONVERSATION_CHECKS.filter((c) => !c.mockOnly).length;

/** A new test session's flags (the mock's twilio channel and its API DID). */
const NEW_TARGET = [
  '--test-to',
  '+15550177',
  '--test-channel',
  'twilio',
  '--test-did',
  '+12025550103',
];

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

describe('--test-transfer', () => {
  const base = {
    allowMutating: true,
    session: undefined,
    to: '+15550177',
    channel: 'twilio',
    did: '+12025550103',
  };
  it.for([
    ['queue:6401', { type: 'queue', id: '6401' }],
    ['extension:1006', { type: 'extension', id: '1006' }],
    [' api ', { type: 'api', id: '' }],
  ] as const)('%s goes with a new test session', ([raw, transfer]) => {
    expect(parseTestTarget({ ...base, transfer: raw })).toEqual({
      kind: 'new',
      to: '+15550177',
      channel: 'twilio',
      did: '+12025550103',
      transfer,
    });
  });

  it('is absent unless given (an empty value too)', () => {
    expect(parseTestTarget(base)).not.toHaveProperty('transfer');
    expect(parseTestTarget({ ...base, transfer: '' })).not.toHaveProperty('transfer');
  });
});

describe('docs/contract-cli.md', () => {
  it('gives the check counts of ALL_CHECKS: total, mock-only, and skipped on a device without --allow-mutating', () => {
    const doc = readFileSync(new URL('../docs/contract-cli.md', import.meta.url), 'utf8');
    const totals = [...doc.matchAll(/(\d+) checks: /g)].map((m) => Number(m[1]));
    expect(totals.length).toBeGreaterThan(1);
    for (const total of totals) expect(total).toBe(ALL_CHECKS.length);
    expect(doc).toContain(`all ${ALL_CHECKS.length} checks run, the ${MOCK_ONLY} mock-only`);
    expect(doc).toContain(`${MOCK_ONLY} mock-only checks: the target is not the mock`);
    expect(doc).toContain(`${SKIPPED_ON_DEVICE} skipped, 0 not run`);
    expect(doc).toContain(
      `the ${CONVERSATION_CHECKS.filter((c) => !c.mockOnly).length} mutating ones`,
    );
    for (const check of CONVERSATION_CHECKS)
      expect(doc).toMatch(new RegExp(`\\| \`${check.id}\` +\\| ${check.level} +\\|`));
  });
});

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
      /^pbx-contract: checking http:\/\/127\.0\.0\.1:\d+ \(mutating checks on the run's own session; rate unlimited; the target is the pbx-mock-kit mock/,
    );
    for (const check of ALL_CHECKS) expect(run.stdout).toContain(`  ok   ${check.id} `);
    expect(run.stdout).toMatch(
      /\nSummary\n {2}check +level {2}result\n {2}token\.get +DOC +pass\n/,
    );
    expect(run.stdout).toContain('Drift: none');
    const total = ALL_CHECKS.length;
    expect(run.stdout).toMatch(
      new RegExp(
        `${total} checks: ${total} passed, 0 failed.* Exit 0: every contract check holds\\.\\n$`,
      ),
    );
    // the second line names the device, the serial masked but for its last 4 characters
    expect(run.stdout.split('\n')[1]).toBe(
      '  device: Yeastar P550, firmware 37.7.0.16, serial ********MOCK',
    );
    expect(run.stdout).not.toContain('3631A000MOCK');
    // the mutating calls it made on the mock are listed; an upload names no session
    expect(run.stdout).toMatch(/\n {2}POST message\/batchupload: errcode 0\n/);

    const parsed = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'testcase',
    }).parse(readFileSync(junit, 'utf8')) as {
      testsuites: {
        '@_tests': string;
        '@_failures': string;
        testsuite: {
          testcase: JunitCase[];
          properties: { property: { '@_name': string; '@_value': string }[] };
        };
      };
    };
    const properties = Object.fromEntries(
      parsed.testsuites.testsuite.properties.property.map((p) => [p['@_name'], p['@_value']]),
    );
    expect(properties).toMatchObject({
      device_known: 'true',
      device_model: 'Yeastar P550',
      device_firmware: '37.7.0.16',
      device_hardware_version: 'V1.00 0000-0000',
      device_serial: '********MOCK',
    });
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
      verdict: 'pass',
      complete: true,
      summary: { passed: ALL_CHECKS.length },
      device: {
        known: true,
        model: 'Yeastar P550',
        firmware: '37.7.0.16',
        hardwareVersion: 'V1.00 0000-0000',
        serial: '********MOCK',
      },
    });
  });

  it("steps aside from session 2862's seed when the user wrote to it and moved it, as the walk-throughs do", async () => {
    const walked = await startMock();
    try {
      const base = `${walked.url}/openapi/v1.0`;
      const login = await fetch(`${base}/get_token`, {
        method: 'POST',
        headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
      });
      const { access_token } = (await login.json()) as { access_token: string };
      const sent = await fetch(`${base}/message/send?access_token=${access_token}`, {
        method: 'POST',
        headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
        body: JSON.stringify({ sender_type: 9, session_id: 2862, msg_body: 'Hi Jane' }),
      });
      expect(await sent.json()).toMatchObject({ errcode: 0 });
      const moved = await fetch(`${base}/message_session/transfer?access_token=${access_token}`, {
        method: 'POST',
        headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
        body: JSON.stringify({
          session_id: 2862,
          destination_type: 'queue',
          destination_id: '6401',
        }),
      });
      expect(await moved.json()).toMatchObject({ errcode: 0 });
      const run = await runPbxContract(mockFlags(walked.url));
      // its participants are the other queue's now: the seed check steps aside too, saying why
      expect(run.stdout).toMatch(
        / {2}skip mock\.seed-session .*session 2862 was changed on this mock since it started \(by the API or the control API: a reply, a transfer, a close, a history shape\): POST \/__mock\/reset gives the seeded session back/,
      );
      expect(run.stdout).toMatch(
        / {2}skip mock\.history\.seed-session .*session 2862 was changed on this mock since it started .*POST \/__mock\/reset gives the seeded session back/,
      );
      expect(run.code).toBe(0);
    } finally {
      await walked.close();
    }
  });

  it("passes a mock told to answer message/send's msg_id as a number, noting the shape", async () => {
    const numeric = await startMock({ sendAnswer: 'number' });
    try {
      const run = await runPbxContract(mockFlags(numeric.url));
      expect(run.stdout).toMatch(/ {2}ok {3}conversation\.send /);
      expect(run.stdout).toMatch(
        /note: POST \/openapi\/v1\.0\/message\/send\?access_token=\*\*\* \{[^}]*\}: the mock answers msg_id as a number \(started with --send-answer number\)/,
      );
      expect(run.code).toBe(0);
    } finally {
      await numeric.close();
    }
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
      // the two named, plus the error probes (unknown, missing and non-integer id) and the session the
      // conversation checks added for themselves; forced errcodes aside
      const added = proxy.log.find(
        (c) => c.request.method === 'POST' && c.request.endpoint === '/__mock/sessions',
      );
      const own = String(
        (
          json(added?.answer ?? { status: 0, headers: {}, body: '{}' }).info as
            { id?: number } | undefined
        )?.id,
      );
      expect(new Set(asked)).toEqual(new Set(['3', '2862', '999999999999999', null, 'abc', own]));
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
      /^pbx-contract: unknown option '--client-secrte=\*\*\*'; did you mean --client-secret\?\n$/,
    ],
    [
      'a mistyped flag',
      [...mockFlags('http://127.0.0.1:1'), '--sesion-ids', '1'],
      /^pbx-contract: unknown option '--sesion-ids'; did you mean --session-ids\?\n$/,
    ],
    [
      'a flag written with underscores',
      ['--base_url', 'http://127.0.0.1:1'],
      /^pbx-contract: unknown option '--base_url'; did you mean --base-url\?\n$/,
    ],
    [
      'a flag nothing resembles',
      ['--bogus'],
      /^pbx-contract: unknown option '--bogus'; see --help for the flags\n$/,
    ],
    [
      '--allow-mutating without a test target',
      [...mockFlags('http://127.0.0.1:1'), '--allow-mutating'],
      /^pbx-contract: --allow-mutating needs the conversation to write to: --test-session ID \(an existing session to reply into\), or --test-to NUMBER --test-channel CHANNEL --test-did DID \(a new one\)\n$/,
    ],
    [
      'a test target without --allow-mutating',
      [...mockFlags('http://127.0.0.1:1'), '--test-session', '2862'],
      /^pbx-contract: --test-session names where mutating checks write, but they are off: add --allow-mutating \(or drop it\)\n$/,
    ],
    [
      '--test-session and --test-to together',
      [
        ...mockFlags('http://127.0.0.1:1'),
        '--allow-mutating',
        '--test-session',
        '2862',
        '--test-to',
        '+15550177',
      ],
      /^pbx-contract: give --test-session alone .*not both\n$/,
    ],
    [
      '--test-to without its channel and DID',
      [...mockFlags('http://127.0.0.1:1'), '--allow-mutating', '--test-to', '+15550177'],
      /^pbx-contract: a new test session needs --test-to, --test-channel and --test-did together; missing --test-channel, --test-did\n$/,
    ],
    [
      'an unknown --test-channel',
      [
        ...mockFlags('http://127.0.0.1:1'),
        '--allow-mutating',
        '--test-to',
        '+15550177',
        '--test-channel',
        'sms',
        '--test-did',
        '+12025550103',
      ],
      /^pbx-contract: --test-channel must be one of general, .*; got "sms"\n$/,
    ],
    [
      'a --test-to that is no number',
      [
        ...mockFlags('http://127.0.0.1:1'),
        '--allow-mutating',
        '--test-to',
        'jane@example.com',
        '--test-channel',
        'twilio',
        '--test-did',
        '+12025550103',
      ],
      /^pbx-contract: --test-to must be a phone number .*got "jane@example\.com"\n$/,
    ],
    [
      'a --test-session that is no id',
      [...mockFlags('http://127.0.0.1:1'), '--allow-mutating', '--test-session', '0'],
      /^pbx-contract: --test-session must be a session id \(a positive integer\); got "0"\n$/,
    ],
    [
      '--test-transfer without --allow-mutating',
      [...mockFlags('http://127.0.0.1:1'), ...NEW_TARGET, '--test-transfer', 'queue:6401'],
      /^pbx-contract: --test-to, --test-channel, --test-did, --test-transfer name where mutating checks write, but they are off: add --allow-mutating \(or drop them\)\n$/,
    ],
    [
      '--test-transfer with --test-session',
      [
        ...mockFlags('http://127.0.0.1:1'),
        '--allow-mutating',
        '--test-session',
        '2862',
        '--test-transfer',
        'queue:6401',
      ],
      /^pbx-contract: --test-transfer cannot go with --test-session: transfer runs only on a session the run starts \(give --test-to, --test-channel and --test-did instead\)\n$/,
    ],
    [
      '--test-transfer without a test session',
      [...mockFlags('http://127.0.0.1:1'), '--allow-mutating', '--test-transfer', 'api'],
      /^pbx-contract: --test-transfer needs a new test session, --test-to, --test-channel and --test-did: transfer runs only on a session the run starts\n$/,
    ],
    [
      '--test-transfer with a partial new session',
      [
        ...mockFlags('http://127.0.0.1:1'),
        '--allow-mutating',
        '--test-to',
        '+15550177',
        '--test-transfer',
        'api',
      ],
      /^pbx-contract: a new test session needs --test-to, --test-channel and --test-did together; missing --test-channel, --test-did\n$/,
    ],
    ...['queue', 'queue:', 'queue:sales', 'extension:10 06', 'ivr:6300', 'API', 'api:1'].map(
      (dest): [string, string[], RegExp] => [
        `a --test-transfer of "${dest}"`,
        [
          ...mockFlags('http://127.0.0.1:1'),
          '--allow-mutating',
          ...NEW_TARGET,
          '--test-transfer',
          dest,
        ],
        new RegExp(
          `^pbx-contract: --test-transfer must be queue:ID, extension:NUMBER or api \\(for example queue:6401\\); got "${dest}"\\n$`,
        ),
      ],
    ),
    [
      'a base URL of the legacy S-Series API',
      [
        '--base-url',
        'http://192.168.5.150:8088/api/v2.0.0',
        '--client-id',
        'x',
        '--client-secret',
        'y',
      ],
      /^pbx-contract: --base-url http:\/\/192\.168\.5\.150:8088\/api\/v2\.0\.0: \/api\/v2\.0\.0 is the legacy S-Series API, which this kit does not speak \(P-Series devices answer under \/openapi\/v1\.0\/\); the base URL ends at the port: --base-url http:\/\/192\.168\.5\.150:8088\n$/,
    ],
    [
      'a base URL that names an endpoint',
      [
        '--base-url',
        'https://pbx:8088/openapi/v1.0/get_token',
        '--client-id',
        'x',
        '--client-secret',
        'y',
      ],
      /goes past the API's root; the base URL ends at the port \(or at a proxy's path prefix\): --base-url https:\/\/pbx:8088\n$/,
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

  it.for([
    [
      { PBX_ALLOW_MUTATING: '1' },
      /^pbx-contract: --allow-mutating needs the conversation to write to: /,
    ],
    [
      { PBX_ALLOW_MUTATING: 'perhaps' },
      /^pbx-contract: PBX_ALLOW_MUTATING must be 1\/true\/yes or 0\/false\/no; got "perhaps"\n$/,
    ],
    [
      { PBX_TEST_TO: '+15550177', PBX_TEST_CHANNEL: 'twilio', PBX_TEST_DID: '+12025550103' },
      /^pbx-contract: --test-to, --test-channel, --test-did name where mutating checks write, but they are off: add --allow-mutating \(or drop them\)\n$/,
    ],
    [
      { PBX_ALLOW_MUTATING: 'yes', PBX_TEST_TO: '+15550177' },
      /missing --test-channel, --test-did\n$/,
    ],
    [
      { PBX_ALLOW_MUTATING: '1', PBX_TEST_SESSION: '2862', PBX_TEST_TRANSFER: 'queue:6401' },
      /^pbx-contract: --test-transfer cannot go with --test-session: transfer runs only on a session the run starts/,
    ],
    [
      {
        PBX_ALLOW_MUTATING: '1',
        PBX_TEST_TO: '+15550177',
        PBX_TEST_CHANNEL: 'twilio',
        PBX_TEST_DID: '+12025550103',
        PBX_TEST_TRANSFER: 'queue 6401',
      },
      /^pbx-contract: --test-transfer must be queue:ID, extension:NUMBER or api \(for example queue:6401\); got "queue 6401"\n$/,
    ],
  ] as const)('exits 2 with one clear line for the environment %o', async ([env, pattern]) => {
    const run = await runPbxContract(mockFlags('http://127.0.0.1:1'), { env: { ...env } });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(pattern);
  });

  it('prints its help, ending with examples, exit codes and where the docs are, and exits 0', async () => {
    const run = await runPbxContract(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--base-url <url>');
    expect(run.stdout).toContain('--secret-file <file>');
    expect(run.stdout).toContain('-v, --version');
    const footer = run.stdout.slice(run.stdout.indexOf('\nExamples:\n'));
    expect(footer.match(/^ {2}pbx-contract |^ {2}PBX_BASE_URL=/gm)).toHaveLength(3);
    expect(footer).toMatch(
      /Exit codes: 0 every contract check holds, 1 a contract check failed, 2 bad usage/,
    );
    expect(footer).toMatch(/Docs: README\.md and docs\/troubleshooting\.md/);
    expect(footer).toContain("'Prefer: errcode=N'");
  });

  it.for(['--version', '-v'])('prints the version with %s and exits 0', async (flag) => {
    const { version } = JSON.parse(
      readFileSync(new URL('../package.json', import.meta.url), 'utf8'),
    ) as { version: string };
    const run = await runPbxContract([flag]);
    expect(run).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits 2 in one line, after revoking its token, when --session-ids names a session the target lacks', async () => {
    const junit = join(dir, 'unknown-ids.xml');
    const run = await runPbxContract([
      ...mockFlags(mock.url),
      '--session-ids',
      '1,2,99999',
      '--junit',
      junit,
    ]);
    expect(readFileSync(junit, 'utf8')).toMatch(
      /<testcase classname="pbx-contract\.run" name="the run's options fit the target">\s*<error message="--session-ids names a session the target does not have \(99999\)/,
    );
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'pbx-contract: --session-ids names a session the target does not have (99999): message_session/get refused it; name sessions it has, or leave out --session-ids to discover them\n',
    );
    expect(mock.pbx.tokens.liveCount()).toBe(0);
  });

  it("notes how to undo the mock's token cap when a login in the middle of the run meets it", async () => {
    const capped = await startMock({ tokenRules: { maxAccessTokens: 1 } });
    try {
      const run = await runPbxContract(mockFlags(capped.url));
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/ {2}FAIL token\.refresh /);
      expect(run.stdout).toContain(
        ": the mock's token cap was reached during the run (the run holds 2 live tokens at once; other clients may hold the rest): free them with POST /__mock/reset, or start pbx-mock with --token-cap N",
      );
      expect(capped.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await capped.close();
    }
  });

  it('names the URL it tried and says where the base URL ends when get_token answers 10001', async () => {
    const run = await runPbxContract(mockFlags(`${mock.url}/pbx`));
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `pbx-contract: get_token at ${mock.url}/pbx/openapi/v1.0/get_token answered errcode 10001 "INTERFACE NOT EXISTED": there is no P-Series API at this URL; the base URL ends at the port: try --base-url ${mock.url} (without /pbx)\n`,
    );
  });

  it.for([
    [
      '60002, the token cap',
      { maxAccessTokens: 1 },
      /^pbx-contract: get_token answered errcode 60002 "MAX LIMITATION EXCEEDED": the target is the pbx-mock-kit mock, whose API client holds its maximum of live access tokens .*: free them with curl -X POST http:\/\/127\.0\.0\.1:\d+\/__mock\/reset, or start pbx-mock with --token-cap N or --token-cap-policy evict-oldest\n$/,
    ],
    [
      '70004, the login block',
      { loginFailureLimit: 1 },
      /^pbx-contract: get_token answered errcode 70004 "ACCOUNT IP BLOCKED": the target is the pbx-mock-kit mock, which blocks an address after failed logins \(5 unless --login-failure-limit\) for a while \(10 minutes unless --login-block\): lift it with curl -X POST http:\/\/127\.0\.0\.1:\d+\/__mock\/reset, or start pbx-mock with --login-failure-limit 0\n$/,
    ],
  ] as const)('says how to undo %s on the mock instead of waiting', async ([, rules, pattern]) => {
    const locked = await startMock({ tokenRules: rules });
    try {
      // take the one token, or spend the one failed login
      const login = (password: string) =>
        fetch(`${locked.url}/openapi/v1.0/get_token`, {
          method: 'POST',
          headers: { 'User-Agent': 'OpenAPI', 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: 'mock-client-id', password }),
        }).then((res) => res.json() as Promise<{ errcode: number }>);
      const first = await login('maxAccessTokens' in rules ? 'mock-client-secret' : 'wrong');
      expect(first.errcode).toBe('maxAccessTokens' in rules ? 0 : -1);
      const run = await runPbxContract(mockFlags(locked.url));
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(pattern);
    } finally {
      await locked.close();
    }
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
        new RegExp(
          ` {2}skip mock\\.\\* +${MOCK_ONLY} mock-only checks: the target is not the mock`,
        ),
      );
      expect(run.stdout).toMatch(
        new RegExp(
          `skip conversation\\.send +OPEN .*\\(mutating: off on a device without --allow-mutating`,
        ),
      );
      expect(run.stdout).toMatch(
        new RegExp(
          `1 difference, ${SKIPPED_ON_DEVICE} skipped.* Exit 0: every contract check holds \\(review the differences and drift above\\)\\.`,
        ),
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

  it('checks a device without system/information (10001, older firmware) all the same, and says why its device is unknown', async () => {
    const proxy = await startProxy(mock.url, {
      async answer(req, res) {
        await deviceLike.answer?.(req, res, []);
        if (req.endpoint === 'system/information') {
          setJson(res, { errcode: 10001, errmsg: 'INTERFACE NOT EXISTED' });
        }
      },
    });
    const jsonFile = join(dir, 'old-firmware.json');
    try {
      const run = await runPbxContract([...mockFlags(proxy.url), '--json', jsonFile]);
      expect(run.stdout.split('\n')[1]).toBe(
        '  device: unknown (system/information answered errcode 10001 "INTERFACE NOT EXISTED": this model or firmware has no system/information (it needs 37.7.0.16 or later, and no P520 has it)); checked all the same',
      );
      expect(run.stdout).toMatch(/ {2}skip device\.information +DOC/);
      expect(run.stdout).toMatch(/ {2}ok {3}session\.get /);
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { device: unknown };
      expect(report.device).toEqual({
        known: false,
        reason: expect.stringMatching(/^system\/information answered errcode 10001/) as unknown,
      });
    } finally {
      await proxy.close();
    }
  });

  it('fails device.information on a malformed answer, and never shows the serial whole', async () => {
    const serial = '3631A2124567';
    const proxy = await startProxy(mock.url, {
      async answer(req, res) {
        await deviceLike.answer?.(req, res, []);
        if (req.endpoint === 'system/information') {
          const answer = json(res);
          const data = answer.data as Record<string, unknown>;
          // a firmware that sends milliseconds and a string uptime, and echoes the serial in a field
          setJson(res, {
            ...answer,
            data: {
              ...data,
              sn: serial,
              device_name: `PBX ${serial}`,
              timestamp: Number(data.timestamp) * 1000,
              up_time: '24852',
            },
          });
        }
      },
    });
    try {
      const run = await runPbxContract(mockFlags(proxy.url));
      expect(run.stdout.split('\n')[1]).toBe(
        '  device: Yeastar P550, firmware 37.7.0.16, serial ********4567',
      );
      expect(run.stdout).toMatch(/ {2}FAIL device\.information +DOC/);
      expect(run.stdout).toMatch(/\$\.data\.up_time/);
      expect(run.stdout).toMatch(/\$\.data\.timestamp: timestamp is in Unix seconds/);
      expect(run.stdout).not.toContain(serial);
      expect(run.code).toBe(1);
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
      expect(run.stdout).toMatch(
        /found answered HTTP 404 with a text\/html page \("<h1>Not Found<\/h1>"\), not JSON/,
      );
      expect(run.stdout).toMatch(
        new RegExp(` 0 failed, 2 differences, ${SKIPPED_ON_DEVICE} skipped, 0 not run;`),
      );
      expect(run.code).toBe(0);
    } finally {
      await proxy.close();
    }
  });
});
