/**
 * Whole-app tests of message_session/close and message_session/transfer, and of picking a queued session
 * up by replying: each changes the session everywhere at once (list and search filters, participants, the
 * system message with its param, last_msg_id, list order, an extension's own list).
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { MsgRecord, SessionInfo, SessionListItem } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { apiGet, apiPostAuthed, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;

beforeAll(() => {
  pbx = createMockPbx();
});

beforeEach(async () => {
  pbx.reset();
  token = (await login(pbx.app)).access_token;
});

function post(endpoint: string, body: unknown, app = pbx.app, accessToken = token) {
  return apiPostAuthed(app, endpoint, accessToken, body);
}

async function ok(endpoint: string, body: unknown): Promise<void> {
  const res = await post(endpoint, body);
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
}

async function newest(id: number, count = 1): Promise<MsgRecord[]> {
  const res = await apiGet(pbx.app, 'message/get', { access_token: token, id, page_size: count });
  expectSchema('MessageGetAnswer', res.body);
  return (res.body as { data: { records: MsgRecord[] } }).data.records;
}

async function listed(query: Record<string, string | number> = {}): Promise<SessionListItem[]> {
  const res = await apiGet(pbx.app, 'message_session/list', {
    access_token: token,
    page_size: 1000,
    user_type: 9,
    ...query,
  });
  expectSchema('MessageSessionListAnswer', res.body);
  return (res.body as { list: SessionListItem[] }).list;
}

async function info(id: number): Promise<SessionInfo> {
  const res = await apiGet(pbx.app, 'message_session/get', { access_token: token, id });
  expectSchema('MessageSessionGetAnswer', res.body);
  return (res.body as { list: SessionInfo }).list;
}

const ids = (items: SessionListItem[]) => items.map((item) => item.id);

describe('message_session/close', () => {
  it('closes session 2862 everywhere at once: is_close, the filters, a msg_type 2 message, last_msg_id, the top of the list', async () => {
    expect(ids(await listed({ is_closed: 0 }))).toContain(2862);
    await ok('message_session/close', { session_id: 2862 });
    const [closing] = await newest(2862);
    expect(closing).toMatchObject({
      session_id: 2862,
      msg_type: 2,
      delivery_status: 1,
      sender: { user_no: 'api', user_type: 9 },
      msg_body: '',
      param: '{}',
    });
    const list = await listed();
    expect(list[0]).toMatchObject({ id: 2862, is_close: 1, last_msg_id: closing?.msg_id });
    expect(ids(await listed({ is_closed: 1 }))).toContain(2862);
    expect(ids(await listed({ is_closed: 0 }))).not.toContain(2862);
    const search = await apiGet(pbx.app, 'message_session/search', {
      access_token: token,
      page_size: 10,
      user_type: 9,
      search_value: '2862',
      is_closed: 1,
    });
    expect(ids((search.body as { list: SessionListItem[] }).list)).toEqual([2862]);
  });

  it('answers 10009 for a session closed already (OPEN, configurable) and 60001 for an unknown one', async () => {
    await ok('message_session/close', { session_id: 2862 });
    const again = await post('message_session/close', { session_id: 2862 });
    expect(again.body).toEqual({ errcode: 10009, errmsg: 'OPERATION FAILED' });
    expect((await post('message_session/close', { session_id: 999_999 })).body).toEqual({
      errcode: 60001,
      errmsg: 'DATA NOT FOUND',
    });
    const other = createMockPbx({ sessionActionErrcodes: { alreadyClosed: 40002 } });
    const own = (await login(other.app)).access_token;
    await post('message_session/close', { session_id: 2862 }, other.app, own);
    const configured = await post('message_session/close', { session_id: 2862 }, other.app, own);
    expect(configured.body).toMatchObject({ errcode: 40002 });
  });

  it('answers 40002 naming session_id when it is missing or not a number', async () => {
    for (const body of [{}, { session_id: 'x' }, { session_id: -1 }]) {
      const res = await post('message_session/close', body);
      expect(res.body).toMatchObject({
        errcode: 40002,
        invalid_param_list: [{ field: 'session_id' }],
      });
    }
  });

  it('refuses a close whole when the messages store is full: 60002 and the session stays open', async () => {
    const small = createMockPbx({ budgets: { messages: 100 } });
    const own = (await login(small.app)).access_token;
    const closed = await post('message_session/close', { session_id: 2862 }, small.app, own);
    expect(closed.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
    const view = await request(small.app).get('/__mock/sessions/2862');
    expect(view.body).toMatchObject({ state: { is_close: 0, last_msg_id: 2862001 } });
    const transferred = await post(
      'message_session/transfer',
      { session_id: 2862, destination_type: 'api' },
      small.app,
      own,
    );
    expect(transferred.body).toMatchObject({ errcode: 60002 });
    const picked = await post(
      'message/send',
      { sender_type: 1, sender_no: '1003', session_id: 2862, msg_body: 'x' },
      small.app,
      own,
    );
    expect(picked.body).toMatchObject({ errcode: 60002 });
    const after = await request(small.app).get('/__mock/sessions/2862');
    expect(after.body).toEqual(view.body);
    expect(small.conversations.budget.used).toBe(0);
  });

  it('refuses an errcode outside the catalogue for sessionActionErrcodes', () => {
    expect(() => createMockPbx({ sessionActionErrcodes: { unknownDestination: 12345 } })).toThrow(
      RangeError,
    );
  });
});

describe('message_session/transfer', () => {
  it('to a queue: participants become its members, a msg_type 6 message names it, is_pickup sees it as waiting', async () => {
    const target = (await listed({ is_pickup: 1, is_closed: 0 })).at(-1) as SessionListItem;
    expect(target).toBeDefined();
    await ok('message_session/transfer', {
      session_id: target.id,
      destination_type: 'queue',
      destination_id: '6401',
    });
    const [moved] = await newest(target.id);
    expect(moved).toMatchObject({ msg_type: 6, sender: { user_type: 9 } });
    expect(JSON.parse(moved?.param ?? '')).toEqual({
      destination_type: 'queue',
      destination_id: '6401',
      destination_name: 'Sales Queue',
    });
    expect((await info(target.id)).participants?.map((p) => p.user_no)).toEqual(['1006', '1007']);
    expect(ids(await listed({ is_pickup: 2 }))).toContain(target.id);
    expect(ids(await listed({ is_pickup: 1 }))).not.toContain(target.id);
    expect((await listed())[0]).toMatchObject({ id: target.id, last_msg_id: moved?.msg_id });
    const inbox = await listed({ user_type: 1, user_no: '1006' });
    expect(ids(inbox)).toContain(target.id);
  });

  it("to an extension: participants empty, a msg_type 1 message, the session in that extension's list", async () => {
    await ok('message_session/transfer', {
      session_id: 2862,
      destination_type: 'extension',
      destination_id: 1007,
    });
    const [moved] = await newest(2862);
    expect(moved).toMatchObject({ msg_type: 1 });
    expect(JSON.parse(moved?.param ?? '')).toEqual({
      destination_type: 'extension',
      destination_id: '1007',
      destination_name: 'Mei Chen',
    });
    expect((await info(2862)).participants).toEqual([]);
    expect(ids(await listed({ is_pickup: 1 }))).toContain(2862);
    expect(ids(await listed({ user_type: 1, user_no: '1007' }))).toContain(2862);
    expect(ids(await listed({ user_type: 1, user_no: '1003' }))).not.toContain(2862);
  });

  it('to the API: a msg_type 1 message naming the API, no destination_id needed', async () => {
    await ok('message_session/transfer', { session_id: 2862, destination_type: 'api' });
    const [moved] = await newest(2862);
    expect(moved?.msg_type).toBe(1);
    expect(JSON.parse(moved?.param ?? '')).toMatchObject({ destination_type: 'api' });
  });

  it('answers 60001 for an unknown extension or queue (OPEN, configurable), 40002 without destination_id, 10009 on a closed session', async () => {
    const unknownExtension = await post('message_session/transfer', {
      session_id: 2862,
      destination_type: 'extension',
      destination_id: '9999',
    });
    expect(unknownExtension.body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
    const unknownQueue = await post('message_session/transfer', {
      session_id: 2862,
      destination_type: 'queue',
      destination_id: '7000',
    });
    expect(unknownQueue.body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
    const missing = await post('message_session/transfer', {
      session_id: 2862,
      destination_type: 'queue',
    });
    expect(missing.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'destination_id' }],
    });
    const badType = await post('message_session/transfer', {
      session_id: 2862,
      destination_type: 'ivr',
    });
    expect(badType.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'destination_type' }],
    });
    await ok('message_session/close', { session_id: 2862 });
    const closed = await post('message_session/transfer', {
      session_id: 2862,
      destination_type: 'api',
    });
    expect(closed.body).toEqual({ errcode: 10009, errmsg: 'OPERATION FAILED' });
    // nothing of the refused transfers was written: the newest message is the close
    expect((await newest(2862))[0]?.msg_type).toBe(2);
  });
});

describe('picking up by replying', () => {
  it("an extension's reply in a session queued to it: picked up first, then the reply (newest, last_msg_id)", async () => {
    expect((await info(2862)).participants?.map((p) => p.user_no)).toEqual([
      '1003',
      '1004',
      '1005',
    ]);
    const sent = await post('message/send', {
      sender_type: 1,
      sender_no: '1004',
      session_id: 2862,
      msg_body: 'Hi Jane, Michael here',
    });
    const msgId = Number((sent.body as { data: { msg_id: string } }).data.msg_id);
    const [reply, pickedUp] = await newest(2862, 2);
    expect(reply).toMatchObject({
      msg_id: msgId,
      msg_type: 0,
      sender: { user_no: '1004', user_type: 1, username: 'Michael Smith' },
    });
    expect(pickedUp).toMatchObject({ msg_type: 5, sender: { user_no: '1004' }, param: '{}' });
    expect(pickedUp?.msg_id).toBeLessThan(msgId);
    expect((await info(2862)).participants).toEqual([]);
    expect((await listed())[0]).toMatchObject({ id: 2862, last_msg_id: msgId });
    expect(ids(await listed({ is_pickup: 1 }))).toContain(2862);
    expect(ids(await listed({ is_pickup: 2 }))).not.toContain(2862);
    // the agent's own inbox keeps the conversation it took; the other agents' do not
    expect(ids(await listed({ user_type: 1, user_no: '1004' }))).toContain(2862);
    expect(ids(await listed({ user_type: 1, user_no: '1003' }))).not.toContain(2862);
    const view = await request(pbx.app).get('/__mock/sessions/2862/conversation');
    expectSchema('ControlConversationView', view.body);
    expect(view.body).toMatchObject({ owner: '1004', stored_messages: 2, last_msg_id: msgId });
  });

  it('lists a generated session in the own list of the extension that picked it up in its history', async () => {
    let found: { id: number; by: string } | undefined;
    for (const item of await listed({ is_pickup: 1, collection: 'all' })) {
      const pickUp = (await newest(item.id, 1000)).find((r) => r.msg_type === 5);
      if (pickUp) {
        found = { id: item.id, by: pickUp.sender.user_no };
        break;
      }
    }
    expect(found, 'a generated session picked up by an extension').toBeDefined();
    const { id, by } = found as { id: number; by: string };
    expect(ids(await listed({ user_type: 1, user_no: by, collection: 'all' }))).toContain(id);
    const other = by === '1003' ? '1004' : '1003';
    expect(ids(await listed({ user_type: 1, user_no: other, collection: 'all' }))).not.toContain(
      id,
    );
  });

  it('a second reply writes no second pick-up; an API reply picks nothing up', async () => {
    await post('message/send', { sender_type: 9, session_id: 2862, msg_body: 'from the API' });
    expect((await info(2862)).participants).toHaveLength(3);
    await post('message/send', {
      sender_type: 1,
      sender_no: '1003',
      session_id: 2862,
      msg_body: 'a',
    });
    await post('message/send', {
      sender_type: 1,
      sender_no: '1003',
      session_id: 2862,
      msg_body: 'b',
    });
    const types = (await newest(2862, 4)).map((r) => r.msg_type);
    expect(types).toEqual([0, 0, 5, 0]);
  });
});
