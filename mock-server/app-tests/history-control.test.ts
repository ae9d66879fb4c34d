import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { ControlHistoryView, MsgSessionRecords } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { apiGet, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;

beforeAll(() => {
  pbx = createMockPbx();
});

beforeEach(async () => {
  pbx.reset();
  token = (await login(pbx.app)).access_token;
});

const path = (id: number | string) => `/__mock/sessions/${id}/history`;

async function put(id: number | string, body: unknown) {
  return request(pbx.app)
    .put(path(id))
    .send(body as object);
}

async function view(id: number): Promise<ControlHistoryView> {
  const res = await request(pbx.app).get(path(id));
  expect(res.status).toBe(200);
  expectSchema('ControlHistoryView', res.body);
  return res.body as ControlHistoryView;
}

async function newest(id: number, pageSize = 1) {
  const res = await apiGet(pbx.app, 'message/get', {
    access_token: token,
    id,
    page_size: pageSize,
  });
  return (res.body as { data: MsgSessionRecords }).data.records;
}

describe('/__mock/sessions/:id/history', () => {
  it('shows the generated history: no shape, the last_msg_id and how many messages', async () => {
    const shown = await view(2862);
    expect(shown).toEqual({
      session_id: 2862,
      shape: null,
      last_msg_id: 2862001,
      message_count: 2,
    });
  });

  it('puts a session into the long shape, raising last_msg_id inside its own block, and gives it back', async () => {
    const before = pbx.sessions.get(2)?.state.last_msg_id ?? 0;
    expect(before).toBeLessThan(2499);
    const res = await put(2, { name: 'long' });
    expect(res.status).toBe(200);
    expectSchema('ControlHistoryView', res.body);
    expect(res.body).toEqual({
      session_id: 2,
      name: 'long',
      shape: { count: 500 },
      last_msg_id: 2499,
      message_count: 500,
    });
    // message/get, the stored session and the session endpoints agree on the newest message
    expect((await newest(2))[0]?.msg_id).toBe(2499);
    expect((await request(pbx.app).get('/__mock/sessions/2')).body).toMatchObject({
      state: { last_msg_id: 2499 },
    });
    expect(await view(2)).toMatchObject({ name: 'long', message_count: 500 });

    const removed = await request(pbx.app).delete(path(2));
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ session_id: 2, shape: null, last_msg_id: before });
    expect((await newest(2))[0]?.msg_id).toBe(before);
  });

  it('serves a failed WhatsApp template as the newest message of a whatsapp session', async () => {
    const res = await put(2, { name: 'failedWhatsAppTemplate' });
    expect(res.status).toBe(200);
    const [message] = await newest(2);
    expect(message).toMatchObject({
      msg_kind: 1,
      delivery_status: 2,
      send_error: 'template_not_exist',
      sender: { user_type: 9 },
      receive_time: 0,
    });
    expect(message?.msg_id).toBe(pbx.sessions.get(2)?.state.last_msg_id);
  });

  it('takes a shape chosen field by field, files JSON-encoded in msg_files', async () => {
    const file = { id: 7, name: 'a.pdf', uri: '/files/7/a.pdf', type: 'application/pdf', size: 10 };
    const res = await put(2862, {
      count: 40,
      newest: [{ from: 'customer', msg_body: 'Still there?', files: [file] }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ message_count: 40, last_msg_id: 2862039 });
    const [message] = await newest(2862);
    expect(message).toMatchObject({ msg_body: 'Still there?', msg_files: JSON.stringify([file]) });
    // a shape without count makes room for its messages too
    const shaped = await put(2, {
      newest: [
        { from: 'agent', msg_body: 'one' },
        { from: 'api', msg_body: 'two' },
      ],
    });
    expect(shaped.status, JSON.stringify(shaped.body)).toBe(200);
    expect((await newest(2, 2)).map((m) => m.msg_body)).toEqual(['two', 'one']);
  });

  it.each([
    [{ name: 'short' }, 'name'],
    [{ name: 'long', count: 3 }, 'count'],
    [{ count: 0 }, 'count'],
    [{ count: 1001 }, 'count'],
    [{ count: 'ten' }, 'count'],
    [{}, 'body'],
    [{ newest: [{ from: 'boss' }] }, 'newest/0/from'],
    [{ newest: [{ from: 'api', colour: 'red' }] }, 'newest/0/colour'],
    [{ newest: [{ from: 'api', msg_kind: 1 }] }, 'newest/0'],
    [{ newest: [{ from: 'customer', delivery_status: 2 }] }, 'newest/0'],
    [{ newest: [{ from: 'api', send_error: 'auth_fail' }] }, 'newest/0'],
    [{ name: 'failedWhatsAppTemplate' }, 'name'],
    [[], 'body'],
  ])('refuses %j on an sms session with a 400 naming %s', async (body, field) => {
    const res = await put(1, body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field });
    expect((await view(1)).shape).toBeNull();
  });

  it('refuses an agent in a session still waiting in a queue, and a count with no room for the closing message', async () => {
    const queued = await put(2862, { newest: [{ from: 'agent' }] });
    expect(queued.body).toMatchObject({ field: 'newest/0' });
    expect((queued.body as { detail: string }).detail).toMatch(/queue/);
    const closedId = 5; // an sms campaign session, closed
    expect(pbx.sessions.get(closedId)?.state.is_close).toBe(1);
    const tight = await put(closedId, { count: 1, newest: [{ from: 'api' }] });
    expect(tight.status).toBe(400);
    expect(tight.body).toMatchObject({ field: 'count' });
  });

  it('answers 404 for an unknown session and 400 for a bad id; 405 for another method', async () => {
    expect((await put(49, { name: 'long' })).status).toBe(404);
    expect((await request(pbx.app).get(path(49))).status).toBe(404);
    expect((await request(pbx.app).delete(path(49))).status).toBe(404);
    const bad = await put('x', { name: 'long' });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ field: 'id' });
    const post = await request(pbx.app).post(path(1)).send({});
    expect(post.status).toBe(405);
    expect(post.body).toMatchObject({ allowed: ['GET', 'PUT', 'DELETE'] });
  });

  it('forgets shapes on reset, and when the session is removed or replaced', async () => {
    expect((await put(2, { name: 'long' })).status).toBe(200);
    expect((await request(pbx.app).post('/__mock/reset')).status).toBe(200);
    expect(await view(2)).toMatchObject({ shape: null });
    token = (await login(pbx.app)).access_token;
    expect((await newest(2))[0]?.msg_id).toBeLessThan(2499);

    expect((await put(3, { count: 30 })).status).toBe(200);
    expect((await request(pbx.app).delete('/__mock/sessions/3')).status).toBe(204);
    const info = pbx.sessions.get(1)?.info;
    const added = await request(pbx.app)
      .post('/__mock/sessions/3')
      .send({ info: { ...info, id: 3 } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(await view(3)).toMatchObject({ shape: null });
  });

  it('keeps what the sessions budget allows', async () => {
    const small = createMockPbx({ budgets: { sessions: 100 } });
    const res = await request(small.app)
      .put(path(2))
      .send({ newest: [{ from: 'api', msg_body: 'x'.repeat(200) }] });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_STORE_FULL', store: 'sessions' });
    expect((await request(small.app).get(path(2))).body).toMatchObject({ shape: null });
  });
});
