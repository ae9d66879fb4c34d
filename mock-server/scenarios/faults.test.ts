import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { delayMs } from './rules.js';
import { FaultPlayer, spoilBody, proxyErrorPage } from './faults.js';
import { call, liveToken, startMock } from '../test-support/live.js';
import type { LiveMock } from '../test-support/live.js';

const GET_5 = '/openapi/v1.0/message_session/get?id=5';

let mock: LiveMock;
let token: string;

beforeEach(async () => {
  mock = await startMock();
  token = await liveToken(mock.url);
});

afterEach(async () => {
  await mock.close();
});

async function addRule(rule: unknown): Promise<void> {
  const res = await call(mock.url, '/__mock/rules', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(rule),
  });
  expect(res.kind === 'answer' && res.status).toBe(201);
}

function get5(timeoutMs?: number) {
  return call(
    mock.url,
    `${GET_5}&access_token=${token}`,
    timeoutMs === undefined ? {} : { timeoutMs },
  );
}

describe('faults, as the client sees them on a real socket', () => {
  it('reset: the connection is reset (ECONNRESET on read), and the next request is served', async () => {
    await addRule({
      match: { path: 'message_session/get' },
      answer: { fault: { type: 'reset' } },
      times: 1,
    });
    const broken = await get5();
    // a reset reads as "read ECONNRESET"; a plain close would be "socket hang up"
    expect(broken).toMatchObject({
      kind: 'error',
      code: 'ECONNRESET',
      message: expect.stringMatching(/ECONNRESET/) as unknown,
    });
    const next = await get5();
    expect(next).toMatchObject({ kind: 'answer', status: 200 });
  });

  it('empty: the connection closes without a single byte of reply', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { fault: { type: 'empty' } } });
    const result = await get5();
    expect(result).toMatchObject({ kind: 'error', message: 'socket hang up' });
  });

  it('empty after a POST body: the body is read first, so the client still sees a close, not a reset', async () => {
    await addRule({ match: { path: 'get_token' }, answer: { fault: { type: 'empty' } } });
    const result = await call(mock.url, '/openapi/v1.0/get_token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'mock-client-id', password: 'x'.repeat(50_000) }),
    });
    expect(result).toMatchObject({ kind: 'error', message: 'socket hang up' });
  });

  it('truncated: HTTP 200 with the JSON answer cut short, which does not parse', async () => {
    await addRule({
      match: { path: 'message_session/get' },
      answer: { fault: { type: 'truncated' } },
    });
    const result = await get5();
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.status).toBe(200);
    expect(result.headers['content-type']).toMatch(/^application\/json/);
    expect(result.text.startsWith('{"errcode":0,"errmsg":"SUCCESS","list":{')).toBe(true);
    expect(() => JSON.parse(result.text) as unknown).toThrow(SyntaxError);
  });

  it('malformed: HTTP 200 with a body that looks like JSON and is not', async () => {
    await addRule({
      match: { path: 'message_session/get' },
      answer: { fault: { type: 'malformed' } },
    });
    const result = await get5();
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.status).toBe(200);
    expect(result.text).toMatch(/^\{errcode:0,/);
    expect(() => JSON.parse(result.text) as unknown).toThrow(SyntaxError);
  });

  it.each([502, 503, 504])(
    'proxy-error %i: a reverse proxy HTML page with that status',
    async (status) => {
      await addRule({
        match: { path: 'message_session/get' },
        answer: { fault: { type: 'proxy-error', status } },
      });
      const result = await get5();
      if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
      expect(result.status).toBe(status);
      expect(result.headers['content-type']).toMatch(/^text\/html/);
      expect(result.text).toContain(`<title>${status} `);
      expect(result.text).toContain('nginx');
    },
  );

  it('never: no reply until the client gives up; the journal records the fault', async () => {
    await addRule({
      id: 'hang',
      match: { path: 'message_session/get' },
      answer: { fault: { type: 'never' } },
    });
    const result = await get5(300);
    expect(result).toEqual({ kind: 'timeout' });
    const entry = mock.pbx.journal.entries({ rule: 'hang' })[0];
    expect(entry).toMatchObject({ fault: 'never', status: 0 });
    expect(entry?.errcode).toBeUndefined();
  });

  it('never: closing the server ends a held reply (nothing leaks)', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { fault: { type: 'never' } } });
    const pending = get5();
    while (mock.pbx.journal.total < 2) await new Promise((done) => setTimeout(done, 10));
    await mock.running.close();
    expect(await pending).toMatchObject({ kind: 'error', message: 'socket hang up' });
  });

  it('never: reset releases held replies', async () => {
    await addRule({ match: { path: 'message_session/get' }, answer: { fault: { type: 'never' } } });
    const pending = get5();
    while (mock.pbx.journal.total < 2) await new Promise((done) => setTimeout(done, 10));
    const reset = await call(mock.url, '/__mock/reset', { method: 'POST' });
    expect(reset).toMatchObject({ kind: 'answer', status: 200 });
    expect(await pending).toMatchObject({ kind: 'error' });
  });

  it('a delay holds the normal answer back: a client with a short timeout gives up first', async () => {
    await addRule({
      match: { path: 'message_session/get' },
      answer: { delay: { ms: 60_000 } },
      times: 1,
    });
    expect(await get5(200)).toEqual({ kind: 'timeout' });
    const after = await get5();
    expect(after).toMatchObject({ kind: 'answer', status: 200 });
  });

  it('a request the client gave up on during a delay is journaled and counted, with status 0', async () => {
    await addRule({
      id: 'slow',
      match: { path: 'message_session/get' },
      answer: { delay: { ms: 60_000 } },
    });
    expect(await get5(200)).toEqual({ kind: 'timeout' });
    // the server learns of the close a moment after the client gives up
    for (let i = 0; i < 200 && mock.pbx.journal.total < 2; i++) {
      await new Promise((done) => setTimeout(done, 10));
    }
    expect(mock.pbx.journal.counts()).toEqual({ get_token: 1, 'message_session/get': 1 });
    const entry = mock.pbx.journal.entries({ rule: 'slow' })[0];
    expect(entry).toMatchObject({ status: 0, rule: 'slow' });
    expect(entry?.errcode).toBeUndefined();
  });

  it('reset ends a delayed reply without journaling it after the journal was cleared', async () => {
    await addRule({
      id: 'slow',
      match: { path: 'message_session/get' },
      answer: { delay: { ms: 60_000 } },
    });
    const pending = get5();
    while (mock.pbx.rules.get('slow')?.seen !== 1)
      await new Promise((done) => setTimeout(done, 10));
    const reset = await call(mock.url, '/__mock/reset', { method: 'POST' });
    expect(reset).toMatchObject({ kind: 'answer', status: 200 });
    expect(await pending).toMatchObject({ kind: 'error' });
    await new Promise((done) => setTimeout(done, 50));
    expect(mock.pbx.journal.total).toBe(0);
  });

  it('a short delay still ends in the device answer, and the rule that delayed it is journaled', async () => {
    await addRule({ id: 'slow', answer: { delay: { min_ms: 1, max_ms: 20 } } });
    const result = await get5();
    expect(
      result.kind === 'answer' && (JSON.parse(result.text) as { errcode: number }).errcode,
    ).toBe(0);
    expect(mock.pbx.journal.entries({ rule: 'slow' })).toHaveLength(1);
  });

  it('a global fault (a rule without match) hits every device request but not the control API', async () => {
    await addRule({ answer: { fault: { type: 'proxy-error', status: 503 } } });
    expect(await get5()).toMatchObject({ kind: 'answer', status: 503 });
    expect(await call(mock.url, '/openapi/v1.0/get_token', { method: 'POST' })).toMatchObject({
      kind: 'answer',
      status: 503,
    });
    expect(await call(mock.url, '/__mock/rules')).toMatchObject({ kind: 'answer', status: 200 });
  });
});

describe('fault helpers', () => {
  it('holds a delay longer than a Node timer can (rules add up) instead of answering at once', async () => {
    const res = Object.assign(new EventEmitter(), { destroyed: false, socket: null });
    const player = new FaultPlayer();
    let answered = false;
    player.later(
      6_000_000_000,
      res as unknown as ServerResponse,
      () => (answered = true),
      () => (answered = true),
    );
    await new Promise((done) => setTimeout(done, 20));
    expect(answered).toBe(false);
    player.releaseAll();
  });

  it('a fixed delay is that many ms; a random one stays inside its range', () => {
    expect(delayMs({ ms: 250 })).toBe(250);
    expect(delayMs(undefined)).toBe(0);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const ms = delayMs({ min_ms: 10, max_ms: 13 });
      expect(ms).toBeGreaterThanOrEqual(10);
      expect(ms).toBeLessThanOrEqual(13);
      seen.add(ms);
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it('spoils a body so JSON.parse fails either way', () => {
    const body = JSON.stringify({ errcode: 0, errmsg: 'SUCCESS', list: [] });
    for (const kind of ['truncated', 'malformed'] as const) {
      expect(() => JSON.parse(spoilBody(kind, body)) as unknown, kind).toThrow(SyntaxError);
    }
  });

  it('writes the proxy page with the status and its reason', () => {
    expect(proxyErrorPage(504)).toContain('<h1>504 Gateway Time-out</h1>');
  });
});
