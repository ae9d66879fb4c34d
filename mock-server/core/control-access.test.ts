import request from 'supertest';
import { afterEach, describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { listen } from '../server.js';
import { CONTROL_TOKEN_HEADER, controlAccess, isLoopback } from './control-access.js';
import { call, startMock } from '../test-support/live.js';
import type { LiveMock } from '../test-support/live.js';

const UNKNOWN_PATH = { errcode: 10001, errmsg: 'INTERFACE NOT EXISTED' };

let mock: LiveMock | undefined;

afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

/** The parsed JSON answer of a raw call, with its status. */
async function json(path: string, options: Parameters<typeof call>[2] = {}) {
  const result = await call(mock?.url ?? '', path, options);
  if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
  return { status: result.status, body: JSON.parse(result.text) as unknown };
}

describe('control-API protection on a non-loopback bind (bindHost 0.0.0.0; tests listen on loopback only)', () => {
  it('is off without a token: /__mock/* answers exactly like an unknown device path', async () => {
    mock = await startMock({ bindHost: '0.0.0.0' });
    expect(mock.pbx.control.enabled).toBe(false);
    const unknown = await json('/no/such/path');
    for (const path of ['/__mock/rules', '/__mock/journal', '/__mock/openapi.json', '/__mock']) {
      expect(await json(path), path).toEqual({ status: 200, body: UNKNOWN_PATH });
      expect(await json(path), path).toEqual(unknown);
    }
    const post = await json('/__mock/rules', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ answer: { errcode: 60001 } }),
    });
    expect(post).toEqual({ status: 200, body: UNKNOWN_PATH });
    expect(mock.pbx.rules.size).toBe(0);
  });

  it('with a control token: requires it (401 problem without or with a wrong one), then works', async () => {
    mock = await startMock({ bindHost: '0.0.0.0', controlToken: 'open-sesame-42' });
    const missing = await json('/__mock/rules');
    expect(missing.status).toBe(401);
    expect(missing.body).toMatchObject({ code: 'PBX_MOCK_UNAUTHORIZED' });
    expect(JSON.stringify(missing.body)).not.toContain('open-sesame-42');
    const wrong = await json('/__mock/rules', { headers: { [CONTROL_TOKEN_HEADER]: 'guess' } });
    expect(wrong.status).toBe(401);
    const right = await json('/__mock/rules', {
      headers: { [CONTROL_TOKEN_HEADER]: 'open-sesame-42' },
    });
    expect(right).toEqual({ status: 200, body: { rules: [] } });
  });

  it('leaves the device API as it was', async () => {
    mock = await startMock({ bindHost: '0.0.0.0' });
    const login = await json('/openapi/v1.0/get_token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'mock-client-id', password: 'mock-client-secret' }),
    });
    expect(login.body).toMatchObject({ errcode: 0 });
  });
});

describe('control-API exposure', () => {
  it('is on by default in-process (loopback), off with control: false', async () => {
    expect(createMockPbx().control.enabled).toBe(true);
    const off = createMockPbx({ control: false });
    const res = await request(off.app).get('/__mock/rules').set('User-Agent', 'OpenAPI');
    expect(res.status).toBe(200);
    expect(res.body).toEqual(UNKNOWN_PATH);
  });

  it('off entirely wins over a token', () => {
    expect(controlAccess({ control: false, controlToken: 't' }).enabled).toBe(false);
  });

  it('a token is required on loopback too once it is set', async () => {
    const pbx = createMockPbx({ controlToken: 'tok' });
    await request(pbx.app).get('/__mock/clock').expect(401);
    await request(pbx.app).get('/__mock/clock').set(CONTROL_TOKEN_HEADER, 'tok').expect(200);
  });

  it('refuses to listen beyond loopback when control is on without a token, instead of exposing it', async () => {
    const pbx = createMockPbx();
    for (const host of ['0.0.0.0', '::', '192.168.1.20', '']) {
      await expect(listen(pbx.app, host, 0), host).rejects.toThrow(/control token/);
    }
    const running = await listen(pbx.app, '127.0.0.1', 0);
    await running.close();
  });

  it('refuses an empty token', () => {
    expect(() => createMockPbx({ controlToken: '' })).toThrow(RangeError);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['localhost', true],
    ['::1', true],
    ['[::1]', true],
    ['0:0:0:0:0:0:0:1', true],
    ['::ffff:127.0.0.1', true],
    ['0.0.0.0', false],
    ['::', false],
    ['192.168.1.20', false],
    ['10.0.0.1', false],
    ['::ffff:10.0.0.1', false],
    ['pbx.example.com', false],
  ])('treats %s as loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
    expect(controlAccess({ bindHost: host }).enabled).toBe(loopback);
  });
});
