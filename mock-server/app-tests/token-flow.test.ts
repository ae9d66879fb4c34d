import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { MAX_TRACKED_ADDRESSES } from '../state/token-store.js';
import { apiGet, apiPost, expectSchema, login } from '../test-support/device.js';

const MINUTE = 60_000;

describe('get_token', () => {
  it('answers the documented shape with 1800/86400 lifetimes', async () => {
    const { app } = createMockPbx();
    const res = await apiPost(app, 'get_token', {
      username: 'mock-client-id',
      password: 'mock-client-secret',
    });
    expect(res.status).toBe(200);
    expectSchema('GetTokenAnswer', res.body);
    expect(Object.keys(res.body as object)).toEqual([
      'errcode',
      'errmsg',
      'access_token_expire_time',
      'access_token',
      'refresh_token_expire_time',
      'refresh_token',
    ]);
  });

  it('answers -1 FAILURE naming "username or password" for wrong credentials', async () => {
    const { app } = createMockPbx();
    const res = await apiPost(app, 'get_token', { username: 'mock-client-id', password: 'wrong' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      errcode: -1,
      errmsg: 'FAILURE',
      invalid_param_list: [{ field: 'username or password', value: 'error' }],
    });
  });

  it('accepts the credentials it is configured with, and only those', async () => {
    const { app } = createMockPbx({ clientId: 'crm', clientSecret: 's3cret' });
    await login(app, 'crm', 's3cret');
    const res = await apiPost(app, 'get_token', {
      username: 'mock-client-id',
      password: 'mock-client-secret',
    });
    expect(res.body).toMatchObject({ errcode: -1 });
  });

  it('answers 40002 naming the field when the body lacks one', async () => {
    const { app } = createMockPbx();
    const res = await apiPost(app, 'get_token', { username: 'mock-client-id' });
    expect(res.body).toEqual({
      errcode: 40002,
      errmsg: 'PARAMETER ERROR',
      invalid_param_list: [{ field: 'password', validation_type: 'required' }],
    });
  });

  it.each([
    ['get_token', { username: { toString: 'x' }, password: 'mock-client-secret' }, 'username'],
    [
      'get_token',
      { username: 'mock-client-id', password: { valueOf: 1, toString: 2 } },
      'password',
    ],
    ['get_token', { username: [{ toString: 'x' }], password: 'mock-client-secret' }, 'username'],
    ['refresh_token', { refresh_token: { toString: 'x' } }, 'refresh_token'],
  ])(
    'answers 40002 naming the field when %s gets an object that cannot be turned into text (%j)',
    async (endpoint, body, field) => {
      const { app } = createMockPbx();
      const res = await apiPost(app, endpoint, body);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
      const list = (res.body as { invalid_param_list: { field: string; value: string }[] })
        .invalid_param_list;
      expect(list.map((entry) => entry.field)).toEqual([field]);
      expect(list[0]?.value).toBe(
        JSON.stringify((body as Record<string, unknown>)[field]).replace(/^\[(.*)\]$/, '$1'),
      );
    },
  );

  it('answers 60002 MAX LIMITATION EXCEEDED for a 9th live access token (the default cap policy)', async () => {
    const { app } = createMockPbx();
    for (let i = 0; i < 8; i++) await login(app);
    const res = await apiPost(app, 'get_token', {
      username: 'mock-client-id',
      password: 'mock-client-secret',
    });
    expect(res.body).toEqual({ errcode: 60002, errmsg: 'MAX LIMITATION EXCEEDED' });
  });

  it('revokes the oldest token at the cap when told to (evict-oldest)', async () => {
    const { app } = createMockPbx({ tokenRules: { capPolicy: 'evict-oldest' } });
    const first = await login(app);
    for (let i = 0; i < 8; i++) await login(app);
    const res = await apiGet(app, 'message_session/get', {
      access_token: first.access_token,
      id: 2862,
    });
    expect(res.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('blocks an address with 70004 after 5 failed logins, then lets it in once the block ends', async () => {
    const pbx = createMockPbx();
    const bad = () =>
      apiPost(pbx.app, 'get_token', { username: 'mock-client-id', password: 'nope' });
    for (let i = 0; i < 5; i++) expect((await bad()).body).toMatchObject({ errcode: -1 });
    const blocked = await apiPost(pbx.app, 'get_token', {
      username: 'mock-client-id',
      password: 'mock-client-secret',
    });
    expect(blocked.body).toEqual({ errcode: 70004, errmsg: 'ACCOUNT IP BLOCKED' });
    pbx.clock.advance(11 * MINUTE);
    await login(pbx.app);
  });
});

describe('access tokens', () => {
  it('answer 10004 when missing, unknown, or sent as a Bearer header', async () => {
    const { app } = createMockPbx();
    const { access_token } = await login(app);
    const missing = await apiGet(app, 'message_session/get', { id: 2862 });
    const unknown = await apiGet(app, 'message_session/get', { id: 2862, access_token: 'x' });
    const bearer = await apiGet(app, 'message_session/get', { id: 2862 }).set(
      'Authorization',
      `Bearer ${access_token}`,
    );
    for (const res of [missing, unknown, bearer]) {
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    }
  });

  it('expire after 30 minutes', async () => {
    const pbx = createMockPbx();
    const { access_token } = await login(pbx.app);
    pbx.clock.advance(29 * MINUTE);
    const before = await apiGet(pbx.app, 'message_session/get', { access_token, id: 2862 });
    expect(before.body).toMatchObject({ errcode: 0 });
    pbx.clock.advance(1 * MINUTE);
    const after = await apiGet(pbx.app, 'message_session/get', { access_token, id: 2862 });
    expect(after.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });
});

describe('refresh_token', () => {
  it('returns a new pair; the new access token works and the old pair does not', async () => {
    const pbx = createMockPbx();
    const old = await login(pbx.app);
    pbx.clock.advance(31 * MINUTE);
    const res = await apiPost(pbx.app, 'refresh_token', { refresh_token: old.refresh_token });
    expectSchema('RefreshTokenAnswer', res.body);
    const fresh = res.body as { access_token: string; refresh_token: string };
    expect(fresh.access_token).not.toBe(old.access_token);
    expect(fresh.refresh_token).not.toBe(old.refresh_token);
    const get = await apiGet(pbx.app, 'message_session/get', {
      access_token: fresh.access_token,
      id: 2862,
    });
    expect(get.body).toMatchObject({ errcode: 0 });
    const again = await apiPost(pbx.app, 'refresh_token', { refresh_token: old.refresh_token });
    expect(again.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('works until the refresh token is 24 hours old, not after', async () => {
    const pbx = createMockPbx();
    const pair = await login(pbx.app);
    pbx.clock.advance(24 * 60 * MINUTE);
    const res = await apiPost(pbx.app, 'refresh_token', { refresh_token: pair.refresh_token });
    expect(res.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });
});

describe('del_token', () => {
  it('revokes the token: SUCCESS, then 10004 for it and for its refresh token', async () => {
    const { app } = createMockPbx();
    const { access_token, refresh_token } = await login(app);
    const del = await apiGet(app, 'del_token', { access_token });
    expect(del.body).toEqual({ errcode: 0, errmsg: 'SUCCESS' });
    expectSchema('DelTokenAnswer', del.body);
    const get = await apiGet(app, 'message_session/get', { access_token, id: 2862 });
    expect(get.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    const refresh = await apiPost(app, 'refresh_token', { refresh_token });
    expect(refresh.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('frees a place under the cap of 8', async () => {
    const { app } = createMockPbx();
    const tokens = [];
    for (let i = 0; i < 8; i++) tokens.push(await login(app));
    await apiGet(app, 'del_token', { access_token: tokens[0]!.access_token });
    await login(app);
  });
});

describe('failed-login counting', () => {
  it('tracks at most MAX_TRACKED_ADDRESSES addresses, forgetting the longest-known first (memory stays flat)', () => {
    const pbx = createMockPbx();
    for (let i = 0; i <= MAX_TRACKED_ADDRESSES; i++) {
      expect(() =>
        pbx.tokens.login('mock-client-id', 'wrong', `fd00::${i.toString(16)}`),
      ).toThrow();
    }
    expect(pbx.tokens.trackedAddresses).toBe(MAX_TRACKED_ADDRESSES);
  });
});
