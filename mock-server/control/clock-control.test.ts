import request from 'supertest';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ControlClockState } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import { createClock } from '../state/clock.js';
import type { MockPbx } from '../app.js';
import { API, USER_AGENT, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;

beforeEach(() => {
  pbx = createMockPbx();
});

async function advance(by: string | number): Promise<ControlClockState> {
  const res = await request(pbx.app).post('/__mock/clock').send({ advance: by });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expectSchema('ControlClockState', res.body);
  return res.body as ControlClockState;
}

async function errcodeOfGet(token: string): Promise<number> {
  const res = await request(pbx.app)
    .get(`${API}/message_session/get`)
    .query({ id: 1, access_token: token })
    .set(USER_AGENT);
  return (res.body as { errcode: number }).errcode;
}

async function refresh(refreshToken: string) {
  const res = await request(pbx.app)
    .post(`${API}/refresh_token`)
    .set(USER_AGENT)
    .send({ refresh_token: refreshToken });
  return res.body as { errcode: number; access_token?: string };
}

describe('the test clock', () => {
  it('starts at real time', async () => {
    const res = await request(pbx.app).get('/__mock/clock');
    expectSchema('ControlClockState', res.body);
    expect(res.body).toMatchObject({ offset_ms: 0, offset: '0ms' });
  });

  it('expires an access token once advanced past 30 minutes, not before', async () => {
    const { access_token } = await login(pbx.app);
    await advance('29m');
    expect(await errcodeOfGet(access_token)).toBe(0);
    const state = await advance('2m');
    expect(state).toMatchObject({ offset_ms: 31 * 60_000, offset: '31m' });
    expect(await errcodeOfGet(access_token)).toBe(10004);
  });

  it('lets the refresh token work until 24 hours, and gives a working access token', async () => {
    const { refresh_token } = await login(pbx.app);
    await advance('23h');
    await advance('59m');
    const renewed = await refresh(refresh_token);
    expect(renewed.errcode).toBe(0);
    expect(await errcodeOfGet(renewed.access_token ?? '')).toBe(0);
  });

  it('refuses the refresh token after 24 hours with 10004', async () => {
    const { refresh_token } = await login(pbx.app);
    await advance('1d');
    expect(await refresh(refresh_token)).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('takes milliseconds as a number too, and goes back to real time on reset', async () => {
    expect((await advance(90_000)).offset).toBe('2m');
    const res = await request(pbx.app).post('/__mock/clock').send({ reset: true });
    expect(res.body).toMatchObject({ offset_ms: 0 });
  });

  it('goes back to real time on POST /__mock/reset too', async () => {
    await advance('5h');
    await request(pbx.app).post('/__mock/reset').expect(200);
    expect(pbx.clock.offset()).toBe(0);
  });

  it('is also driven from the handle', () => {
    expect(pbx.setClock({ advance: '31m' }).offset_ms).toBe(31 * 60_000);
    expect(pbx.setClock({ reset: true }).offset_ms).toBe(0);
  });

  it('refuses an advance that would leave the dates JavaScript holds once real time moves on', async () => {
    let real = 8.64e15 - 1e9;
    const edge = createMockPbx({ clock: createClock(() => real) });
    const res = await request(edge.app)
      .post('/__mock/clock')
      .send({ advance: 1e9 - 1 });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field: 'advance' });
    real += 10;
    const after = await request(edge.app).get('/__mock/clock');
    expect(after.status).toBe(200);
    expect(() => edge.clock.advance(1e9)).toThrow(RangeError);
    expect(edge.clock.offset()).toBe(0);
  });

  it.each([
    [{ advance: 'soon' }, 'advance'],
    [{ advance: -5 }, 'advance'],
    [{ advance: '-5m' }, 'advance'],
    [{ advance: '1m', reset: true }, 'advance'],
    [{ reset: false }, 'reset'],
    [{}, 'body'],
    [{ forward: '1m' }, 'forward'],
  ])('answers %j with a problem naming %s', async (body, field) => {
    const res = await request(pbx.app).post('/__mock/clock').send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expectSchema('MockProblemDocument', res.body);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST', field });
    expect(pbx.clock.offset()).toBe(0);
  });
});
