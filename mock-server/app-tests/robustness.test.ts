import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import {
  API,
  USER_AGENT,
  apiGet,
  apiPostRaw,
  expectSchema,
  login,
} from '../test-support/device.js';

describe('malformed input gets the device’s answer, never a crash', () => {
  it('answers 40001 PARAMETER SYNTAX ERROR for a body that is not JSON', async () => {
    const { app } = createMockPbx();
    for (const body of ['{bad', '{"username":', '\u0000\u0001', '[1,2']) {
      const res = await apiPostRaw(app, 'get_token', body);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ errcode: 40001, errmsg: 'PARAMETER SYNTAX ERROR' });
    }
  });

  it('answers 40001 for a body over the limit, and still serves afterwards', async () => {
    const { app } = createMockPbx();
    const res = await apiPostRaw(
      app,
      'get_token',
      JSON.stringify({ username: 'x'.repeat(200_000), password: 'y' }),
    );
    expect(res.body).toEqual({ errcode: 40001, errmsg: 'PARAMETER SYNTAX ERROR' });
    await login(app);
  });

  it('answers 40001 for a compressed body that does not decompress', async () => {
    const { app } = createMockPbx();
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await apiPostRaw(app, 'get_token', 'not compressed at all').set(
        'Content-Encoding',
        encoding,
      );
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ errcode: 40001, errmsg: 'PARAMETER SYNTAX ERROR' });
    }
  });

  it('answers 40002 for JSON that is not an object of strings', async () => {
    const { app } = createMockPbx();
    for (const body of ['null', '42', '"text"', '[]', '{"username":1,"password":2}']) {
      const res = await apiPostRaw(app, 'get_token', body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
      expectSchema('ErrorAnswer', res.body);
    }
  });

  it('parses a JSON body whatever its content type, like the device', async () => {
    const { app } = createMockPbx();
    const res = await request(app)
      .post(`${API}/get_token`)
      .set(USER_AGENT)
      .set('Content-Type', 'text/plain')
      .send('{"username":"mock-client-id","password":"mock-client-secret"}');
    expectSchema('GetTokenAnswer', res.body);
  });

  it('treats __proto__ and constructor as plain keys, in bodies and queries', async () => {
    const { app } = createMockPbx();
    const body = await apiPostRaw(
      app,
      'get_token',
      '{"__proto__":{"username":"mock-client-id","password":"mock-client-secret"}}',
    );
    expect(body.body).toMatchObject({ errcode: 40002 });
    const { access_token } = await login(app);
    const query = await request(app)
      .get(
        `${API}/message_session/get?access_token=${access_token}&__proto__=1&constructor=2&id=2862`,
      )
      .set(USER_AGENT);
    expect(query.body).toMatchObject({ errcode: 0 });
    const protoId = await request(app)
      .get(`${API}/message_session/get?access_token=${access_token}&id[__proto__]=1`)
      .set(USER_AGENT);
    expect(protoId.body).toMatchObject({ errcode: 40002 });
    expect(({} as Record<string, unknown>).username).toBeUndefined();
  });

  it('rejects a repeated parameter with 40002 naming it', async () => {
    const { app } = createMockPbx();
    const { access_token } = await login(app);
    const res = await request(app)
      .get(`${API}/message_session/get?access_token=${access_token}&id=1&id=2`)
      .set(USER_AGENT);
    expect(res.body).toEqual({
      errcode: 40002,
      errmsg: 'PARAMETER ERROR',
      invalid_param_list: [{ field: 'id', value: '1,2' }],
    });
    const twice = await request(app)
      .get(
        `${API}/message_session/get?access_token=${access_token}&access_token=${access_token}&id=1`,
      )
      .set(USER_AGENT);
    expect(twice.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('echoes at most 256 characters of a huge value and survives unicode', async () => {
    const { app } = createMockPbx();
    const { access_token } = await login(app);
    const huge = await apiGet(app, 'message_session/get', { access_token, id: 'x'.repeat(8000) });
    expect(huge.body).toMatchObject({ errcode: 40002 });
    const echoed = (huge.body as { invalid_param_list: { value: string }[] }).invalid_param_list[0];
    expect(echoed?.value).toHaveLength(256);
    const unicode = await apiGet(app, 'message_session/search', {
      access_token,
      page_size: 5,
      user_type: 9,
      search_value: '会话 🙂 \u202e',
    });
    expectSchema('MessageSessionListAnswer', unicode.body);
    const badEscape = await request(app)
      .get(`${API}/message_session/get?access_token=${access_token}&id=%E0%A4%A`)
      .set(USER_AGENT);
    expect(badEscape.body).toMatchObject({ errcode: 40002 });
  });

  it('keeps other state intact after a barrage of bad requests', async () => {
    const { app } = createMockPbx();
    const { access_token } = await login(app);
    const before = (await apiGet(app, 'message_session/get', { access_token, id: 7 })).text;
    for (const path of [
      '/%',
      `${API}/%zz`,
      `${API}/message_session/get?%=%`,
      `${API}/../../etc/passwd`,
    ]) {
      const res = await request(app).get(path).set(USER_AGENT);
      expect(res.status).toBe(200);
      expect((res.body as { errcode: number }).errcode).not.toBe(0);
    }
    const after = await apiGet(app, 'message_session/get', { access_token, id: 7 });
    expect(after.text).toBe(before);
  });
});
