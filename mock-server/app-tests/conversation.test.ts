/**
 * Whole-app tests of the conversation state: message/send (into a session and into a new one), delivery on
 * the test clock, delivery rules, send_rate, the reply window, validation, parallel sends, the budget and
 * reset. Each step is read back through message/get, list and the control API.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { CHANNELS } from '../../fixtures/channel-set.js';
import type { MsgRecord, SessionListItem } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import {
  API,
  USER_AGENT,
  apiGet,
  apiPostAuthed,
  expectSchema,
  login,
} from '../test-support/device.js';

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

async function sendOk(body: Record<string, unknown>): Promise<number> {
  const res = await post('message/send', body);
  expect(res.status).toBe(200);
  expect(res.body).toMatchObject({ errcode: 0, errmsg: 'SUCCESS' });
  expectSchema('MessageSendAnswer', res.body);
  return Number((res.body as { data: { msg_id: string | number } }).data.msg_id);
}

async function records(id: number, pageSize = 1000, cursor?: number): Promise<MsgRecord[]> {
  const res = await apiGet(pbx.app, 'message/get', {
    access_token: token,
    id,
    page_size: pageSize,
    ...(cursor === undefined ? {} : { last_msg_id: cursor }),
  });
  expect(res.body).toMatchObject({ errcode: 0 });
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
  expect(res.body).toMatchObject({ errcode: 0 });
  expectSchema('MessageSessionListAnswer', res.body);
  return (res.body as { list: SessionListItem[] }).list;
}

async function advance(advance: string): Promise<void> {
  const res = await request(pbx.app).post('/__mock/clock').send({ advance });
  expect(res.status).toBe(200);
}

async function fail(body: unknown): Promise<void> {
  const res = await request(pbx.app)
    .post('/__mock/delivery/failures')
    .send(body as object);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
}

const REPLY = { sender_type: 9, sender_no: 'api', session_id: 2862, msg_body: 'Hello Jane' };

/** An open session of the default set on `type` with a DID on a channel, and its list item. */
async function openSession(
  type: string,
  expire?: (e: number) => boolean,
): Promise<SessionListItem> {
  const found = (await listed({ is_closed: 0 })).find(
    (item) => item.type === type && (expire === undefined || expire(item.expire)),
  );
  expect(found, `an open ${type} session`).toBeDefined();
  return found as SessionListItem;
}

describe('message/send into a session', () => {
  it('writes the reply as the newest message at delivery_status 0, then 1 once the delay passes on the test clock', async () => {
    const before = await records(2862);
    const msgId = await sendOk(REPLY);
    const after = await records(2862);
    expect(after).toHaveLength(before.length + 1);
    const newest = after[0] as MsgRecord;
    expect(newest).toMatchObject({
      session_id: 2862,
      msg_id: msgId,
      delivery_status: 0,
      sender: { user_no: 'api', user_type: 9, username: 'API' },
      msg_kind: 0,
      msg_type: 0,
      msg_body: 'Hello Jane',
      msg_files: '[]',
      receive_time: 0,
      send_error: '',
    });
    expect(after.slice(1)).toEqual(before);
    expect(msgId).toBeGreaterThanOrEqual(2863 * 1000);
    await advance('1s');
    expect((await records(2862))[0]?.delivery_status).toBe(0);
    await advance('1s');
    const settled = (await records(2862))[0] as MsgRecord;
    expect(settled).toMatchObject({ msg_id: msgId, delivery_status: 1, send_error: '' });
    expect(settled.receive_time).toBeGreaterThanOrEqual(settled.send_time);
  });

  it('answers data.msg_id as a string by default and as a number with sendAnswer: number', async () => {
    const res = await post('message/send', REPLY);
    expect(typeof (res.body as { data: { msg_id: unknown } }).data.msg_id).toBe('string');
    const numeric = createMockPbx({ sendAnswer: 'number' });
    const own = (await login(numeric.app)).access_token;
    const other = await post('message/send', REPLY, numeric.app, own);
    expectSchema('MessageSendAnswer', other.body);
    expect(typeof (other.body as { data: { msg_id: unknown } }).data.msg_id).toBe('number');
  });

  it('moves the session to the top of the list with the new message as its last_msg_id', async () => {
    const top = (await listed())[0] as SessionListItem;
    const target = (await listed()).at(-1) as SessionListItem;
    expect(target.id).not.toBe(top.id);
    const msgId = await sendOk({ ...REPLY, session_id: target.id });
    const list = await listed();
    expect(list[0]).toMatchObject({ id: target.id, last_msg_id: msgId });
    expect(list.filter((item) => item.id === target.id)).toHaveLength(1);
    const got = await apiGet(pbx.app, 'message_session/list', {
      access_token: token,
      page_size: 1,
      user_type: 9,
      first_msg_id: msgId,
    });
    expect((got.body as { list: SessionListItem[] }).list[0]?.id).toBe(top.id);
  });

  it('pages through the sent and the generated messages with one cursor', async () => {
    const generated = await records(2862);
    const sent = [await sendOk(REPLY), await sendOk({ ...REPLY, msg_body: 'second' })];
    const seen: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await records(2862, 1, cursor);
      if (page.length === 0) break;
      seen.push((page[0] as MsgRecord).msg_id);
      cursor = (page[0] as MsgRecord).msg_id;
      expect(seen.length).toBeLessThan(20);
    }
    expect(seen).toEqual([sent[1], sent[0], ...generated.map((r) => r.msg_id)]);
    const query = await apiGet(pbx.app, 'message/query', {
      access_token: token,
      ids: '2862',
      page_size: 1,
    });
    expect((query.body as { data: { records: MsgRecord[] }[] }).data[0]?.records[0]?.msg_id).toBe(
      sent[1],
    );
  });

  it('answers 60001 for a session the PBX does not hold', async () => {
    const res = await post('message/send', { ...REPLY, session_id: 999_999 });
    expect(res.body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
  });
});

describe('message/send validation', () => {
  const cases: [string, Record<string, unknown>, string][] = [
    ['no sender_type', { session_id: 2862, msg_body: 'x' }, 'sender_type'],
    ['a sender_type outside 1 and 9', { ...REPLY, sender_type: 2 }, 'sender_type'],
    [
      'an extension sender without sender_no',
      { ...REPLY, sender_type: 1, sender_no: '' },
      'sender_no',
    ],
    ['an unknown extension', { ...REPLY, sender_type: 1, sender_no: '9999' }, 'sender_no'],
    ['an API sender with a number', { ...REPLY, sender_no: '1003' }, 'sender_no'],
    [
      'a channel off the list',
      { sender_type: 9, channel: 'pigeon', did_number: '1', to: '1', msg_body: 'x' },
      'channel',
    ],
    [
      'a `to` with letters',
      { sender_type: 9, channel: 'twilio', did_number: '1', to: '+1555abc', msg_body: 'x' },
      'to',
    ],
    [
      'no to without session_id',
      { sender_type: 9, channel: 'twilio', did_number: '+15550100', msg_body: 'x' },
      'to',
    ],
    [
      'no channel without session_id',
      { sender_type: 9, did_number: '+15550100', to: '+1', msg_body: 'x' },
      'channel',
    ],
    ['neither msg_body nor files', { sender_type: 9, session_id: 2862 }, 'msg_body'],
    ['a template without whatsapp_msg_param', { ...REPLY, msg_kind: 1 }, 'whatsapp_msg_param'],
    [
      'whatsapp_msg_param that is not JSON',
      { ...REPLY, msg_kind: 1, whatsapp_msg_param: '{nope' },
      'whatsapp_msg_param',
    ],
    ['a request_id of 128 characters', { ...REPLY, request_id: 'r'.repeat(128) }, 'request_id'],
    [
      'two files',
      {
        ...REPLY,
        files: [1, 2].map((id) => ({ id, name: 'a.png', uri: '/f', type: 'image/png', size: 1 })),
      },
      'files',
    ],
    ['msg_type 1', { ...REPLY, msg_type: 1 }, 'msg_type'],
    ['a session_id as text', { ...REPLY, session_id: 'abc' }, 'session_id'],
  ];
  it.each(cases)('answers 40002 naming the field for %s', async (_name, body, field) => {
    const res = await post('message/send', body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
    const list = (res.body as { invalid_param_list: { field: string }[] }).invalid_param_list;
    expect(list.map((p) => p.field)).toContain(field);
  });

  it('takes a request_id of 127 characters and a message of one file', async () => {
    const file = { id: 7, name: 'a.png', uri: '/files/7/a.png', type: 'image/png', size: 10 };
    const msgId = await sendOk({
      sender_type: 9,
      session_id: 2862,
      request_id: 'r'.repeat(127),
      files: [file],
    });
    expect(JSON.parse((await records(2862, 1))[0]?.msg_files ?? '')).toEqual([file]);
    expect((await records(2862, 1))[0]?.msg_id).toBe(msgId);
  });

  it('refuses a template outside WhatsApp, naming msg_kind', async () => {
    const res = await post('message/send', {
      ...REPLY,
      msg_kind: 1,
      whatsapp_msg_param: '{"name":"hello"}',
    });
    expect(res.body).toMatchObject({ errcode: 40002, invalid_param_list: [{ field: 'msg_kind' }] });
  });
});

describe('message/send into a new session', () => {
  const twilio = CHANNELS.find((c) => c.channel === 'twilio');
  const did = twilio?.dids[0]?.did_number ?? '';

  it('starts a session for a new customer and joins it on the next send, as the device does', async () => {
    const first = await sendOk({
      sender_type: 9,
      channel: 'twilio',
      did_number: did,
      to: '+1 (555) 0199',
      msg_body: 'hi',
    });
    const top = (await listed())[0] as SessionListItem;
    expect(top).toMatchObject({ type: 'sms', did_number: did, last_msg_id: first, is_close: 0 });
    const second = await sendOk({
      sender_type: 9,
      channel: 'twilio',
      did_number: did,
      to: '+1 (555) 0199',
      msg_body: 'again',
    });
    expect(second).toBeGreaterThan(first);
    const list = await listed();
    expect(list[0]).toMatchObject({ id: top.id, last_msg_id: second });
    expect((await records(top.id)).map((r) => r.msg_id)).toEqual([second, first]);
    const info = await apiGet(pbx.app, 'message_session/get', { access_token: token, id: top.id });
    expectSchema('MessageSessionGetAnswer', info.body);
  });

  it('joins the open session of a generated customer with the same channel, DID and to', async () => {
    const session = await openSession('sms');
    const info = await apiGet(pbx.app, 'message_session/get', {
      access_token: token,
      id: session.id,
    });
    const { did_number, to_number } = (
      info.body as { list: { did_number: string; to_number: string } }
    ).list;
    const provider = CHANNELS.find((c) => c.dids.some((d) => d.did_number === did_number))?.channel;
    const msgId = await sendOk({
      sender_type: 9,
      channel: provider,
      did_number,
      to: to_number,
      msg_body: 'x',
    });
    expect((await records(session.id, 1))[0]?.msg_id).toBe(msgId);
  });

  it('refuses a DID no channel has, and a provider the DID is not on', async () => {
    const unknown = await post('message/send', {
      sender_type: 9,
      channel: 'twilio',
      did_number: '+19990000000',
      to: '1',
      msg_body: 'x',
    });
    expect(unknown.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'did_number' }],
    });
    const wrong = await post('message/send', {
      sender_type: 9,
      channel: 'telnyx',
      did_number: did,
      to: '1',
      msg_body: 'x',
    });
    expect(wrong.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'channel' }],
    });
  });
});

describe('delivery', () => {
  it('fails every message to a number a delivery rule names, with its send_error', async () => {
    const session = await openSession('sms');
    const info = await apiGet(pbx.app, 'message_session/get', {
      access_token: token,
      id: session.id,
    });
    const to = (info.body as { list: { to_number: string } }).list.to_number;
    await fail({ to, send_error: 'invalid_phone_number' });
    const msgId = await sendOk({ ...REPLY, session_id: session.id });
    const other = await sendOk(REPLY);
    await advance('10s');
    expect((await records(session.id, 1))[0]).toMatchObject({
      msg_id: msgId,
      delivery_status: 2,
      send_error: 'invalid_phone_number',
      receive_time: 0,
    });
    expect((await records(2862, 1))[0]).toMatchObject({ msg_id: other, delivery_status: 1 });
  });

  it('fails the next 3 sends with too_many_request, then delivers', async () => {
    await fail({ send_error: 'too_many_request', times: 3 });
    for (let i = 0; i < 4; i++) await sendOk({ ...REPLY, msg_body: `m${i}` });
    await advance('10s');
    const statuses = (await records(2862, 4))
      .reverse()
      .map((r) => [r.delivery_status, r.send_error]);
    expect(statuses).toEqual([
      [2, 'too_many_request'],
      [2, 'too_many_request'],
      [2, 'too_many_request'],
      [1, ''],
    ]);
    const state = await request(pbx.app).get('/__mock/delivery');
    expectSchema('ControlDeliveryState', state.body);
    expect(state.body).toMatchObject({
      failures: [{ hits: 3, active: false }],
      stored_messages: 4,
    });
  });

  it("queues sends beyond the channel's send_rate for its next free slot (1 per second on twilio)", async () => {
    const twilio = CHANNELS.find((c) => c.channel === 'twilio');
    expect(twilio?.send_rate).toBe(1);
    const did = twilio?.dids[0]?.did_number ?? '';
    const body = { sender_type: 9, channel: 'twilio', did_number: did, to: '+15550177' };
    for (let i = 0; i < 3; i++) await sendOk({ ...body, msg_body: `m${i}` });
    const id = ((await listed())[0] as SessionListItem).id;
    const oldestFirst = async () => (await records(id)).reverse().map((r) => r.delivery_status);
    expect(await oldestFirst()).toEqual([0, 0, 0]);
    await advance('2s');
    expect(await oldestFirst()).toEqual([1, 0, 0]);
    await advance('1s');
    expect(await oldestFirst()).toEqual([1, 1, 0]);
    await advance('1s');
    expect(await oldestFirst()).toEqual([1, 1, 1]);
  });

  it('fails sends beyond send_rate with too_many_request when overRate is fail', async () => {
    const strict = createMockPbx({ overRate: 'fail' });
    const own = (await login(strict.app)).access_token;
    const did = CHANNELS.find((c) => c.channel === 'twilio')?.dids[0]?.did_number ?? '';
    const body = {
      sender_type: 9,
      channel: 'twilio',
      did_number: did,
      to: '+15550177',
      msg_body: 'x',
    };
    await post('message/send', body, strict.app, own);
    await post('message/send', body, strict.app, own);
    strict.setClock({ advance: '5s' });
    const list = await request(strict.app)
      .get(`${API}/message_session/list`)
      .query({ access_token: own, page_size: 1, user_type: 9 })
      .set(USER_AGENT);
    const id = (list.body as { list: SessionListItem[] }).list[0]?.id ?? 0;
    const res = await request(strict.app)
      .get(`${API}/message/get`)
      .query({ access_token: own, id, page_size: 10 })
      .set(USER_AGENT);
    const got = (res.body as { data: { records: MsgRecord[] } }).data.records;
    expect(got.map((r) => [r.delivery_status, r.send_error])).toEqual([
      [2, 'too_many_request'],
      [1, ''],
    ]);
  });
});

describe('the 24-hour reply window', () => {
  it('fails a normal message outside the window of a WhatsApp session and lets a template through', async () => {
    // a session the business starts has no customer message yet: its window is closed
    const did = CHANNELS.find((c) => c.channel === 'whatsapp')?.dids[0]?.did_number ?? '';
    const opening = { sender_type: 9, channel: 'whatsapp', did_number: did, to: '+15550123' };
    await sendOk({ ...opening, msg_kind: 1, whatsapp_msg_param: '{"name":"hello"}' });
    const session = (await listed())[0] as SessionListItem;
    expect(session).toMatchObject({ type: 'whatsapp', expire: 0 });
    const normal = await sendOk({ ...REPLY, session_id: session.id });
    const template = await sendOk({
      ...REPLY,
      session_id: session.id,
      msg_kind: 1,
      whatsapp_msg_param: '{"name":"follow_up"}',
    });
    await advance('10s');
    const [t, n] = await records(session.id, 2);
    expect(n).toMatchObject({
      msg_id: normal,
      delivery_status: 2,
      send_error: 'exceeds_time_limit',
    });
    expect(t).toMatchObject({ msg_id: template, delivery_status: 1, msg_kind: 1 });
  });

  it('closes the window of an open session when its time runs out on the test clock', async () => {
    const session = await openSession('whatsapp', (e) => e > 0);
    await sendOk({ ...REPLY, session_id: session.id });
    await advance(`${session.expire + 1}s`);
    token = (await login(pbx.app)).access_token;
    const item = (await listed()).find((i) => i.id === session.id);
    expect(item?.expire).toBe(0);
    const late = await sendOk({ ...REPLY, session_id: session.id });
    await advance('10s');
    expect((await records(session.id, 1))[0]).toMatchObject({
      msg_id: late,
      send_error: 'exceeds_time_limit',
    });
  });

  it('lets a Facebook message with a tag out outside the window, and fails one without', async () => {
    const did = CHANNELS.find((c) => c.channel === 'facebook')?.dids[0]?.did_number ?? '';
    const opening = { sender_type: 9, channel: 'facebook', did_number: did, to: '1234567890' };
    await sendOk({ ...opening, msg_body: 'x', tag: 'HUMAN_AGENT' });
    const session = (await listed())[0] as SessionListItem;
    expect(session).toMatchObject({ type: 'facebook', expire: 0 });
    const id = session.id;
    const untagged = await sendOk({ ...REPLY, session_id: id });
    const tagged = await sendOk({ ...REPLY, session_id: id, tag: 'HUMAN_AGENT' });
    await advance('10s');
    const [t, u] = await records(id, 2);
    expect(u).toMatchObject({
      msg_id: untagged,
      delivery_status: 2,
      send_error: 'exceeds_time_limit',
    });
    expect(t).toMatchObject({ msg_id: tagged, delivery_status: 1 });
  });
});

describe('many sends at once', () => {
  it('keeps msg_ids strictly increasing and loses none of 200 parallel sends to one session', async () => {
    const before = (await records(2862)).length;
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => post('message/send', { ...REPLY, msg_body: `n${i}` })),
    );
    const ids = answers.map((res) =>
      Number((res.body as { data: { msg_id: string } }).data.msg_id),
    );
    expect(new Set(ids).size).toBe(200);
    const history = await records(2862);
    expect(history).toHaveLength(before + 200);
    const newestFirst = history.map((r) => r.msg_id);
    for (let i = 1; i < newestFirst.length; i++) {
      expect(newestFirst[i - 1] as number).toBeGreaterThan(newestFirst[i] as number);
    }
    expect(new Set(history.slice(0, 200).map((r) => r.msg_body)).size).toBe(200);
    expect([...ids].sort((a, b) => b - a)).toEqual(newestFirst.slice(0, 200));
  });
});

describe('many writers at once', () => {
  it('keeps msg_ids unique across sessions when sends, customer messages, transfers and closes run in parallel', async () => {
    const sessions = [2862, 1, 2, 3, 4, 5, 6, 7];
    const calls = sessions.flatMap((id) => [
      ...Array.from({ length: 10 }, (_, i) =>
        post('message/send', { ...REPLY, session_id: id, msg_body: `s${i}` }),
      ),
      request(pbx.app).post(`/__mock/sessions/${id}/customer/messages`).send({ msg_body: 'c' }),
      post('message_session/transfer', {
        session_id: id,
        destination_type: 'queue',
        destination_id: '6400',
      }),
    ]);
    const answers = await Promise.all(calls);
    for (const answer of answers) expect([200, 201]).toContain(answer.status);
    const all: number[] = [];
    for (const id of sessions) {
      const history = await records(id);
      const written = history.filter((r) => r.msg_id >= 2_863_000).map((r) => r.msg_id);
      // 10 sends, the customer's message and the transfer (a session closed in its generated history
      // refuses the transfer: 10009)
      expect(written.length).toBeGreaterThanOrEqual(11);
      for (let i = 1; i < written.length; i++) {
        expect(written[i - 1] as number).toBeGreaterThan(written[i] as number);
      }
      all.push(...written);
    }
    expect(new Set(all).size).toBe(all.length);
    const state = await request(pbx.app).get('/__mock/delivery');
    expect((state.body as { stored_messages: number }).stored_messages).toBe(all.length);
  });
});

describe('sessions and shapes next to written messages', () => {
  it('gives a session added after sends an id block above every msg_id sent', async () => {
    const sent = await sendOk(REPLY);
    const added = await request(pbx.app)
      .post('/__mock/sessions')
      .send({
        info: {
          channel_type: 'sms',
          did_number: '+15550100',
          to_number: '+15550199',
          user_info: {
            user_id: 0,
            user_no: '+15550199',
            user_type: 2,
            avatar: '',
            username: 'Zed',
          },
          channel_name: 'SMS Test',
          origin: '',
        },
      });
    expect(added.status).toBe(201);
    const state = (added.body as { state: { last_msg_id: number } }).state;
    expect(state.last_msg_id).toBeGreaterThan(sent);
    const next = await sendOk(REPLY);
    expect(next).toBeGreaterThan(state.last_msg_id);
  });

  it('counts the written messages in the history view, and a new session holds only its own', async () => {
    await sendOk(REPLY);
    const view = await request(pbx.app).get('/__mock/sessions/2862/history');
    expect(view.body).toMatchObject({ session_id: 2862, message_count: 3 });
    const did = CHANNELS.find((c) => c.channel === 'twilio')?.dids[0]?.did_number ?? '';
    await sendOk({
      sender_type: 9,
      channel: 'twilio',
      did_number: did,
      to: '+15550133',
      msg_body: 'x',
    });
    const id = ((await listed())[0] as SessionListItem).id;
    const started = await request(pbx.app).get(`/__mock/sessions/${id}/history`);
    expectSchema('ControlHistoryView', started.body);
    expect(started.body).toMatchObject({ message_count: 1 });
    expect(await records(id)).toHaveLength(1);
  });

  it('starts no session when the messages store is full', async () => {
    const small = createMockPbx({ budgets: { messages: 100 } });
    const own = (await login(small.app)).access_token;
    const did = CHANNELS.find((c) => c.channel === 'twilio')?.dids[0]?.did_number ?? '';
    const body = {
      sender_type: 9,
      channel: 'twilio',
      did_number: did,
      to: '+15550133',
      msg_body: 'x',
    };
    const res = await post('message/send', body, small.app, own);
    expect(res.body).toMatchObject({ errcode: 60002 });
    // the session store holds no session besides the seeded ones (2862 is the largest id)
    expect(small.sessions.nextId()).toBe(2863);
    expect(small.sessions.get(2863)).toBeUndefined();
  });

  it('refuses to shape the history of a session written to (409), and shapes it before', async () => {
    const shaped = await request(pbx.app)
      .put('/__mock/sessions/2862/history')
      .send({ name: 'long' });
    expect(shaped.status).toBe(200);
    const msgId = await sendOk(REPLY);
    expect((await records(2862)).length).toBe(501);
    const again = await request(pbx.app).put('/__mock/sessions/2862/history').send({ count: 3 });
    expect(again.status).toBe(409);
    expect((await request(pbx.app).delete('/__mock/sessions/2862/history')).status).toBe(409);
    expect((await records(2862, 1))[0]?.msg_id).toBe(msgId);
  });

  it('forgets the messages of a session removed or replaced through the control API', async () => {
    await sendOk({ ...REPLY, session_id: 5 });
    expect((await request(pbx.app).delete('/__mock/sessions/5')).status).toBe(204);
    const gone = await post('message/send', { ...REPLY, session_id: 5 });
    expect(gone.body).toMatchObject({ errcode: 60001 });
    expect((await listed()).map((item) => item.id)).not.toContain(5);
    const state = await request(pbx.app).get('/__mock/delivery');
    expect(state.body).toMatchObject({ stored_messages: 0, stored_bytes: 0 });
  });
});

describe('the messages store', () => {
  it('answers 60002 when its byte budget is spent, and takes messages again after reset', async () => {
    const small = createMockPbx({ budgets: { messages: 2_000 } });
    let own = (await login(small.app)).access_token;
    const errcodes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await post('message/send', REPLY, small.app, own);
      errcodes.push((res.body as { errcode: number }).errcode);
    }
    expect(errcodes).toContain(0);
    expect(errcodes.at(-1)).toBe(60002);
    expect(small.conversations.budget.used).toBeLessThanOrEqual(2_000);
    small.reset();
    own = (await login(small.app)).access_token;
    expect((await post('message/send', REPLY, small.app, own)).body).toMatchObject({ errcode: 0 });
  });

  it('forgets every message, rule and reordering on reset', async () => {
    const generated = await records(2862);
    const listBefore = await listed();
    await fail({ send_error: 'send_fail' });
    await sendOk({ ...REPLY, session_id: (listBefore.at(-1) as SessionListItem).id });
    const reset = await request(pbx.app).post('/__mock/reset');
    expect(reset.status).toBe(200);
    token = (await login(pbx.app)).access_token;
    expect(await records(2862)).toEqual(generated);
    expect(await listed()).toEqual(listBefore);
    const state = await request(pbx.app).get('/__mock/delivery');
    expect(state.body).toMatchObject({ failures: [], stored_messages: 0, stored_bytes: 0 });
  });

  it('journals every send with its errcode', async () => {
    await sendOk(REPLY);
    await post('message/send', { sender_type: 9 });
    const journal = await request(pbx.app).get('/__mock/journal').query({ path: 'message/send' });
    const entries = (journal.body as { entries: { errcode?: number }[] }).entries;
    expect(entries.map((e) => e.errcode)).toEqual([0, 40002]);
  });
});
