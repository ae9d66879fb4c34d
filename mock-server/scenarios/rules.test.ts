import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ControlRuleState,
  ControlSessionChoice,
  SessionInfo,
} from '../../schemas/types.generated.js';
import { variantOf } from '../../fixtures/variants.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { API, USER_AGENT, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;

beforeEach(async () => {
  pbx = createMockPbx();
  token = (await login(pbx.app)).access_token;
});

async function addRule(rule: unknown): Promise<ControlRuleState> {
  const res = await request(pbx.app)
    .post('/__mock/rules')
    .send(rule as object);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expectSchema('ControlRuleState', res.body);
  return res.body as ControlRuleState;
}

async function getSession(id: number | string, headers: Record<string, string> = {}) {
  const res = await request(pbx.app)
    .get(`${API}/message_session/get`)
    .query({ id, access_token: token })
    .set({ ...USER_AGENT, ...headers });
  expect(res.status).toBe(200);
  return res.body as { errcode: number; errmsg: string; list?: SessionInfo };
}

async function rules(): Promise<ControlRuleState[]> {
  const res = await request(pbx.app).get('/__mock/rules');
  expect(res.status).toBe(200);
  expectSchema('ControlRuleList', res.body);
  return (res.body as { rules: ControlRuleState[] }).rules;
}

describe('rules: what they match', () => {
  it('match on the endpoint name, or the full path, or a prefix with *', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { errcode: 60001 }, times: 1 });
    await addRule({
      match: { path: `${API}/message_session/get` },
      answer: { errcode: 10005 },
      times: 1,
    });
    await addRule({ match: { path: 'message_session/*' }, answer: { errcode: 70084 }, times: 1 });
    expect((await getSession(5)).errcode).toBe(60001);
    expect((await getSession(5)).errcode).toBe(10005);
    expect((await getSession(5)).errcode).toBe(70084);
    expect((await getSession(5)).errcode).toBe(0);
  });

  it('match on the method: a GET rule leaves POSTs alone', async () => {
    await addRule({ match: { method: 'POST' }, answer: { errcode: 70087 } });
    expect((await getSession(5)).errcode).toBe(0);
    const res = await request(pbx.app)
      .post(`${API}/get_token`)
      .set(USER_AGENT)
      .send({ username: 'mock-client-id', password: 'mock-client-secret' });
    expect(res.body).toEqual({ errcode: 70087, errmsg: 'IP FORBIDDEN' });
  });

  it('match on query values, such as one session id', async () => {
    await addRule({
      match: { path: 'message_session/get', query: { id: '7' } },
      answer: { errcode: 60001 },
    });
    expect((await getSession(7)).errcode).toBe(60001);
    expect((await getSession(8)).errcode).toBe(0);
  });

  it('match on a header, whatever the case of its name', async () => {
    await addRule({ match: { headers: { 'X-Test-Case': 'flaky' } }, answer: { errcode: -2 } });
    expect((await getSession(5, { 'x-test-case': 'flaky' })).errcode).toBe(-2);
    expect((await getSession(5, { 'x-test-case': 'calm' })).errcode).toBe(0);
    expect((await getSession(5)).errcode).toBe(0);
  });

  it('count the n-th call over every matching request, also those an earlier rule answered', async () => {
    await addRule({ match: { query: { id: '5' } }, answer: { errcode: 60001 }, times: 1 });
    await addRule({
      match: { path: 'message_session/get', call: 2 },
      answer: { errcode: -2 },
      times: 1,
    });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await getSession(5)).errcode);
    expect(codes).toEqual([60001, -2, 0]);
    expect((await rules()).map((r) => [r.seen, r.hits])).toEqual([
      [1, 1],
      [2, 1],
    ]);
  });

  it('match the n-th call: the first calls get the normal answer', async () => {
    await addRule({
      match: { path: 'message_session/get', call: 3 },
      answer: { errcode: 10004 },
      times: 1,
    });
    const codes = [];
    for (let i = 0; i < 4; i++) codes.push((await getSession(5)).errcode);
    expect(codes).toEqual([0, 0, 10004, 0]);
  });

  it('answer before the device checks: a rule fires even without a token or User-Agent', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { errcode: 70004 } });
    const res = await request(pbx.app).get(`${API}/message_session/get?id=5`);
    expect(res.body).toEqual({ errcode: 70004, errmsg: 'ACCOUNT IP BLOCKED' });
  });

  it('answer a session only to a request the device would serve: no token, no session', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { session: { id: 2862 } } });
    const noToken = await request(pbx.app).get(`${API}/message_session/get?id=5`).set(USER_AGENT);
    expect(noToken.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    const noAgent = await request(pbx.app)
      .get(`${API}/message_session/get`)
      .query({ id: 5, access_token: token })
      .set('User-Agent', '');
    expect(noAgent.body).toEqual({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
    expect((await getSession(5)).errcode).toBe(0);
  });
});

describe('rules: how long they last', () => {
  it('once, N times, or until removed', async () => {
    await addRule({
      id: 'once',
      match: { query: { id: '1' } },
      answer: { errcode: 60001 },
      times: 1,
    });
    await addRule({
      id: 'thrice',
      match: { query: { id: '2' } },
      answer: { errcode: 60001 },
      times: 3,
    });
    await addRule({ id: 'always', match: { query: { id: '3' } }, answer: { errcode: 60001 } });
    const run = async (id: number) => {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await getSession(id)).errcode);
      return codes;
    };
    expect(await run(1)).toEqual([60001, 0, 0, 0, 0]);
    expect(await run(2)).toEqual([60001, 60001, 60001, 0, 0]);
    expect(await run(3)).toEqual([60001, 60001, 60001, 60001, 60001]);
    const del = await request(pbx.app).delete('/__mock/rules/always');
    expect(del.status).toBe(204);
    expect((await getSession(3)).errcode).toBe(0);
  });

  it('are listed with their counters, so a rule that matched nothing is visible', async () => {
    await addRule({
      id: 'used',
      match: { query: { id: '1' } },
      answer: { errcode: 60001 },
      times: 2,
    });
    await addRule({
      id: 'unused',
      match: { path: 'message_session/search' },
      answer: { errcode: 60001 },
    });
    await getSession(1);
    await getSession(1);
    await getSession(1);
    const listed = await rules();
    expect(listed.map((r) => [r.rule.id, r.seen, r.hits, r.active, r.remaining])).toEqual([
      ['used', 2, 2, false, 0],
      ['unused', 0, 0, true, undefined],
    ]);
    const one = await request(pbx.app).get('/__mock/rules/unused');
    expect(one.body).toMatchObject({ seen: 0, hits: 0 });
  });

  it('get ids rule-1, rule-2... when none is given, and refuse a duplicate id with 409', async () => {
    expect((await addRule({ answer: { delay: { ms: 0 } } })).rule.id).toBe('rule-1');
    expect((await addRule({ answer: { delay: { ms: 0 } } })).rule.id).toBe('rule-2');
    await addRule({ id: 'mine', answer: { errcode: -1 } });
    const dup = await request(pbx.app)
      .post('/__mock/rules')
      .send({ id: 'mine', answer: { errcode: -1 } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'PBX_MOCK_CONFLICT', field: 'id' });
  });

  it('are tried in the order they were added; a delay-only rule lets the next one answer', async () => {
    await addRule({ id: 'slow', answer: { delay: { ms: 1 } } });
    await addRule({ id: 'first', match: { query: { id: '4' } }, answer: { errcode: 40002 } });
    await addRule({ id: 'second', match: { query: { id: '4' } }, answer: { errcode: 60001 } });
    expect((await getSession(4)).errcode).toBe(40002);
    const listed = await rules();
    expect(listed.map((r) => r.hits)).toEqual([1, 1, 0]);
    expect(pbx.journal.entries().at(-1)).toMatchObject({ rule: 'first', errcode: 40002 });
  });

  it('survive until POST /__mock/reset', async () => {
    await addRule({ answer: { errcode: 60001 } });
    expect((await getSession(1)).errcode).toBe(60001);
    const reset = await request(pbx.app).post('/__mock/reset');
    expect(reset.status).toBe(200);
    expect(await rules()).toEqual([]);
    token = (await login(pbx.app)).access_token;
    expect((await getSession(1)).errcode).toBe(0);
  });
});

describe('rules: what they answer', () => {
  it('an errcode from the catalogue, with its exact errmsg, valid as an ErrorAnswer', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { errcode: 70120 } });
    const body = await getSession(5);
    expect(body).toEqual({ errcode: 70120, errmsg: 'ORGANIZATION DISABLED' });
    expectSchema('ErrorAnswer', body);
  });

  it('a configured extra errcode, and refuses one the catalogue does not hold', async () => {
    pbx = createMockPbx({ extraErrcodes: [{ errcode: 70200, errmsg: 'NEW ERROR', meaning: 'x' }] });
    token = (await login(pbx.app)).access_token;
    await addRule({ answer: { errcode: 70200 } });
    expect(await getSession(1)).toEqual({ errcode: 70200, errmsg: 'NEW ERROR' });
    const unknown = await request(pbx.app)
      .post('/__mock/rules')
      .send({ answer: { errcode: 99999 } });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({
      code: 'PBX_MOCK_UNKNOWN_ERRCODE',
      field: 'answer/errcode',
    });
    expect((unknown.body as { known_errcodes: number[] }).known_errcodes).toContain(70200);
  });

  it.each<[ControlSessionChoice]>([
    [{ channel_type: 'whatsapp', origin: 'campaign', queued: true }],
    [{ channel_type: 'facebook', origin: '', queued: false }],
    [{ channel_type: 'livechat' }],
    [{ queued: false }],
  ])('a session of variant %j on get, carrying the id asked for', async (choice) => {
    await addRule({ match: { path: 'message_session/get' }, answer: { session: choice } });
    const body = await getSession(41);
    expect(body.errcode).toBe(0);
    expectSchema('MessageSessionGetAnswer', body);
    const list = body.list as SessionInfo;
    expect(list.id).toBe(41);
    if (choice.channel_type) expect(list.channel_type).toBe(choice.channel_type);
    if (choice.origin !== undefined) expect(list.origin).toBe(choice.origin);
    if (choice.queued !== undefined)
      expect((list.participants ?? []).length > 0).toBe(choice.queued);
  });

  it('a given stored session on query, once per id asked for', async () => {
    await addRule({ match: { path: 'message_session/query' }, answer: { session: { id: 2862 } } });
    const res = await request(pbx.app)
      .get(`${API}/message_session/query`)
      .query({ ids: '3,9', access_token: token })
      .set(USER_AGENT);
    expectSchema('MessageSessionQueryAnswer', res.body);
    const list = (res.body as { list: SessionInfo[] }).list;
    expect(list.map((s) => [s.id, s.channel_type, s.did_number])).toEqual([
      [3, 'livechat', 'LC00000'],
      [9, 'livechat', 'LC00000'],
    ]);
    expect(variantOf(3).channel).toBe('facebook');
  });

  it('60001 when the chosen stored session is gone', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { session: { id: 999_999 } } });
    expect(await getSession(1)).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
  });

  it('refuses a session answer on an endpoint that does not return sessions', async () => {
    const res = await request(pbx.app)
      .post('/__mock/rules')
      .send({ match: { path: 'get_token' }, answer: { session: { id: 1 } } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field: 'match/path' });
  });

  it('the same operations from the handle: add, list, remove', async () => {
    const state = pbx.rules.add({ id: 'direct', answer: { errcode: 10005 } });
    expect(state.rule.id).toBe('direct');
    expect((await getSession(1)).errcode).toBe(10005);
    expect(pbx.rules.list()[0]).toMatchObject({ hits: 1 });
    expect(pbx.rules.remove('direct')).toBe(true);
    expect(() => pbx.rules.add({ answer: {} })).toThrow(/answer/);
  });
});
