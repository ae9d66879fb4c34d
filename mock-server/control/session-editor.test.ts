import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ControlSessionView,
  SessionInfo,
  SessionListItem,
} from '../../schemas/types.generated.js';
import { variantOf } from '../../fixtures/variants.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { API, USER_AGENT, expectSchema, login } from '../test-support/device.js';

/** A minimal SMS session without an id: what a test would add. */
const SMS = {
  channel_type: 'sms',
  did_number: '+15550100',
  to_number: '+15550199',
  user_info: {
    user_id: 0,
    user_no: '+15550199',
    user_type: 2,
    avatar: '',
    username: 'Zed Quigley',
  },
  channel_name: 'SMS Test',
  origin: '',
};

let pbx: MockPbx;
let token: string;

beforeEach(async () => {
  pbx = createMockPbx();
  token = (await login(pbx.app)).access_token;
});

async function device(endpoint: string, query: Record<string, string | number>) {
  const res = await request(pbx.app)
    .get(`${API}/${endpoint}`)
    .query({ ...query, access_token: token })
    .set(USER_AGENT);
  expect(res.status).toBe(200);
  return res.body as { errcode: number; list: unknown };
}

async function listIds(filters: Record<string, string | number>): Promise<number[]> {
  const body = await device('message_session/list', {
    page_size: 1000,
    user_type: 9,
    collection: 'all',
    ...filters,
  });
  return (body.list as SessionListItem[]).map((item) => item.id);
}

async function patch(id: number, body: object) {
  const res = await request(pbx.app).patch(`/__mock/sessions/${id}`).send(body);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expectSchema('ControlSessionView', res.body);
  return res.body as ControlSessionView;
}

describe('changing the session store through /__mock/sessions', () => {
  it('adds a session under the next free id, visible through get, query, list and search', async () => {
    const res = await request(pbx.app).post('/__mock/sessions').send({ info: SMS });
    expect(res.status).toBe(201);
    expectSchema('ControlSessionView', res.body);
    const added = res.body as ControlSessionView;
    const id = added.info.id;
    expect(id).toBe(2863);
    expect(added.state).toEqual({
      is_close: 0,
      is_archived: 0,
      expire: -1,
      last_msg_id: id * 1000,
    });
    const got = await device('message_session/get', { id });
    expect(got).toEqual({ errcode: 0, errmsg: 'SUCCESS', list: { id, ...SMS } });
    const queried = await device('message_session/query', { ids: `1,${id}` });
    expect((queried.list as SessionInfo[]).map((s) => s.id)).toEqual([1, id]);
    expect((await listIds({}))[0]).toBe(id);
    const found = await device('message_session/search', {
      page_size: 10,
      user_type: 9,
      search_value: 'zed quig',
    });
    expect((found.list as SessionListItem[]).map((s) => s.id)).toEqual([id]);
  });

  it('keeps paging sound: a new session is first, and the cursor pages past it', async () => {
    await request(pbx.app).post('/__mock/sessions').send({ info: SMS }).expect(201);
    const first = await device('message_session/list', {
      page_size: 2,
      user_type: 9,
      collection: 'all',
    });
    const page = first.list as SessionListItem[];
    expect(page.map((s) => s.id)).toEqual([2863, 2862]);
    const next = await device('message_session/list', {
      page_size: 1,
      user_type: 9,
      collection: 'all',
      first_msg_id: page[1]?.last_msg_id ?? 0,
    });
    expect((next.list as SessionListItem[]).map((s) => s.id)).toEqual([48]);
  });

  it('closes a session (is_close 1): list and search filters follow', async () => {
    const openBefore = await listIds({ is_closed: 0 });
    const id = openBefore[0] ?? 0;
    const view = await patch(id, { state: { is_close: 1 } });
    expect(view.state.is_close).toBe(1);
    expect(await listIds({ is_closed: 0 })).not.toContain(id);
    expect(await listIds({ is_closed: 1 })).toContain(id);
  });

  it('archives a session (is_archived 1)', async () => {
    const id = (await listIds({ is_archived: 0 }))[0] ?? 0;
    await patch(id, { state: { is_archived: 1 } });
    expect(await listIds({ is_archived: 1 })).toContain(id);
    expect(await listIds({ is_archived: 0 })).not.toContain(id);
  });

  it('takes a queued session over: participants empty in get, picked up in list', async () => {
    const id = 9;
    expect(variantOf(id).queued).toBe(true);
    expect(await listIds({ is_pickup: 2 })).toContain(id);
    await patch(id, { info: { participants: [] } });
    const got = await device('message_session/get', { id });
    expect((got.list as SessionInfo).participants).toEqual([]);
    expect(await listIds({ is_pickup: 2 })).not.toContain(id);
    expect(await listIds({ is_pickup: 1 })).toContain(id);
  });

  it('puts a session in place of another with POST /__mock/sessions/:id, keeping its paging slot', async () => {
    const before = await request(pbx.app).get('/__mock/sessions/5').expect(200);
    const res = await request(pbx.app).post('/__mock/sessions/5').send({ info: SMS });
    expect(res.status).toBe(200);
    const view = res.body as ControlSessionView;
    expect(view.info).toEqual({ id: 5, ...SMS });
    expect(view.state.last_msg_id).toBe((before.body as ControlSessionView).state.last_msg_id);
  });

  it('removes a session: get answers 60001, the change is listed, reset brings it back', async () => {
    await request(pbx.app).delete('/__mock/sessions/5').expect(204);
    expect(await device('message_session/get', { id: 5 })).toEqual({
      errcode: 60001,
      errmsg: 'DATA NOT FOUND',
    });
    const listed = await request(pbx.app).get('/__mock/sessions');
    expectSchema('ControlSessionList', listed.body);
    expect(listed.body).toMatchObject({ seed: 1, generated: 48, changed: [], removed: [5] });
    await request(pbx.app).post('/__mock/reset').expect(200);
    token = (await login(pbx.app)).access_token;
    expect((await device('message_session/get', { id: 5 })).errcode).toBe(0);
    expect((await request(pbx.app).get('/__mock/sessions')).body).toMatchObject({ removed: [] });
  });

  it('reset restores the seeded sessions after adds and changes', async () => {
    const seeded = await device('message_session/get', { id: 9 });
    await patch(9, { info: { participants: [] }, state: { is_close: 1 } });
    await request(pbx.app).post('/__mock/sessions').send({ info: SMS }).expect(201);
    await request(pbx.app).post('/__mock/reset').expect(200);
    token = (await login(pbx.app)).access_token;
    expect(await device('message_session/get', { id: 9 })).toEqual(seeded);
    expect((await device('message_session/get', { id: 2863 })).errcode).toBe(60001);
  });

  it('works from the handle too', () => {
    const view = pbx.sessionEditor.add({ info: { ...SMS, id: 5000 } });
    expect(pbx.sessions.get(5000)?.info).toEqual(view.info);
    pbx.sessionEditor.patch(5000, { state: { is_close: 1 } });
    expect(pbx.sessions.get(5000)?.state.is_close).toBe(1);
  });
});

describe('malformed session requests get a problem naming the field', () => {
  it.each([
    [
      'a customer typed for another channel',
      { info: { ...SMS, user_info: { ...SMS.user_info, user_type: 5 } } },
      'info/user_info/user_type',
    ],
    ['a missing channel_type', { info: { ...SMS, channel_type: undefined } }, 'info/channel_type'],
    ['an unknown field in info', { info: { ...SMS, colour: 'red' } }, 'info/colour'],
    ['an id that is not an integer', { info: { ...SMS, id: 'seven' } }, 'info/id'],
    ['no info at all', { state: { is_close: 1 } }, 'info'],
    ['a state value out of range', { info: SMS, state: { is_close: 2 } }, 'state/is_close'],
    ['a last_msg_id set by hand', { info: SMS, state: { last_msg_id: 5 } }, 'state/last_msg_id'],
  ])('POST with %s', async (_what, body, field) => {
    const res = await request(pbx.app).post('/__mock/sessions').send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field });
  });

  it('409 for an id that exists, 404 for a PATCH of one that does not, 400 for a bad path id', async () => {
    const dup = await request(pbx.app)
      .post('/__mock/sessions')
      .send({ info: { ...SMS, id: 5 } });
    expect(dup.status).toBe(409);
    expect(dup.body).toMatchObject({ code: 'PBX_MOCK_CONFLICT', field: 'info/id' });
    const missing = await request(pbx.app)
      .patch('/__mock/sessions/999999')
      .send({ state: { is_close: 1 } });
    expect(missing.status).toBe(404);
    const bad = await request(pbx.app).get('/__mock/sessions/abc');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'id' });
    const empty = await request(pbx.app).patch('/__mock/sessions/5').send({});
    expect(empty.status).toBe(400);
  });

  it('refuses an id whose last_msg_id would not fit the first_msg_id cursor, and pages past the largest', async () => {
    for (const [path, body, field] of [
      ['/__mock/sessions', { info: { ...SMS, id: 1_000_000_000_000 } }, 'info/id'],
      ['/__mock/sessions/1000000000000', { info: SMS }, 'id'],
    ] as const) {
      const res = await request(pbx.app).post(path).send(body);
      expect(res.status, path).toBe(400);
      expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field });
    }
    const largest = await request(pbx.app)
      .post('/__mock/sessions')
      .send({ info: { ...SMS, id: 999_999_999_999 } });
    expect(largest.status).toBe(201);
    const next = await request(pbx.app).post('/__mock/sessions').send({ info: SMS });
    expect(next.status).toBe(409);
    const first = await device('message_session/list', { page_size: 1, user_type: 9 });
    const top = (first.list as SessionListItem[])[0];
    expect(top?.id).toBe(999_999_999_999);
    const after = await device('message_session/list', {
      page_size: 1,
      user_type: 9,
      first_msg_id: top?.last_msg_id ?? 0,
    });
    expect(after.errcode).toBe(0);
    expect((after.list as SessionListItem[])[0]?.id).toBeLessThan(999_999_999_999);
  });

  it('leaves the session untouched when a PATCH is refused', async () => {
    const before = await device('message_session/get', { id: 4 });
    const res = await request(pbx.app)
      .patch('/__mock/sessions/4')
      .send({ info: { channel_type: 'telegram' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'info/channel_type' });
    expect(await device('message_session/get', { id: 4 })).toEqual(before);
  });
});
