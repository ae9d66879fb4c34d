/**
 * Live-device safety, proved through a recording proxy in front of the mock: only allow-listed calls go
 * out, at most one bad-credentials login, del_token only for the run's own tokens, every token revoked at the
 * end (also when interrupted), and neither the secret nor any token in stdout, stderr, JUnit or JSON.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../fixtures/channel-set.js';
import { DEVICE_ENDPOINTS } from '../schemas/device-endpoints.js';
import type { DeviceEndpointSpec } from '../schemas/device-endpoints.js';
import { allowListOf, assertAllowed, MUTATING_CALLS, READ_ONLY_CALLS } from './allow-list.js';
import { NO_TRANSFER_ON_DEVICE } from './checks/conversation-checks.js';
import { TOKEN_CHECKS } from './checks/token-checks.js';
import { RefusedCall } from './errors.js';
import { DEFAULT_RATE } from './rate-limiter.js';
import { parseBaseUrl } from './run-options.js';
import { runContract } from './runner.js';
import { TargetClient } from './target-client.js';
import { mockFlags, runPbxContract, startMock } from './test-support/mock-target.js';
import type { MockTarget } from './test-support/mock-target.js';
import type { MockPbxOptions } from '../mock-server/app.js';
import { json, setJson, startProxy } from './test-support/proxy.js';
import type { ProxyHooks, RecordedCall, RunningProxy } from './test-support/proxy.js';

const dir = mkdtempSync(join(tmpdir(), 'pbx-contract-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// quotes, a backslash, & and < are escaped in JSON and XML: the masks must still find the secret there
const SECRET = 'Sup3r-"Secret" &<Value>\\42';

function issuedTokens(log: readonly RecordedCall[]): string[] {
  const tokens: string[] = [];
  for (const call of log) {
    if (!['get_token', 'refresh_token'].includes(call.request.endpoint)) continue;
    const body = json(call.answer);
    for (const key of ['access_token', 'refresh_token']) {
      if (typeof body[key] === 'string') tokens.push(body[key]);
    }
  }
  return tokens;
}

const stripMockHeader: ProxyHooks = {
  answer: (_req, res) => {
    delete res.headers['x-pbx-mock-kit'];
  },
};

/** Runs `use` against the mock behind a proxy that hides its header (a device-like target), then closes both. */
async function onDeviceLike(
  use: (proxy: RunningProxy, mock: MockTarget) => Promise<void>,
  options: MockPbxOptions = {},
): Promise<void> {
  const mock = await startMock(options);
  const proxy = await startProxy(mock.url, stripMockHeader);
  try {
    await use(proxy, mock);
  } finally {
    await proxy.close();
    await mock.close();
  }
}

/** The session ids the run's mutating calls name, and the session the run added through the control API. */
function mutatingCallsOf(log: readonly RecordedCall[]): {
  calls: string[];
  added: number | undefined;
} {
  const add = log.find(
    (c) => c.request.method === 'POST' && c.request.endpoint === '/__mock/sessions',
  );
  const info = add ? (json(add.answer).info as { id?: number } | undefined) : undefined;
  const calls = log
    .filter((c) =>
      MUTATING_CALLS.some(
        (m) => m.method === c.request.method && m.endpoint === c.request.endpoint,
      ),
    )
    .map((c) => {
      const body =
        c.request.endpoint === 'message/batchupload'
          ? {}
          : (JSON.parse(c.request.body || '{}') as { session_id?: number });
      return `${c.request.endpoint} ${body.session_id ?? '-'}`;
    });
  return { calls, added: info?.id };
}

/** A control call's route, its session id as :id. */
function route(call: RecordedCall): string {
  return `${call.request.method} ${call.request.endpoint.replace(/\/sessions\/\d+/, '/sessions/:id')}`;
}

describe.each([
  ['the mock', {}],
  ['a device-like target', stripMockHeader],
] as const)('a run against %s', (_name, hooks) => {
  it('makes only allow-listed calls, one bad login, and revokes every token it obtained', async () => {
    const mock = await startMock({ clientSecret: SECRET });
    const proxy = await startProxy(mock.url, hooks);
    try {
      const run = await runPbxContract([
        ...mockFlags(proxy.url).slice(0, 4),
        '--client-secret',
        SECRET,
        '--rate',
        '0',
      ]);
      expect(run.code).toBe(0);
      const isMock = hooks !== stripMockHeader;
      const control = proxy.log.filter((c) => c.request.endpoint.startsWith('/__mock/'));
      const { calls, added } = mutatingCallsOf(proxy.log);
      for (const { request } of proxy.log) {
        if (control.some((c) => c.request === request)) continue;
        if (request.endpoint.startsWith('/__mock_files/')) {
          expect(isMock, 'a download on a device-like target').toBe(true);
          continue;
        }
        const allowed = [...READ_ONLY_CALLS, ...(isMock ? MUTATING_CALLS : [])].some(
          (c) => c.method === request.method && c.endpoint === request.endpoint,
        );
        expect(allowed, `${request.method} ${request.endpoint}`).toBe(true);
      }
      if (isMock) {
        // the mock's conversation checks act on the session the run added, and on nothing else
        expect(added).toBeGreaterThan(0);
        expect(calls).toEqual([
          `message/send ${added}`,
          `message/send ${added}`,
          `message_session/transfer ${added}`,
          `message/send ${added}`,
          `message_session/close ${added}`,
          'message/batchupload -',
        ]);
        expect(control.map(route).sort()).toEqual(
          [
            // 2862's record and history view read (was it changed since start?), the history shapes, given back
            'GET /__mock/sessions/:id',
            'GET /__mock/sessions/:id/history',
            'PUT /__mock/sessions/:id/history',
            'DELETE /__mock/sessions/:id/history',
            'PUT /__mock/sessions/:id/history',
            'DELETE /__mock/sessions/:id/history',
            // the run's own session, its delivery on the test clock, the failure rule, all given back
            'POST /__mock/sessions',
            'GET /__mock/delivery',
            'POST /__mock/clock',
            'POST /__mock/delivery/failures',
            'GET /__mock/delivery',
            'POST /__mock/clock',
            'DELETE /__mock/delivery/failures',
            'DELETE /__mock/sessions/:id',
          ].sort(),
        );
        for (const call of control) expect(call.answer.status).toBeLessThan(300);
        // each shaped session got its generated history back
        for (const call of control.filter(
          (c) => c.request.method === 'DELETE' && c.request.endpoint.endsWith('/history'),
        ))
          expect(json(call.answer).shape).toBeNull();
        // and the run's own session is gone again
        expect(
          mock.pbx.sessionEditor
            .listParts()
            .some((p) => JSON.stringify(p).includes('pbx-contract test session')),
        ).toBe(false);
      } else {
        // without --allow-mutating a device never sees a mutating or control call
        expect(calls).toEqual([]);
        expect(control).toEqual([]);
        expect(run.stdout).toMatch(
          /skip conversation\.send .*\(mutating: off on a device without --allow-mutating/,
        );
        expect(run.stdout).toContain('Mutating calls: none');
      }
      const logins = proxy.log.filter((c) => c.request.endpoint === 'get_token');
      const bad = logins.filter(
        (c) => (JSON.parse(c.request.body) as { password?: string }).password !== SECRET,
      );
      expect(bad).toHaveLength(1);
      const issued = new Set(issuedTokens(proxy.log));
      const revoked = proxy.log.filter((c) => c.request.endpoint === 'del_token');
      expect(revoked.length).toBeGreaterThanOrEqual(3);
      for (const call of revoked)
        expect(issued.has(call.request.query.get('access_token') ?? '')).toBe(true);
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});

/** The flags of a run that may write to a device: the mock's twilio channel, its API DID. */
const NEW_SESSION = [
  '--test-to',
  '+15550177',
  '--test-channel',
  'twilio',
  '--test-did',
  '+12025550103',
];

describe('--allow-mutating on a device-like target', () => {
  it('sends ONE message to a new session, closes only that one, lists every mutating call, and revokes the token', async () => {
    await onDeviceLike(
      async (proxy, mock) => {
        const jsonFile = join(dir, 'mutating-new.json');
        const junitFile = join(dir, 'mutating-new.xml');
        const run = await runPbxContract([
          ...mockFlags(proxy.url).slice(0, 4),
          '--client-secret',
          SECRET,
          '--rate',
          '0',
          '--allow-mutating',
          ...NEW_SESSION,
          '--json',
          jsonFile,
          '--junit',
          junitFile,
        ]);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const { calls } = mutatingCallsOf(proxy.log);
        const send = proxy.log.filter((c) => c.request.endpoint === 'message/send');
        expect(send).toHaveLength(1);
        const sessions = proxy.log.filter((c) => c.request.endpoint === 'message_session/close');
        expect(sessions).toHaveLength(1);
        const closed = (JSON.parse(sessions[0]?.request.body ?? '{}') as { session_id: number })
          .session_id;
        // the session closed is a new one (none of the seeded sessions)
        expect(closed).toBeGreaterThan(2862);
        expect(calls).toEqual(['message/send -', `message_session/close ${closed}`]);
        // without --test-transfer no transfer is made, and the check says why
        expect(proxy.log.some((c) => c.request.endpoint === 'message_session/transfer')).toBe(
          false,
        );
        expect(run.stdout).toContain(NO_TRANSFER_ON_DEVICE);
        expect(proxy.log.some((c) => c.request.endpoint.startsWith('/__mock'))).toBe(false);
        expect(run.stdout).toMatch(/ok +conversation\.delivery /);
        expect(run.stdout).toContain('Mutating calls: 2 (calls that change the target)');
        expect(run.stdout).toContain('POST message/send new session: errcode 0');
        expect(run.stdout).toContain(`POST message_session/close session ${closed}: errcode 0`);
        const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as { mutatingCalls: unknown[] };
        expect(report.mutatingCalls).toEqual([
          { method: 'POST', endpoint: 'message/send', result: 'errcode 0' },
          {
            method: 'POST',
            endpoint: 'message_session/close',
            sessionId: closed,
            result: 'errcode 0',
          },
        ]);
        const junit = readFileSync(junitFile, 'utf8');
        expect(junit).toContain('<property name="mutating_calls" value="2"/>');
        expect(junit).toContain(
          `<property name="mutating_call_2" value="POST message_session/close session ${closed}: errcode 0"/>`,
        );
        const tokens = issuedTokens(proxy.log);
        expect(tokens.length).toBeGreaterThan(0);
        for (const output of [run.stdout, run.stderr, readFileSync(jsonFile, 'utf8'), junit]) {
          expect(output).not.toContain('Sup3r-');
          for (const token of tokens) expect(output).not.toContain(token);
        }
        expect(mock.pbx.tokens.liveCount()).toBe(0);
      },
      { clientSecret: SECRET },
    );
  });

  it.for([
    ['queue:6401', 'queue', '6401'],
    ['extension:1006', 'extension', '1006'],
    ['api', 'api', ''],
  ] as const)(
    'with --test-transfer %s: ONE send, ONE transfer of the session it started, ONE close, in that order',
    async ([dest, type, id]) => {
      await onDeviceLike(async (proxy, mock) => {
        const jsonFile = join(dir, `mutating-transfer-${type}.json`);
        const run = await runPbxContract([
          ...mockFlags(proxy.url),
          '--allow-mutating',
          ...NEW_SESSION,
          '--test-transfer',
          dest,
          '--json',
          jsonFile,
        ]);
        expect(run.code, run.stdout + run.stderr).toBe(0);
        const sends = proxy.log.filter((c) => c.request.endpoint === 'message/send');
        const transfers = proxy.log.filter(
          (c) => c.request.endpoint === 'message_session/transfer',
        );
        const closes = proxy.log.filter((c) => c.request.endpoint === 'message_session/close');
        expect(sends).toHaveLength(1);
        expect(transfers).toHaveLength(1);
        expect(closes).toHaveLength(1);
        const closed = (JSON.parse(closes[0]?.request.body ?? '{}') as { session_id: number })
          .session_id;
        // the session is the one the send started (none of the seeded sessions)
        expect(closed).toBeGreaterThan(2862);
        expect(JSON.parse(transfers[0]?.request.body ?? '{}')).toEqual({
          session_id: closed,
          destination_type: type,
          destination_id: id,
        });
        expect(mutatingCallsOf(proxy.log).calls).toEqual([
          'message/send -',
          `message_session/transfer ${closed}`,
          `message_session/close ${closed}`,
        ]);
        expect(proxy.log.some((c) => c.request.endpoint.startsWith('/__mock'))).toBe(false);
        expect(run.stdout).toMatch(/ok +conversation\.transfer /);
        expect(run.stdout).toMatch(/ok +conversation\.close /);
        expect(run.stdout).toContain('Mutating calls: 3 (calls that change the target)');
        expect(run.stdout).toContain(`POST message_session/transfer session ${closed}: errcode 0`);
        const report = JSON.parse(readFileSync(jsonFile, 'utf8')) as {
          mutatingCalls: { endpoint: string; sessionId?: number }[];
        };
        expect(report.mutatingCalls.map((c) => `${c.endpoint} ${c.sessionId ?? '-'}`)).toEqual([
          'message/send -',
          `message_session/transfer ${closed}`,
          `message_session/close ${closed}`,
        ]);
        expect(mock.pbx.tokens.liveCount()).toBe(0);
      });
    },
  );

  it('with --test-transfer fails the run when the device writes no transfer message, still one transfer and one close', async () => {
    const mock = await startMock();
    // a device whose history after the transfer lacks the queue's system message
    const proxy = await startProxy(mock.url, {
      answer(req, res) {
        delete res.headers['x-pbx-mock-kit'];
        if (req.endpoint !== 'message/get') return;
        const body = json(res);
        const data = body.data as { records?: { msg_type?: number }[] } | undefined;
        if (data && Array.isArray(data.records))
          data.records = data.records.filter((r) => r.msg_type !== 6);
        setJson(res, body);
      },
    });
    try {
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--allow-mutating',
        ...NEW_SESSION,
        '--test-transfer',
        'queue:6401',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toMatch(/FAIL conversation\.transfer /);
      expect(run.stdout).toContain(
        'transfer without the system message: the newest message after the transfer is msg_type 6',
      );
      const calls = mutatingCallsOf(proxy.log).calls;
      expect(calls).toHaveLength(3);
      expect(calls.map((c) => c.split(' ')[0])).toEqual([
        'message/send',
        'message_session/transfer',
        'message_session/close',
      ]);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it('with --test-transfer transfers nothing when the send joins a session that existed', async () => {
    await onDeviceLike(async (proxy) => {
      // session 33 of the generated set: twilio, DID +12025550103, customer +15717284890
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--allow-mutating',
        '--test-to',
        '+15717284890',
        '--test-channel',
        'twilio',
        '--test-did',
        '+12025550103',
        '--test-transfer',
        'queue:6401',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(mutatingCallsOf(proxy.log).calls).toEqual(['message/send -']);
      expect(run.stdout).toMatch(/skip conversation\.transfer .*did not start session 33/);
    });
  });

  it('sends ONE message and closes nothing when the send joins a session that existed (the same to and DID)', async () => {
    await onDeviceLike(async (proxy) => {
      // session 33 of the generated set: twilio, DID +12025550103, customer +15717284890
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--allow-mutating',
        '--test-to',
        '+15717284890',
        '--test-channel',
        'twilio',
        '--test-did',
        '+12025550103',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(mutatingCallsOf(proxy.log).calls).toEqual(['message/send -']);
      expect(run.stdout).toContain('the send joined session 33, which existed before');
      expect(run.stdout).toMatch(/skip conversation\.close .*did not start session 33/);
      expect(run.stdout).toMatch(/ok +conversation\.history /);
    });
  });

  it('closes nothing when the joined session was not on the list before the send (its history has more than the one message)', async () => {
    const mock = await startMock();
    // a device whose first page before the send leaves out session 33 (as an old session would be)
    const proxy = await startProxy(mock.url, {
      answer(req, res, log) {
        delete res.headers['x-pbx-mock-kit'];
        const sent = log.some((c) => c.request.endpoint === 'message/send');
        if (req.endpoint !== 'message_session/list' || sent || req.query.get('page_size') !== '100')
          return;
        const body = json(res);
        if (Array.isArray(body.list))
          body.list = body.list.filter((item) => (item as { id?: number }).id !== 33);
        setJson(res, body);
      },
    });
    try {
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--allow-mutating',
        '--test-to',
        '+15717284890',
        '--test-channel',
        'twilio',
        '--test-did',
        '+12025550103',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(mutatingCallsOf(proxy.log).calls).toEqual(['message/send -']);
      expect(run.stdout).toContain('the send joined session 33, which existed before');
    } finally {
      await proxy.close();
      await mock.close();
    }
  });

  it('replies ONE message into --test-session and never closes or transfers it', async () => {
    await onDeviceLike(async (proxy, mock) => {
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--allow-mutating',
        '--test-session',
        '2862',
      ]);
      expect(run.code, run.stdout + run.stderr).toBe(0);
      expect(mutatingCallsOf(proxy.log).calls).toEqual(['message/send 2862']);
      expect(run.stdout).toMatch(/skip conversation\.close .*did not start session 2862/);
      expect(run.stdout).toContain('POST message/send session 2862: errcode 0');
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    });
  });

  it('the client refuses a second send, and close or transfer of a session the run did not start', async () => {
    await onDeviceLike(async (proxy, mock) => {
      const client = new TargetClient({
        baseUrl: new URL(proxy.url),
        clientId: 'mock-client-id',
        clientSecret: 'mock-client-secret',
        transport: { insecure: false, ca: undefined, timeoutMs: 5000 },
        rate: 0,
        allowMutating: true,
      });
      try {
        const login = await client.login();
        const token = (login.json as { access_token: string }).access_token;
        const reply = { sender_type: 9, session_id: 2862, msg_body: 'x' };
        for (const endpoint of ['message_session/close', 'message_session/transfer']) {
          await expect(
            client.call({ method: 'POST', endpoint, token, body: { session_id: 2862 } }),
          ).rejects.toThrow(/only a session it started itself/);
        }
        await expect(
          client.call({ method: 'POST', endpoint: 'message/batchupload', token, body: {} }),
        ).rejects.toThrow(/not made on a device/);
        await client.call({ method: 'POST', endpoint: 'message/send', token, body: reply });
        await expect(
          client.call({ method: 'POST', endpoint: 'message/send', token, body: reply }),
        ).rejects.toThrow(/refused a second message\/send/);
        expect(proxy.log.filter((c) => c.request.endpoint === 'message/send')).toHaveLength(1);
        expect(proxy.log.some((c) => c.request.endpoint.startsWith('message_session/c'))).toBe(
          false,
        );
        expect(client.mutatingCalls.map((c) => c.result.split(':')[0])).toEqual([
          'refused',
          'refused',
          'refused',
          'errcode 0',
          'refused',
        ]);
        await client.revokeAll();
        expect(mock.pbx.tokens.liveCount()).toBe(0);
      } finally {
        client.close();
      }
    });
  });
});

describe('the client on a device-like target, after the run started a session', () => {
  it('allows ONE transfer of that session, and refuses a second one and any other session', async () => {
    await onDeviceLike(async (proxy, mock) => {
      const client = new TargetClient({
        baseUrl: new URL(proxy.url),
        clientId: 'mock-client-id',
        clientSecret: 'mock-client-secret',
        transport: { insecure: false, ca: undefined, timeoutMs: 5000 },
        rate: 0,
        allowMutating: true,
      });
      try {
        const login = await client.login();
        const token = (login.json as { access_token: string }).access_token;
        await client.call({
          method: 'POST',
          endpoint: 'message/send',
          token,
          body: {
            sender_type: 9,
            sender_no: 'api',
            channel: 'twilio',
            did_number: '+12025550103',
            to: '+15550177',
            msg_body: 'x',
          },
        });
        const list = await client.call({
          method: 'GET',
          endpoint: 'message_session/list',
          token,
          query: { user_type: '9', collection: 'all', page_size: '1' },
        });
        const own = (list.json as { list: { id: number }[] }).list[0]?.id ?? 0;
        expect(own).toBeGreaterThan(2862);
        client.adoptSession(own);
        const transfer = (session: number): Promise<unknown> =>
          client.call({
            method: 'POST',
            endpoint: 'message_session/transfer',
            token,
            body: { session_id: session, destination_type: 'queue', destination_id: '6401' },
          });
        await expect(transfer(2862)).rejects.toThrow(/only a session it started itself/);
        await transfer(own);
        await expect(transfer(own)).rejects.toThrow(/refused a second message_session\/transfer/);
        expect(
          proxy.log
            .filter((c) => c.request.endpoint === 'message_session/transfer')
            .map((c) => (JSON.parse(c.request.body) as { session_id: number }).session_id),
        ).toEqual([own]);
        expect(client.mutatingCalls.map((c) => c.result.split(':')[0])).toEqual([
          'errcode 0',
          'refused',
          'errcode 0',
          'refused',
        ]);
        await client.revokeAll();
        expect(mock.pbx.tokens.liveCount()).toBe(0);
      } finally {
        client.close();
      }
    });
  });
});

describe('the request rate', () => {
  it.for([
    ['a device-like target', stripMockHeader, DEFAULT_RATE],
    ['the mock, which announces itself', {}, 0],
  ] as const)('is %s: %i requests/s by default', async ([, hooks, rate]) => {
    const mock = await startMock();
    const proxy = await startProxy(mock.url, hooks);
    try {
      const report = await runContract(
        {
          baseUrl: parseBaseUrl(proxy.url),
          clientId: 'mock-client-id',
          clientSecret: 'mock-client-secret',
          sessionIds: undefined,
          insecure: false,
          ca: undefined,
          timeoutMs: 5000,
          rate: undefined,
          strict: false,
          allowMutating: false,
        },
        { checks: TOKEN_CHECKS.slice(0, 1) },
      );
      expect(report.exitCode).toBe(0);
      expect(report.rate).toBe(rate);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});

describe('the allow-list', () => {
  it('refuses GET extension/delete, even with --allow-mutating (the table has no such entry)', () => {
    expect(() => assertAllowed('GET', 'extension/delete', false)).toThrow(RefusedCall);
    expect(() => assertAllowed('GET', 'extension/delete', true)).toThrow(
      /not on the read-only allow-list/,
    );
  });

  it.for([
    ['POST', 'message_session/close'],
    ['POST', 'message_session/transfer'],
    ['POST', 'message/send'],
  ])(
    'refuses %s %s unless --allow-mutating is given (the table marks it mutating)',
    ([method, endpoint]) => {
      expect(() => assertAllowed(method ?? '', endpoint ?? '', false)).toThrow(
        /changes the PBX .*--allow-mutating/,
      );
      expect(() => assertAllowed(method ?? '', endpoint ?? '', true)).not.toThrow();
    },
  );

  it('follows the device table: read-only entries always, mutating ones only when allowed', () => {
    const read = { ...DEVICE_ENDPOINTS[3], name: 'thing/get' } as DeviceEndpointSpec;
    const write: DeviceEndpointSpec = {
      ...read,
      name: 'thing/close',
      method: 'POST',
      mutates: true,
    };
    const list = allowListOf([read, write]);
    expect(() => list.assertAllowed('GET', 'thing/get', false)).not.toThrow();
    expect(() => list.assertAllowed('POST', 'thing/close', false)).toThrow(
      /changes the PBX .*--allow-mutating/,
    );
    expect(() => list.assertAllowed('POST', 'thing/close', true)).not.toThrow();
    // the method is part of the entry: the read endpoint called with POST is not the entry
    expect(() => list.assertAllowed('POST', 'thing/get', true)).toThrow(RefusedCall);
    // every entry of the real table is allowed exactly when it does not mutate
    for (const spec of DEVICE_ENDPOINTS as readonly DeviceEndpointSpec[]) {
      const call = () => assertAllowed(spec.method, spec.name, false);
      if (spec.mutates) expect(call, spec.name).toThrow(RefusedCall);
      else expect(call, spec.name).not.toThrow();
    }
  });

  it('refuses token calls outside the rules before anything is sent', async () => {
    const mock = await startMock();
    const proxy = await startProxy(mock.url);
    const client = new TargetClient({
      baseUrl: new URL(proxy.url),
      clientId: 'mock-client-id',
      clientSecret: 'mock-client-secret',
      transport: { insecure: false, ca: undefined, timeoutMs: 5000 },
      rate: 0,
      allowMutating: false,
    });
    try {
      await expect(
        client.call({ method: 'POST', endpoint: 'message_session/close' }),
      ).rejects.toThrow(RefusedCall);
      expect(() => client.call({ method: 'GET', endpoint: 'del_token' })).toThrow(RefusedCall);
      await expect(client.revoke('someone-elses-token-0123456789ab')).rejects.toThrow(
        /did not obtain/,
      );
      await client.badLogin();
      expect(() => client.badLogin()).toThrow(/second bad-credentials login/);
      expect(proxy.log.map((c) => c.request.endpoint)).toEqual(['get_token']);
    } finally {
      client.close();
      await proxy.close();
      await mock.close();
    }
  });
});

describe("the mock's control API", () => {
  it('is refused until the target announced itself as the mock, and only under /__mock/', async () => {
    await onDeviceLike(async (proxy, mock) => {
      const options = {
        clientId: 'mock-client-id',
        clientSecret: 'mock-client-secret',
        transport: { insecure: false, ca: undefined, timeoutMs: 5000 },
        rate: 0,
        allowMutating: false,
      };
      const deviceLike = new TargetClient({ ...options, baseUrl: new URL(proxy.url) });
      const direct = new TargetClient({ ...options, baseUrl: new URL(mock.url) });
      try {
        await expect(deviceLike.control('PUT', '/__mock/sessions/1/history', {})).rejects.toThrow(
          /has not announced itself as the mock/,
        );
        await deviceLike.login();
        await expect(deviceLike.control('DELETE', '/__mock/sessions/1/history')).rejects.toThrow(
          RefusedCall,
        );
        expect(proxy.log.map((c) => c.request.endpoint)).toEqual(['get_token']);
        await direct.login();
        await expect(direct.control('GET', '/openapi/v1.0/message/get')).rejects.toThrow(
          /control calls go under \/__mock\//,
        );
        expect((await direct.control('GET', '/__mock/sessions/1/history')).status).toBe(200);
      } finally {
        await deviceLike.revokeAll();
        await direct.revokeAll();
        deviceLike.close();
        direct.close();
      }
    });
  });
});

/**
 * One run against a target that echoes what it was sent into errmsg: `badLogin` on a refused login,
 * `expired(token)` on 10004. Gives the run, its four outputs (stdout, stderr, JUnit, JSON) and the tokens
 * the mock issued during it.
 */
async function runAgainstEcho(
  secret: string,
  name: string,
  echo: { badLogin: string; expired: (token: string) => string },
): Promise<{ run: { code: number | null; stdout: string }; outputs: string[]; tokens: string[] }> {
  const mock = await startMock({ clientSecret: secret });
  const proxy = await startProxy(mock.url, {
    answer(req, res) {
      if (!res.headers['content-type']?.includes('json')) return;
      const body = json(res);
      if (req.endpoint === 'get_token' && body.errcode === -1) body.errmsg = echo.badLogin;
      const token = req.query.get('access_token');
      if (body.errcode === 10004 && token) body.errmsg = echo.expired(token);
      setJson(res, body);
    },
  });
  const junit = join(dir, `${name}.xml`);
  const jsonFile = join(dir, `${name}.json`);
  try {
    const run = await runPbxContract([
      ...mockFlags(proxy.url).slice(0, 4),
      '--client-secret',
      secret,
      '--rate',
      '0',
      '--junit',
      junit,
      '--json',
      jsonFile,
    ]);
    const outputs = [
      run.stdout,
      run.stderr,
      readFileSync(junit, 'utf8'),
      readFileSync(jsonFile, 'utf8'),
    ];
    return { run, outputs, tokens: issuedTokens(proxy.log) };
  } finally {
    await proxy.close();
    await mock.close();
  }
}

describe('secrets', () => {
  it('never appear in stdout, stderr, JUnit or JSON, even when the target echoes them', async () => {
    // a firmware that echoes what it was sent into errmsg: the secret on bad logins, the token on 10004
    const { run, outputs, tokens } = await runAgainstEcho(SECRET, 'secrets', {
      badLogin: `FAILURE (expected ${SECRET})`,
      expired: (token) => `TOKEN EXPIRED: ${token}`,
    });
    expect(run.code).toBe(1);
    // the echoes were reported (masked), so the test did reach the paths that could leak
    expect(run.stdout).toContain('found "FAILURE (expected ***)"');
    expect(run.stdout).toMatch(/found "TOKEN EXPIRED: \*\*\*"/);
    const junitXml = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => name === 'testcase',
    }).parse(outputs[2] ?? '') as {
      testsuites: {
        '@_failures': string;
        testsuite: { testcase: { '@_name': string; failure?: unknown }[] };
      };
    };
    const failedCases = junitXml.testsuites.testsuite.testcase.filter(
      (c) => c.failure !== undefined,
    );
    expect(junitXml.testsuites['@_failures']).toBe(String(failedCases.length));
    expect(failedCases.map((c) => c['@_name'].split(' ')[0])).toContain('token.bad-credentials');
    const secrets = [SECRET, ...tokens];
    expect(secrets.length).toBeGreaterThan(4);
    for (const output of outputs) {
      for (const secret of secrets) expect(output).not.toContain(secret);
      // nor in an escaped form (JSON's \" and \\, XML's &amp; and &lt;): the secret's start is its trace
      expect(output).not.toContain('Sup3r-');
    }
  });
});

describe('secrets echoed encoded', () => {
  // space, /, +, & and = are the characters whose encodings differ from the secret
  const secret = 'pa ss/w+rd&=x';
  const html = (text: string) => text.replaceAll('&', '&amp;');
  const everyByte = (text: string) =>
    [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

  it('are masked in stdout, stderr, JUnit and JSON: URL-encoded, HTML-escaped, base64, tokens too', async () => {
    const basic = Buffer.from(`mock-client-id:${secret}`).toString('base64');
    const forms = [
      encodeURIComponent(secret),
      new URLSearchParams({ p: secret }).toString().slice(2),
      html(secret),
      basic,
    ];
    const { run, outputs, tokens } = await runAgainstEcho(secret, 'encoded', {
      badLogin: forms.join(' '),
      expired: (token) => `EXPIRED ${everyByte(token)}`,
    });
    expect(run.code).toBe(1);
    // the echoes were reported, masked: the paths that could leak were reached
    expect(run.stdout).toContain('found "*** *** *** ***"');
    expect(run.stdout).toContain('found "EXPIRED ***"');
    expect(tokens.length).toBeGreaterThan(4);
    for (const output of outputs) {
      for (const form of [...forms, 'pa%20ss', 'pa+ss', 'w%2Brd', basic.slice(0, 12)]) {
        expect(output).not.toContain(form);
      }
      for (const token of tokens) expect(output).not.toContain(everyByte(token).slice(0, 24));
    }
  });
});

describe('an interrupted run', () => {
  it.for([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('stops on %s, revokes its tokens and exits %i', async ([signal, code]) => {
    const mock = await startMock();
    const controller = new AbortController();
    const proxy = await startProxy(mock.url, {
      request: (req) => {
        if (req.endpoint === 'message_session/get') controller.abort(signal);
      },
    });
    try {
      const run = await runPbxContract(mockFlags(proxy.url), { signal: controller.signal });
      expect(run.code).toBe(code);
      expect(run.stderr).toContain(`pbx-contract: interrupted (${signal})`);
      expect(run.stdout).toContain(`Exit ${code}: interrupted; the run's tokens were revoked.`);
      expect(proxy.log.some((c) => c.request.endpoint === 'del_token')).toBe(true);
      expect(mock.pbx.tokens.liveCount()).toBe(0);
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});

describe("a channel's credentials", () => {
  // every account_data value and verify_token of the mock's channels, and the names, which are not secret
  const secrets = CHANNELS.flatMap((c) => [...c.account_data.map((d) => d.v), c.verify_token]);

  it('never appear in stdout, JUnit or JSON, even where a finding shows a whole channel or a value', async () => {
    const mock = await startMock();
    // a firmware that breaks the shape where the secrets sit: get answers data as an array (the finding
    // shows what it found), query sends the first account_data value as a number
    const proxy = await startProxy(mock.url, {
      answer(req, res) {
        const body = json(res);
        if (req.endpoint === 'message_channel/get' && body.errcode === 0) {
          // short enough that the finding shows it whole (longer values are cut at 120 characters)
          const { account_data, verify_token } = body.data as Record<string, unknown>;
          body.data = [{ account_data, verify_token }];
        }
        if (req.endpoint === 'message_channel/query' && Array.isArray(body.list)) {
          for (const channel of body.list as { account_data: { v: unknown }[] }[])
            channel.account_data[0] = { ...channel.account_data[0], v: 12345678 };
        }
        setJson(res, body);
      },
    });
    const junit = join(dir, 'channels.xml');
    const jsonFile = join(dir, 'channels.json');
    try {
      const run = await runPbxContract([
        ...mockFlags(proxy.url),
        '--junit',
        junit,
        '--json',
        jsonFile,
      ]);
      expect(run.code).toBe(1);
      // the paths that could leak were reached: a whole channel and an account_data value were shown
      expect(run.stdout).toMatch(
        /\$\.data: expected a value of type object, found an array \[\{"account_data":\[\{"k":"account_sid","v":"\*\*\*"\}/,
      );
      expect(run.stdout).toMatch(
        /account_data\[0\]\.v: expected a value of type string, found "\*\*\*"/,
      );
      const outputs = [
        run.stdout,
        run.stderr,
        readFileSync(junit, 'utf8'),
        readFileSync(jsonFile, 'utf8'),
      ];
      for (const output of outputs) {
        for (const secret of [...secrets, '12345678']) expect(output).not.toContain(secret);
      }
    } finally {
      await proxy.close();
      await mock.close();
    }
  });
});
