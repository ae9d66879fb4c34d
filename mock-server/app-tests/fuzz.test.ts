/**
 * Property-based robustness: thousands of generated requests at a listening mock. Every answer is the
 * device's (HTTP 200, a catalogue errcode with its exact errmsg, valid against the envelope schema), nothing
 * is ever logged as an unhandled error, and a bystander's token and sessions are untouched afterwards.
 * FUZZ_RUNS asks for more cases, FUZZ_SEED replays a failure (both are printed).
 */
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { describeErrors, validate } from '../../schemas/validators.js';
import type { SchemaTitle } from '../../schemas/validators.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { API_PREFIX } from '../../schemas/device-endpoints.js';
import { requestArb } from '../test-support/fuzz-arbitraries.js';
import { controlRequestArb } from '../test-support/fuzz-control-arbitraries.js';
import { budgetRun } from '../test-support/fuzz-budget-arbitraries.js';
import { multipartCaseArb } from '../test-support/fuzz-multipart-arbitraries.js';
import { conversationCallArb } from '../test-support/fuzz-conversation-arbitraries.js';
import { hostAllowed, isJsonType } from '../control/cross-site.js';
import { STORE_NAMES } from '../state/store-budget.js';
import type { FuzzRequest } from '../test-support/fuzz-arbitraries.js';
import { fuzzAgent, send, toWire } from '../test-support/fuzz-client.js';
import type { FuzzAnswer } from '../test-support/fuzz-client.js';

const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20_261_126);
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Control-API cases: a fifth of the device cases. */
const CONTROL_RUNS = Math.max(100, Math.round(FUZZ_RUNS / 5));

/** The success schema of each endpoint; an errcode 0 answer must match it. */
const SUCCESS_SCHEMA: Readonly<Record<string, SchemaTitle>> = {
  get_token: 'GetTokenAnswer',
  refresh_token: 'RefreshTokenAnswer',
  del_token: 'DelTokenAnswer',
  'message_session/get': 'MessageSessionGetAnswer',
  'message_session/query': 'MessageSessionQueryAnswer',
  'message_session/list': 'MessageSessionListAnswer',
  'message_session/search': 'MessageSessionListAnswer',
  'system/information': 'SystemInformationAnswer',
  'message/batchupload': 'MessageBatchUploadAnswer',
  'message/get': 'MessageGetAnswer',
  'message/query': 'MessageQueryAnswer',
  'message_channel/get': 'MessageChannelGetAnswer',
  'message_channel/query': 'MessageChannelQueryAnswer',
  'message/send': 'MessageSendAnswer',
  'message_session/close': 'MessageSessionActionAnswer',
  'message_session/transfer': 'MessageSessionActionAnswer',
};

/** Problem codes a malformed or unknown errcode preference may answer (400 problem+json, by design). */
const PREFERENCE_PROBLEMS = ['PBX_MOCK_BAD_ERRCODE_PREFERENCE', 'PBX_MOCK_UNKNOWN_ERRCODE'];

const ERRMSG = new Map(ERROR_CATALOGUE.map((entry) => [entry.errcode, entry.errmsg]));

const USER_AGENT = { 'user-agent': 'OpenAPI' };

let pbx: MockPbx;
let server: Server;
let port: number;
const agent = fuzzAgent();
const unhandled: unknown[] = [];
const recordUnhandled = (error: unknown) => unhandled.push(error);

function asksForErrcode(generated: FuzzRequest): boolean {
  return (
    /errcode/i.test(generated.headers.prefer ?? '') ||
    generated.query.some(([key]) => key === '__errcode')
  );
}

function expectSchema(title: SchemaTitle, body: unknown): void {
  const errors = validate(title, body);
  expect(errors, `${title}: ${describeErrors(errors)}`).toEqual([]);
}

/** The checks every answer passes; returns the errcode (or the HTTP status for a problem answer). */
function checkAnswer(generated: FuzzRequest, answer: FuzzAnswer): number {
  if (answer.status === 400 && asksForErrcode(generated)) {
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    if (generated.method === 'HEAD') return 400;
    const problem = JSON.parse(answer.body.toString('utf8')) as { code?: string };
    expectSchema('MockProblemDocument', problem);
    expect(PREFERENCE_PROBLEMS).toContain(problem.code);
    return 400;
  }
  expect(answer.status).toBe(200);
  expect(answer.headers['x-pbx-mock-kit']).toBe('1');
  if (generated.method === 'HEAD') {
    expect(answer.body.length).toBe(0);
    return 200;
  }
  expect(answer.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(answer.body.toString('utf8')) as { errcode: number; errmsg: string };
  expectSchema('Envelope', body);
  expect(ERRMSG.get(body.errcode), `errcode ${body.errcode} is not in the catalogue`).toBe(
    body.errmsg,
  );
  // -2 is what the mock answers when it breaks; only a forced one is acceptable
  if (body.errcode === -2) expect(asksForErrcode(generated)).toBe(true);
  const name = generated.path.startsWith(API_PREFIX)
    ? generated.path.slice(API_PREFIX.length)
    : undefined;
  const successSchema = name === undefined ? undefined : SUCCESS_SCHEMA[name];
  if (body.errcode !== 0) expectSchema('ErrorAnswer', body);
  else if (successSchema) expectSchema(successSchema, body);
  return body.errcode;
}

async function login(): Promise<string> {
  const answer = await send(port, agent, {
    method: 'POST',
    path: `${API_PREFIX}get_token`,
    headers: { ...USER_AGENT, 'content-type': 'application/json' },
    body: Buffer.from(
      JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
    ),
  });
  const body = JSON.parse(answer.body.toString('utf8')) as { access_token?: string };
  expect(body.access_token).toMatch(/^[A-Za-z0-9]{32}$/);
  return body.access_token ?? '';
}

/** What a bystander sees: every seeded session, misses, list and search pages, as raw bytes. */
async function bystanderView(token: string): Promise<string[]> {
  const api = `${API_PREFIX}message_session`;
  const paths = [
    ...[...Array.from({ length: 48 }, (_, i) => i + 1), 2862, 49, 99_999].map(
      (id) => `${api}/get?access_token=${token}&id=${id}`,
    ),
    `${api}/query?access_token=${token}&ids=1,2,3,2862`,
    `${api}/list?access_token=${token}&page_size=100&user_type=9&collection=all&is_archived=2&is_closed=2`,
    `${api}/list?access_token=${token}&page_size=5&user_type=9&first_msg_id=30000000`,
    `${api}/search?access_token=${token}&page_size=20&user_type=9&search_value=a&collection=all`,
  ];
  const view: string[] = [];
  for (const path of paths) {
    const answer = await send(port, agent, {
      method: 'GET',
      path,
      headers: USER_AGENT,
      body: undefined,
    });
    view.push(answer.body.toString('utf8'));
  }
  return view;
}

beforeAll(async () => {
  process.on('uncaughtException', recordUnhandled);
  process.on('unhandledRejection', recordUnhandled);
  pbx = createMockPbx();
  server = createServer(pbx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

/** What a control request can change, to show a refused one changed nothing. */
function fingerprint() {
  return {
    rules: JSON.stringify(pbx.rules.list()),
    sessions: pbx.sessions.budget.used,
    sessionList: JSON.stringify(pbx.sessionEditor.list()),
    clock: pbx.clock.offset(),
    journal: pbx.journal.total,
  };
}

/** The refusal the cross-site guard owes `generated` (no control token is set), or undefined. */
function crossSiteRefusal(generated: FuzzRequest): [number, string] | undefined {
  const { host, origin } = generated.headers;
  if (host !== undefined && !hostAllowed(host, '127.0.0.1')) return [403, 'PBX_MOCK_HOST_REFUSED'];
  // the generated origins are all foreign: none is http://<the Host sent>
  if (origin !== undefined) return [403, 'PBX_MOCK_ORIGIN_REFUSED'];
  const type = generated.headers['content-type'];
  const hasBody = generated.body !== undefined && generated.body.length > 0;
  if (['POST', 'PUT', 'PATCH'].includes(generated.method) && (type !== undefined || hasBody)) {
    if (type === undefined || !isJsonType(type)) return [415, 'PBX_MOCK_NOT_JSON'];
  }
  return undefined;
}

/** The checks every control answer passes: JSON on success, a documented problem (4xx) otherwise. */
function checkControlAnswer(generated: FuzzRequest, answer: FuzzAnswer): number {
  expect(answer.headers['x-pbx-mock-kit']).toBe('1');
  const refusal = crossSiteRefusal(generated);
  if (refusal) {
    expect(answer.status).toBe(refusal[0]);
    if (generated.method !== 'HEAD') {
      expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ code: refusal[1] });
    }
  } else {
    expect([403, 415]).not.toContain(answer.status);
  }
  expect(answer.status, answer.body.toString('utf8').slice(0, 300)).toBeLessThan(500);
  if (generated.method === 'HEAD' || answer.status === 204) {
    expect(answer.body.length).toBe(0);
    return answer.status;
  }
  if (answer.status >= 400) {
    expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = JSON.parse(answer.body.toString('utf8')) as { status?: number };
    expectSchema('MockProblemDocument', problem);
    expect(problem.status).toBe(answer.status);
  } else {
    expect(answer.status).toBeGreaterThanOrEqual(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    JSON.parse(answer.body.toString('utf8'));
  }
  return answer.status;
}

afterAll(async () => {
  process.off('uncaughtException', recordUnhandled);
  process.off('unhandledRejection', recordUnhandled);
  agent.destroy();
  pbx.close();
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
});

describe('fuzz: generated requests always get the device’s answer', () => {
  it('answers every generated request with HTTP 200 and a catalogue errcode, logs nothing, and leaves a bystander untouched', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const bystander = await login();
    const before = await bystanderView(bystander);
    const fuzzToken = await login();
    const seen = new Map<number, number>();
    let requests = 0;
    await fc.assert(
      fc.asyncProperty(requestArb, async (generated) => {
        const answer = await send(port, agent, toWire(generated, fuzzToken));
        requests++;
        const code = checkAnswer(generated, answer);
        seen.set(code, (seen.get(code) ?? 0) + 1);
      }),
      { seed: FUZZ_SEED, numRuns: FUZZ_RUNS },
    );
    const spread = [...seen].sort(([, a], [, b]) => b - a).map(([code, n]) => `${code}:${n}`);
    console.info(
      `fuzz: seed ${FUZZ_SEED}, ${FUZZ_RUNS} cases, ${requests} requests; answers by errcode ${spread.join(' ')} (replay: FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${FUZZ_RUNS})`,
    );
    expect(requests).toBeGreaterThanOrEqual(FUZZ_RUNS);
    expect(unhandled).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(pbx.tokens.isLive(bystander)).toBe(true);
    expect(await bystanderView(bystander)).toEqual(before);
    expect(Object.keys(Object.prototype)).toEqual([]);
  }, 180_000);

  it('answers every hostile multipart upload with an envelope, and keeps on disk exactly what it answered', async () => {
    // the other cases may have blocked this address's logins or filled its token cap
    pbx.reset();
    const consoleError = vi.spyOn(console, 'error');
    const token = await login();
    const seen = new Map<number, number>();
    let kept = 0;
    await fc.assert(
      fc.asyncProperty(multipartCaseArb, async (upload) => {
        const answer = await send(port, agent, {
          method: 'POST',
          path: `${API_PREFIX}message/batchupload?access_token=${token}`,
          headers: {
            ...USER_AGENT,
            ...(upload.contentType === undefined ? {} : { 'content-type': upload.contentType }),
          },
          body: upload.body,
        });
        expect(answer.status).toBe(200);
        const body = JSON.parse(answer.body.toString('utf8')) as {
          errcode: number;
          errmsg: string;
          list?: unknown[];
        };
        expect(ERRMSG.get(body.errcode)).toBe(body.errmsg);
        expect([0, 40002, 40004, 60002]).toContain(body.errcode);
        if (body.errcode === 0) {
          expectSchema('MessageBatchUploadAnswer', body);
          kept += body.list?.length ?? 0;
        } else {
          expectSchema('ErrorAnswer', body);
        }
        seen.set(body.errcode, (seen.get(body.errcode) ?? 0) + 1);
        const folder = pbx.uploads.location;
        const onDisk = folder === undefined ? 0 : readdirSync(folder).length;
        expect(onDisk).toBe(pbx.uploads.count);
      }),
      { seed: FUZZ_SEED, numRuns: Math.max(50, Math.round(FUZZ_RUNS / 40)) },
    );
    const spread = [...seen].sort(([a], [b]) => a - b).map(([code, n]) => `${code}:${n}`);
    console.info(
      `fuzz (multipart uploads): seed ${FUZZ_SEED}; answers by errcode ${spread.join(' ')}; ${kept} files kept`,
    );
    expect(seen.get(40002) ?? 0).toBeGreaterThan(0);
    expect(seen.get(0) ?? 0).toBeGreaterThan(0);
    expect(pbx.uploads.count).toBe(Math.min(kept, pbx.uploads.maxFiles));
    expect(unhandled).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    pbx.uploads.reset();
    expect(pbx.uploads.location).toBeUndefined();
  }, 180_000);

  it('answers every generated control request with JSON or a documented 4xx problem, and the mock still serves after a reset', async () => {
    const consoleError = vi.spyOn(console, 'error');
    const seen = new Map<number, number>();
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(controlRequestArb, async (generated) => {
        const before = fingerprint();
        const answer = await send(port, agent, toWire(generated, ''));
        const status = checkControlAnswer(generated, answer);
        seen.set(status, (seen.get(status) ?? 0) + 1);
        // a refused cross-site request changed nothing
        if (crossSiteRefusal(generated)) {
          refused++;
          expect(fingerprint()).toEqual(before);
        }
      }),
      { seed: FUZZ_SEED, numRuns: CONTROL_RUNS },
    );
    const spread = [...seen].sort(([a], [b]) => a - b).map(([code, n]) => `${code}:${n}`);
    console.info(
      `fuzz (control API): seed ${FUZZ_SEED}, ${CONTROL_RUNS} cases, ${refused} refused as cross-site; answers by HTTP status ${spread.join(' ')}`,
    );
    expect(refused).toBeGreaterThan(CONTROL_RUNS / 4);
    expect(unhandled).toEqual([]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    const reset = await send(port, agent, {
      method: 'POST',
      path: '/__mock/reset',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{}'),
    });
    expect(reset.status).toBe(200);
    const token = await login();
    const view = await bystanderView(token);
    expect(view[0]).toMatch(/^\{"errcode":0,"errmsg":"SUCCESS","list":\{"id":1,/);
  }, 180_000);

  it('refuses a clock advance that would leave the date range, and the clock stays readable (found by the fuzz)', async () => {
    const post = (advance: string) =>
      send(port, agent, {
        method: 'POST',
        path: '/__mock/clock',
        headers: { 'content-type': 'application/json' },
        body: Buffer.from(JSON.stringify({ advance })),
      });
    for (const advance of ['100000000y', '9007199254740993']) {
      const answer = await post(advance);
      expect(answer.status).toBe(400);
      expect(JSON.parse(answer.body.toString('utf8'))).toMatchObject({ field: 'advance' });
    }
    const clock = await send(port, agent, {
      method: 'GET',
      path: '/__mock/clock',
      headers: {},
      body: undefined,
    });
    expect(clock.status).toBe(200);
  });

  it('keeps every store within its byte budget however the control API and long requests fill it', async () => {
    const budgets = {
      sessions: 64 * 1024,
      rules: 32 * 1024,
      journal: 48 * 1024,
      uploads: 64 * 1024,
      messages: 32 * 1024,
    };
    const small = createMockPbx({ journalSize: 100_000, budgets });
    const smallServer = createServer(small.app);
    await new Promise<void>((resolve) => smallServer.listen(0, '127.0.0.1', resolve));
    const smallPort = (smallServer.address() as AddressInfo).port;
    const used = () => ({
      sessions: small.sessions.budget.used,
      rules: small.rules.budget.used,
      journal: small.journal.bytes,
      uploads: small.uploads.budget.used,
      messages: small.conversations.budget.used,
    });
    const seen = new Map<string, number>();
    let steps = 0;
    try {
      await fc.assert(
        fc.asyncProperty(budgetRun, async (run) => {
          small.reset();
          for (const wire of run) {
            const answer = await send(smallPort, agent, wire);
            steps++;
            const text = answer.body.toString('utf8');
            expect([200, 201, 204, 404, 409], text.slice(0, 300)).toContain(answer.status);
            const parsed = text === '' ? undefined : (JSON.parse(text) as { code?: string });
            const key = `${answer.status}${parsed?.code ? ` ${parsed.code}` : ''}`;
            seen.set(key, (seen.get(key) ?? 0) + 1);
            if (answer.status === 409) {
              expect(['PBX_MOCK_STORE_FULL', 'PBX_MOCK_CONFLICT']).toContain(parsed?.code);
            }
            if (wire.method === 'GET' && wire.path.startsWith('/__mock/')) {
              const title = wire.path.endsWith('rules')
                ? 'ControlRuleList'
                : wire.path.endsWith('sessions')
                  ? 'ControlSessionList'
                  : 'ControlJournal';
              expectSchema(title, parsed);
            }
            const now = used();
            for (const store of STORE_NAMES) expect(now[store]).toBeLessThanOrEqual(budgets[store]);
          }
        }),
        { seed: FUZZ_SEED, numRuns: Math.max(20, Math.round(FUZZ_RUNS / 250)) },
      );
    } finally {
      small.close();
      await new Promise<void>((resolve) => {
        smallServer.close(() => resolve());
        smallServer.closeAllConnections();
      });
    }
    const spread = [...seen].sort().map(([key, n]) => `${key}:${n}`);
    console.info(
      `fuzz (byte budgets): seed ${FUZZ_SEED}, ${steps} steps; answers ${spread.join(', ')}`,
    );
    expect(seen.get('409 PBX_MOCK_STORE_FULL') ?? 0).toBeGreaterThan(0);
  }, 180_000);
});

describe('fuzz: floods of sends, closes and transfers', () => {
  it('answers every generated conversation call with a device answer, keeps msg_ids strictly increasing, loses no accepted message and stays within the messages budget', async () => {
    const budget = 200 * 1024;
    const flood = createMockPbx({ budgets: { messages: budget } });
    const floodServer = createServer(flood.app);
    await new Promise<void>((resolve) => floodServer.listen(0, '127.0.0.1', resolve));
    const floodPort = (floodServer.address() as AddressInfo).port;
    const consoleError = vi.spyOn(console, 'error');
    const runs = Math.max(200, Math.round(FUZZ_RUNS / 5));
    const seen = new Map<string, number>();
    const accepted: number[] = [];
    const post = (endpoint: string, token: string, body: string) =>
      send(floodPort, agent, {
        method: 'POST',
        path: `${API_PREFIX}${endpoint}?access_token=${token}`,
        headers: { ...USER_AGENT, 'content-type': 'application/json' },
        body: Buffer.from(body),
      });
    try {
      const tokenAnswer = await send(floodPort, agent, {
        method: 'POST',
        path: `${API_PREFIX}get_token`,
        headers: { ...USER_AGENT, 'content-type': 'application/json' },
        body: Buffer.from(
          JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
        ),
      });
      const token = (JSON.parse(tokenAnswer.body.toString('utf8')) as { access_token: string })
        .access_token;
      await fc.assert(
        fc.asyncProperty(conversationCallArb, async (call) => {
          const answer = await post(call.endpoint, token, call.body);
          const code = checkAnswer(
            {
              method: 'POST',
              path: `${API_PREFIX}${call.endpoint}`,
              query: [],
              token: 'live',
              headers: {},
              body: undefined,
            },
            answer,
          );
          const key = `${call.endpoint} ${code}`;
          seen.set(key, (seen.get(key) ?? 0) + 1);
          if (call.endpoint === 'message/send' && code === 0) {
            const body = JSON.parse(answer.body.toString('utf8')) as { data: { msg_id: string } };
            const msgId = Number(body.data.msg_id);
            expect(msgId).toBeGreaterThan(accepted.at(-1) ?? 0);
            accepted.push(msgId);
          }
          expect(flood.conversations.budget.used).toBeLessThanOrEqual(budget);
        }),
        { seed: FUZZ_SEED, numRuns: runs },
      );
      // every accepted message is in its session's history: page through every session written to
      const written = new Set<number>();
      const list = await send(floodPort, agent, {
        method: 'GET',
        path: `${API_PREFIX}message_session/list?access_token=${token}&page_size=1000&user_type=9&collection=all`,
        headers: USER_AGENT,
        body: undefined,
      });
      const items = (
        JSON.parse(list.body.toString('utf8')) as { list: { id: number; last_msg_id: number }[] }
      ).list;
      for (const item of items.filter((i) => i.last_msg_id >= 2_863_000)) {
        let cursor = '';
        for (;;) {
          const page = await send(floodPort, agent, {
            method: 'GET',
            path: `${API_PREFIX}message/get?access_token=${token}&id=${item.id}&page_size=1000${cursor}`,
            headers: USER_AGENT,
            body: undefined,
          });
          const records = (
            JSON.parse(page.body.toString('utf8')) as { data: { records: { msg_id: number }[] } }
          ).data.records;
          if (records.length === 0) break;
          for (const record of records) written.add(record.msg_id);
          cursor = `&last_msg_id=${records.at(-1)?.msg_id ?? 0}`;
        }
      }
      expect(accepted.filter((id) => !written.has(id))).toEqual([]);
      expect(unhandled).toEqual([]);
      expect(consoleError).not.toHaveBeenCalled();
      const spread = [...seen].sort().map(([key, n]) => `${key}:${n}`);
      console.info(
        `fuzz (conversation): seed ${FUZZ_SEED}, ${runs} calls, ${accepted.length} messages accepted, ${flood.conversations.size} stored in ${flood.conversations.budget.used} of ${budget} bytes; ${spread.join(', ')}`,
      );
      expect(accepted.length).toBeGreaterThan(runs / 20);
      // the flood reached the budget: past it, sends answer 60002 and nothing more is kept
      expect(seen.get('message/send 60002') ?? 0).toBeGreaterThan(0);
    } finally {
      consoleError.mockRestore();
      flood.close();
      await new Promise<void>((resolve) => {
        floodServer.close(() => resolve());
        floodServer.closeAllConnections();
      });
    }
  }, 180_000);
});
