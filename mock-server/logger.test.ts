import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMockPbx } from './app.js';
import { API, USER_AGENT, login } from './test-support/device.js';

/** A pino logger writing into an array of parsed lines. */
function memoryLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const text of chunk.toString().split('\n')) {
        if (text.trim()) lines.push(JSON.parse(text) as Record<string, unknown>);
      }
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
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
});
