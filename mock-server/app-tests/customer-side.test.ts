/**
 * Whole-app tests of the customer's side, driven through the control API: the customer writes (an inbound
 * message that opens the reply window again, reopens a closed session and reorders the list), reads (a read
 * receipt) or, on live chat, closes the session.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { CHANNELS } from '../../fixtures/channel-set.js';
import type { MsgRecord, SessionListItem } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { API, USER_AGENT, apiGet, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;

beforeAll(() => {
  pbx = createMockPbx();
});

beforeEach(async () => {
  pbx.reset();
  token = (await login(pbx.app)).access_token;
});

function send(body: unknown) {
  return request(pbx.app)
    .post(`${API}/message/send`)
    .query({ access_token: token })
    .set(USER_AGENT)
    .send(body as object);
}

function customer(id: number | string, action: string, body?: unknown) {
  const req = request(pbx.app).post(`/__mock/sessions/${id}/customer/${action}`);
  return body === undefined ? req : req.send(body as object);
}

async function newest(id: number, count = 1): Promise<MsgRecord[]> {
  const res = await apiGet(pbx.app, 'message/get', { access_token: token, id, page_size: count });
  expectSchema('MessageGetAnswer', res.body);
  return (res.body as { data: { records: MsgRecord[] } }).data.records;
}

async function listed(): Promise<SessionListItem[]> {
  const res = await apiGet(pbx.app, 'message_session/list', {
    access_token: token,
    page_size: 1000,
    user_type: 9,
  });
  return (res.body as { list: SessionListItem[] }).list;
}

describe('the customer writes', () => {
  it('writes an inbound message from the customer, the newest of the session, which moves to the top', async () => {
    const last = (await listed()).at(-1) as SessionListItem;
    const res = await customer(last.id, 'messages', { msg_body: 'Any news?' });
    expect(res.status).toBe(201);
    expectSchema('MsgRecord', res.body);
    const written = res.body as MsgRecord;
    expect(written).toMatchObject({
      session_id: last.id,
      msg_type: 0,
      delivery_status: 1,
      msg_body: 'Any news?',
    });
    expect(written.sender.user_type).toBe(last.to.user_type);
    expect(written.sender.user_no).toBe(last.to.user_no);
    expect((await newest(last.id))[0]).toEqual(written);
    expect((await listed())[0]).toMatchObject({ id: last.id, last_msg_id: written.msg_id });
  });

  it('opens the 24-hour window again, so a normal message to a WhatsApp customer goes out', async () => {
    const did = CHANNELS.find((c) => c.channel === 'whatsapp')?.dids[0]?.did_number ?? '';
    await send({
      sender_type: 9,
      channel: 'whatsapp',
      did_number: did,
      to: '+15550142',
      msg_kind: 1,
      whatsapp_msg_param: '{"name":"hello"}',
    });
    const session = (await listed())[0] as SessionListItem;
    expect(session.expire).toBe(0);
    await customer(session.id, 'messages', { msg_body: 'Yes please' });
    expect((await listed())[0]).toMatchObject({ id: session.id, expire: 86_400 });
    await send({ sender_type: 9, session_id: session.id, msg_body: 'Great' });
    pbx.setClock({ advance: '1h' });
    token = (await login(pbx.app)).access_token;
    const [reply] = await newest(session.id);
    expect(reply).toMatchObject({ msg_body: 'Great', delivery_status: 1, send_error: '' });
    expect((await listed())[0]?.expire).toBe(86_400 - 3600);
  });

  it('reopens a closed session', async () => {
    await request(pbx.app)
      .post(`${API}/message_session/close`)
      .query({ access_token: token })
      .set(USER_AGENT)
      .send({ session_id: 2862 });
    expect((await listed())[0]).toMatchObject({ id: 2862, is_close: 1 });
    await customer(2862, 'messages', { msg_body: 'One more thing' });
    expect((await listed())[0]).toMatchObject({ id: 2862, is_close: 0 });
  });

  it('answers 404 for an unknown session and 400 naming the field for a bad body', async () => {
    expect((await customer(999_999, 'messages', { msg_body: 'x' })).status).toBe(404);
    const empty = await customer(2862, 'messages', {});
    expect(empty.status).toBe(400);
    const files = await customer(2862, 'messages', { files: [{}, {}] });
    expect(files.status).toBe(400);
    expect(files.body).toMatchObject({ field: expect.stringMatching(/^files/) as unknown });
    expect((await customer('abc', 'messages', { msg_body: 'x' })).status).toBe(400);
  });
});

describe('the customer reads', () => {
  it('keeps a read receipt up to the newest message (or the one named) with the time on the test clock', async () => {
    const sent = await send({ sender_type: 9, session_id: 2862, msg_body: 'Read me' });
    const msgId = Number((sent.body as { data: { msg_id: string } }).data.msg_id);
    const res = await customer(2862, 'read');
    expect(res.status).toBe(200);
    expectSchema('ControlConversationView', res.body);
    const view = res.body as { read_msg_id: number; read_time: number };
    expect(view.read_msg_id).toBe(msgId);
    expect(view.read_time).toBe(Math.floor(pbx.clock.now() / 1000));
    const named = await customer(2862, 'read', { msg_id: msgId + 1 });
    expect(named.status).toBe(400);
    expect(named.body).toMatchObject({ field: 'msg_id' });
  });
});

describe('the visitor closes a live chat', () => {
  it('closes the session with a msg_type 7 message from the visitor', async () => {
    const res = await customer(2862, 'close');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ session_id: 2862, is_close: 1 });
    const [closing] = await newest(2862);
    expect(closing).toMatchObject({ msg_type: 7, sender: { user_type: 5 }, param: '{}' });
    expect((await listed())[0]).toMatchObject({
      id: 2862,
      is_close: 1,
      last_msg_id: closing?.msg_id,
    });
    expect((await customer(2862, 'close')).status).toBe(409);
  });

  it('refuses on a channel without a visitor', async () => {
    const sms = (await listed()).find((item) => item.type === 'sms') as SessionListItem;
    const res = await customer(sms.id, 'close');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ field: 'id' });
  });
});
