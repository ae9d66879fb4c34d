import request from 'supertest';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { ERROR_CATALOGUE } from '../../schemas/error-catalogue.js';
import { createMockPbx } from '../app.js';
import { API, USER_AGENT, apiGet, expectSchema, login } from '../test-support/device.js';

const ERRORS = ERROR_CATALOGUE.filter((entry) => entry.errcode !== 0);

let app: Express;
let token: string;

beforeAll(async () => {
  app = createMockPbx().app;
  token = (await login(app)).access_token;
});

describe('every errcode of the catalogue, forced on purpose', () => {
  it.each(ERRORS.map((e) => [e.errcode, e.errmsg] as const))(
    'answers %i %s for Prefer: errcode=%i',
    async (errcode, errmsg) => {
      const res = await apiGet(app, 'message_session/get', { access_token: token, id: 2862 }).set(
        'Prefer',
        `errcode=${errcode}`,
      );
      expect(res.status).toBe(200);
      expectSchema('ErrorAnswer', res.body);
      expect(res.body).toEqual({ errcode, errmsg });
    },
  );

  it.each(ERRORS.map((e) => [e.errcode, e.errmsg] as const))(
    'answers %i %s for ?__errcode on get_token',
    async (errcode, errmsg) => {
      const res = await request(app)
        .post(`${API}/get_token`)
        .query({ __errcode: errcode })
        .set(USER_AGENT)
        .send({ username: 'mock-client-id', password: 'mock-client-secret' });
      expect(res.status).toBe(200);
      expectSchema('ErrorAnswer', res.body);
      expect(res.body).toEqual({ errcode, errmsg });
    },
  );

  it('reads the errcode preference among other preferences', async () => {
    const res = await apiGet(app, 'message_session/list', { access_token: token }).set(
      'Prefer',
      'respond-async, errcode=70087; wait=10',
    );
    expect(res.body).toEqual({ errcode: 70087, errmsg: 'IP FORBIDDEN' });
  });

  it('answers extra errcodes given in configuration', async () => {
    const extra = createMockPbx({
      extraErrcodes: [{ errcode: 70200, errmsg: 'SOME NEW ERROR', meaning: 'newer firmware' }],
    }).app;
    const res = await request(extra)
      .get(`${API}/message_session/get`)
      .set(USER_AGENT)
      .set('Prefer', 'errcode=70200');
    expect(res.body).toEqual({ errcode: 70200, errmsg: 'SOME NEW ERROR' });
  });
});

describe('a bad errcode preference is a mock error, never a device answer', () => {
  it.each([
    ['Prefer', 'errcode=12345', 'PBX_MOCK_UNKNOWN_ERRCODE', /12345/],
    ['Prefer', 'errcode=0', 'PBX_MOCK_UNKNOWN_ERRCODE', /success/],
    ['Prefer', 'errcode=abc', 'PBX_MOCK_BAD_ERRCODE_PREFERENCE', /integer/],
    ['Prefer', 'errcode=', 'PBX_MOCK_BAD_ERRCODE_PREFERENCE', /integer/],
    ['query', '__errcode=60001&__errcode=60002', 'PBX_MOCK_BAD_ERRCODE_PREFERENCE', /once/],
    ['both', '60001/60002', 'PBX_MOCK_BAD_ERRCODE_PREFERENCE', /one/],
  ])('%s %s -> 400 problem+json %s', async (where, value, code, detail) => {
    let req = request(app).get(`${API}/message_session/get`).set(USER_AGENT);
    if (where === 'Prefer') req = req.set('Prefer', value);
    if (where === 'query')
      req = request(app).get(`${API}/message_session/get?${value}`).set(USER_AGENT);
    if (where === 'both') req = req.set('Prefer', 'errcode=60001').query({ __errcode: 60002 });
    const res = await req;
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    const body = res.body as { code: string; detail: string; status: number };
    expect(body.code).toBe(code);
    expect(body.status).toBe(400);
    expect(body.detail).toMatch(detail);
  });
});

describe('Prefer forms besides errcode=N', () => {
  it.each([
    ['code=500', 'PBX_MOCK_BAD_CODE_PREFERENCE', /errcode 60001/, 'code=500, errcode=60001'],
    ['code=abc', 'PBX_MOCK_BAD_CODE_PREFERENCE', /from 400 to 599/, 'code=abc'],
    ['code=302', 'PBX_MOCK_BAD_CODE_PREFERENCE', /from 400 to 599/, 'code=302'],
    [
      'example=ok',
      'PBX_MOCK_UNKNOWN_PREFERENCE',
      /does not understand Prefer: example=ok/,
      'example=ok',
    ],
    ['dynamic=true', 'PBX_MOCK_UNKNOWN_PREFERENCE', /errcode=N .* code=NNN/, 'dynamic=true'],
  ])(
    '%s the mock cannot honour -> 400 problem+json %s naming what it understands',
    async (_name, code, detail, prefer) => {
      const res = await apiGet(app, 'message_session/get', { access_token: token, id: 2862 }).set(
        'Prefer',
        prefer,
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectSchema('MockProblemDocument', res.body);
      const body = res.body as { code: string; detail: string; understood: string[] };
      expect(body.code).toBe(code);
      expect(body.detail).toMatch(detail);
      expect(body.understood).toEqual([
        expect.stringMatching(/^errcode=N: /),
        expect.stringMatching(/^code=NNN: /),
      ]);
    },
  );

  it.each([500, 503, 404])(
    'Prefer: code=%i answers that HTTP status with an HTML page, as a proxy in front of a device does',
    async (status) => {
      const res = await apiGet(app, 'message_session/get', { access_token: token, id: 2862 }).set(
        'Prefer',
        `code=${status}`,
      );
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.text).toContain(`<title>${status} `);
      expect(res.headers['x-pbx-mock-kit']).toBe('1');
    },
  );

  it.each(['code=200', 'return=minimal', 'respond-async, wait=5', 'handling=lenient'])(
    'Prefer: %s answers normally (the normal answer, or a preference of RFC 7240 the device ignores)',
    async (prefer) => {
      const res = await apiGet(app, 'message_session/get', { access_token: token, id: 2862 }).set(
        'Prefer',
        prefer,
      );
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ errcode: 0, list: { id: 2862 } });
    },
  );
});

describe('errors a client meets without asking', () => {
  it('answers 10001 INTERFACE NOT EXISTED for an unknown path, anywhere', async () => {
    for (const path of [
      `${API}/message_session/nope`,
      `${API}/`,
      '/',
      '/api/v2.0.0/login',
      `${API}/get_token/`,
    ]) {
      const res = await request(app).get(path).set(USER_AGENT);
      expect(res.status, path).toBe(200);
      expect(res.body, path).toEqual({ errcode: 10001, errmsg: 'INTERFACE NOT EXISTED' });
    }
  });

  it('answers 10001 for the wrong method', async () => {
    const post = await request(app)
      .post(`${API}/message_session/get?access_token=${token}&id=2862`)
      .set(USER_AGENT);
    const get = await request(app).get(`${API}/get_token`).set(USER_AGENT);
    const put = await request(app).put(`${API}/del_token`).set(USER_AGENT);
    for (const res of [post, get, put]) {
      expect(res.body).toEqual({ errcode: 10001, errmsg: 'INTERFACE NOT EXISTED' });
    }
  });

  it('answers 40002 PARAMETER ERROR when User-Agent is missing', async () => {
    const res = await request(app)
      .get(`${API}/message_session/get?access_token=${token}&id=2862`)
      .set('User-Agent', '');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
  });

  it('lets a missing User-Agent through when told the device does not care', async () => {
    const lenient = createMockPbx({ requireUserAgent: false }).app;
    const res = await request(lenient).get(`${API}/message_session/get`).set('User-Agent', '');
    expect(res.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('marks every answer as the mock’s, so a contract run can tell it from a device', async () => {
    const res = await apiGet(app, 'message_session/get', { access_token: token, id: 1 });
    expect(res.headers['x-pbx-mock-kit']).toBe('1');
  });
});
