import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockPbx } from '../app.js';
import type { Express } from 'express';
import { API, USER_AGENT, apiGet, apiPost, login } from '../test-support/device.js';

/** A pino logger at `level` writing into an array of parsed lines. */
function memoryLogger(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n')) {
        if (text.trim()) lines.push(JSON.parse(text) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('request logging', () => {
  it('writes one line per request with method, path, status, errcode and the token masked', async () => {
    const { logger, lines } = memoryLogger();
    const pbx = createMockPbx({ logger, controlToken: 'control-secret-77' });
    const { access_token, refresh_token } = await login(pbx.app);
    await request(pbx.app)
      .get(`${API}/message_session/get`)
      .query({ id: 2862, access_token })
      .set(USER_AGENT)
      .expect(200);
    await request(pbx.app)
      .get('/__mock/journal')
      .set('x-pbx-mock-control-token', 'control-secret-77')
      .expect(200);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatchObject({
      level: 30,
      msg: 'request',
      method: 'GET',
      path: `${API}/message_session/get`,
      query: { id: '2862', access_token: '***' },
      status: 200,
      errcode: 0,
    });
    expect(typeof lines[1]?.ms).toBe('number');
    expect(lines[2]).toMatchObject({ path: '/__mock/journal', status: 200, control: true });
    const text = JSON.stringify(lines);
    for (const secret of [access_token, refresh_token, 'mock-client-secret', 'control-secret-77']) {
      expect(text).not.toContain(secret);
    }
  });

  it('names the rule and the fault a request got', async () => {
    const { logger, lines } = memoryLogger();
    const pbx = createMockPbx({ logger });
    pbx.rules.add({ id: 'bad-gw', answer: { fault: { type: 'proxy-error' } } });
    await request(pbx.app).get(`${API}/message_session/get?id=1`).set(USER_AGENT).expect(502);
    expect(lines[0]).toMatchObject({ status: 502, rule: 'bad-gw', fault: 'proxy-error' });
  });

  it('stays silent without a logger: createMockPbx never writes to stdout or stderr', async () => {
    const out = vi.spyOn(process.stdout, 'write');
    const err = vi.spyOn(process.stderr, 'write');
    const pbx = createMockPbx();
    await login(pbx.app);
    await request(pbx.app).get('/__mock/rules').expect(200);
    expect(out).not.toHaveBeenCalled();
    expect(err).not.toHaveBeenCalled();
  });

  it.each<[string, (app: Express, token: string) => request.Test, number, RegExp]>([
    [
      'a missing parameter',
      (app, token) => apiGet(app, 'message_session/get', { access_token: token }),
      40002,
      /^parameter id: required$/,
    ],
    [
      'an unknown session',
      (app, token) => apiGet(app, 'message_session/get', { access_token: token, id: 999999 }),
      60001,
      /^no session 999999$/,
    ],
    [
      'a revoked or made-up token',
      (app) => apiGet(app, 'message_session/get', { access_token: 'A'.repeat(32), id: 1 }),
      10004,
      /^access_token unknown: never issued, revoked/,
    ],
    [
      'a Bearer header instead of access_token',
      (app, token) =>
        apiGet(app, 'message_session/get', { id: 1 }).set('Authorization', `Bearer ${token}`),
      10004,
      /^no access_token in the query \(a Bearer header is ignored/,
    ],
    [
      'the wrong method',
      (app, token) => apiPost(app, `message_session/get?access_token=${token}`, {}),
      10001,
      /^message_session\/get takes GET, not POST$/,
    ],
    [
      'a path of the legacy S-Series API',
      (app) => request(app).get('/api/v2.0.0/login').set(USER_AGENT),
      10001,
      /^\/api\/v2\.0\.0\/login is not under \/openapi\/v1\.0\/$/,
    ],
    [
      'no User-Agent',
      (app) => request(app).get(`${API}/message_session/get?id=1`),
      40002,
      /^no User-Agent header/,
    ],
    [
      'a wrong secret',
      (app) => apiPost(app, 'get_token', { username: 'mock-client-id', password: 'nope' }),
      -1,
      /^wrong client secret \(failed login 1 of 5 from .* before it is blocked\)$/,
    ],
    [
      'a forced errcode',
      (app, token) =>
        apiGet(app, 'message_session/get', { access_token: token, id: 1 }).set(
          'Prefer',
          'errcode=70087',
        ),
      70087,
      /^forced by Prefer: errcode=70087$/,
    ],
  ])(
    'says in the line why a request got a non-zero errcode: %s',
    async (_name, send, errcode, why) => {
      const { logger, lines } = memoryLogger();
      const pbx = createMockPbx({ logger });
      const { access_token } = await login(pbx.app);
      await send(pbx.app, access_token).expect(200);
      const line = lines.at(-1);
      expect(line).toMatchObject({ level: 30, errcode });
      expect(String(line?.why)).toMatch(why);
      expect(JSON.stringify(lines)).not.toContain(access_token);
    },
  );

  it('names the rule that answered an errcode', async () => {
    const { logger, lines } = memoryLogger();
    const pbx = createMockPbx({ logger });
    pbx.rules.add({ id: 'down', answer: { errcode: -2 } });
    await apiGet(pbx.app, 'message_session/get', { id: 1 }).expect(200);
    expect(lines[0]).toMatchObject({
      errcode: -2,
      rule: 'down',
      why: 'rule down answers errcode -2',
    });
  });
});

describe('log levels', () => {
  /** Drives a mock through a lock-out, a misuse and a failure of its own; returns the lines `level` keeps. */
  async function linesAt(level: string) {
    const { logger, lines } = memoryLogger(level);
    const pbx = createMockPbx({ logger, tokenRules: { maxAccessTokens: 1, loginFailureLimit: 2 } });
    const { access_token } = await login(pbx.app);
    // plain requests and device errors: info
    await apiGet(pbx.app, 'message_session/get', { access_token, id: 1 }).expect(200);
    await apiGet(pbx.app, 'message_session/get', { access_token, id: 999999 }).expect(200);
    // the token cap: warn
    await apiPost(pbx.app, 'get_token', {
      username: 'mock-client-id',
      password: 'mock-client-secret',
    }).expect(200);
    // a misuse of the mock: warn
    await apiGet(pbx.app, 'message_session/get', { access_token, id: 1 })
      .set('Prefer', 'code=abc')
      .expect(400);
    await request(pbx.app)
      .post('/__mock/rules')
      .send({ answer: { errcode: 'x' } })
      .expect(400);
    // the mock breaking: error
    vi.spyOn(pbx.sessions, 'get').mockImplementation(() => {
      throw new TypeError('the store broke');
    });
    await apiGet(pbx.app, 'message_session/get', { access_token, id: 1 }).expect(200);
    return lines;
  }

  it('--log-level error logs only the failures of the mock itself, with what broke', async () => {
    const lines = await linesAt('error');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 50, errcode: -2, status: 200 });
    expect(String(lines[0]?.why)).toMatch(/^the mock failed: TypeError: the store broke \(at /);
  });

  it('--log-level warn adds lock-outs and misuses of the mock', async () => {
    const lines = await linesAt('warn');
    expect(lines.map((line) => [line.level, line.errcode ?? line.status])).toEqual([
      [40, 60002],
      [40, 400],
      [40, 400],
      [50, -2],
    ]);
    expect(String(lines[0]?.why)).toMatch(
      /^client mock-client-id already holds 1 live access tokens, the cap; revoke one with del_token, or POST \/__mock\/reset/,
    );
    expect(lines[1]).toMatchObject({
      why: 'PBX_MOCK_BAD_CODE_PREFERENCE: Malformed code preference',
    });
    expect(lines[2]).toMatchObject({ path: '/__mock/rules', control: true });
  });

  it('--log-level info adds a line for every other request', async () => {
    const lines = await linesAt('info');
    expect(lines.filter((line) => line.level === 30)).toHaveLength(3);
    expect(lines).toHaveLength(7);
  });

  it('logs the login failure that blocks an address at warn, and the blocked logins after it', async () => {
    const { logger, lines } = memoryLogger('warn');
    const pbx = createMockPbx({ logger, tokenRules: { loginFailureLimit: 2 } });
    const wrong = { username: 'mock-client-id', password: 'wrong' };
    for (let i = 0; i < 3; i++) await apiPost(pbx.app, 'get_token', wrong).expect(200);
    expect(lines.map((line) => line.errcode)).toEqual([-1, 70004]);
    expect(String(lines[0]?.why)).toMatch(
      /failed login 2 of 2 from .*, which is now blocked for 600 s \(70004\)$/,
    );
    expect(String(lines[1]?.why)).toMatch(
      /is blocked after 2 failed logins.*POST \/__mock\/reset lifts it/,
    );
  });
});
