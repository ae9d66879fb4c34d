/** Issued tokens are masked in logs and the journal wherever a client puts them, not only by parameter name. */
import { Writable } from 'node:stream';
import pino from 'pino';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { API, USER_AGENT, login } from '../test-support/device.js';
import { maskIssuedTokens } from './token-mask.js';

function memoryLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

const PLACES: [string, (token: string) => string][] = [
  ['as token=', (t) => `message_session/get?id=1&token=${t}`],
  ['as ACCESS_TOKEN=', (t) => `message_session/get?id=1&ACCESS_TOKEN=${t}`],
  ['as a parameter name', (t) => `message_session/get?id=1&${t}=1`],
  ['in a path segment', (t) => `message_session/${t}/get?id=1`],
  ['after a ; in the path', (t) => `message_session/get;jsessionid=${t}?id=1`],
  ['after a ; in the query', (t) => `message_session/get?id=1;access_token=${t}`],
  [
    'percent-encoded',
    (t) =>
      `message_session/get?id=1&t=${[...t].map((c) => `%${c.charCodeAt(0).toString(16)}`).join('')}`,
  ],
  ['glued to other text', (t) => `message_session/get?id=1&q=Bearer_${t}x`],
];

describe('issued tokens in logs and the journal', () => {
  it.each(PLACES)('are masked %s', async (_where, place) => {
    const { logger, lines } = memoryLogger();
    const pbx = createMockPbx({ logger });
    const { access_token, refresh_token } = await login(pbx.app);
    for (const token of [access_token, refresh_token]) {
      const res = await request(pbx.app)
        .get(`${API}/${place(token)}`)
        .set(USER_AGENT);
      expect(res.status).toBe(200);
    }
    const journal = await request(pbx.app).get('/__mock/journal');
    expect(journal.status).toBe(200);
    const kept = JSON.stringify(journal.body);
    expect(kept).toContain('***');
    await new Promise<void>((resolve) => setImmediate(resolve));
    const logged = lines.join('');
    expect(logged).toContain('***');
    for (const text of [kept, logged]) {
      expect(text).not.toContain(access_token);
      expect(text).not.toContain(refresh_token);
      expect(text).not.toContain(access_token.slice(0, 12));
    }
  });

  it('stay masked once revoked, and a header carrying one is never logged or kept', async () => {
    const { logger, lines } = memoryLogger();
    const pbx = createMockPbx({ logger });
    const { access_token } = await login(pbx.app);
    await request(pbx.app)
      .get(`${API}/del_token`)
      .query({ access_token })
      .set(USER_AGENT)
      .expect(200);
    await request(pbx.app)
      .get(`${API}/message_session/get?id=1&token=${access_token}`)
      .set(USER_AGENT)
      .set('Authorization', `Bearer ${access_token}`)
      .expect(200);
    const journal = await request(pbx.app).get('/__mock/journal').expect(200);
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(JSON.stringify(journal.body) + lines.join('')).not.toContain(access_token);
  });

  it('leave a request line without an issued token as it came', () => {
    const url = `${API}/message_session/get?id=1&x=${'A'.repeat(32)}&y=%zz`;
    expect(maskIssuedTokens(url, () => false)).toBe(url);
  });
});
