import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { ControlJournal } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import { Journal, maskQuery } from './journal.js';
import { API, USER_AGENT, expectSchema, login } from '../test-support/device.js';

async function journal(app: Parameters<typeof request>[0], query = ''): Promise<ControlJournal> {
  const res = await request(app).get(`/__mock/journal${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expectSchema('ControlJournal', res.body);
  return res.body as ControlJournal;
}

describe('the request journal', () => {
  it('keeps only the last N requests, while total and counts cover all of them', async () => {
    const pbx = createMockPbx({ journalSize: 5 });
    const { access_token } = await login(pbx.app);
    for (let id = 1; id <= 11; id++) {
      await request(pbx.app)
        .get(`${API}/message_session/get`)
        .query({ id, access_token })
        .set(USER_AGENT)
        .expect(200);
    }
    const body = await journal(pbx.app);
    expect(body.capacity).toBe(5);
    expect(body.total).toBe(12);
    expect(body.counts).toEqual({ get_token: 1, 'message_session/get': 11 });
    expect(body.entries.map((e) => e.seq)).toEqual([8, 9, 10, 11, 12]);
    expect(body.entries.map((e) => e.query.id)).toEqual(['7', '8', '9', '10', '11']);
  });

  it('masks the access token and records method, path, errcode and the mock time', async () => {
    const pbx = createMockPbx();
    const { access_token } = await login(pbx.app);
    pbx.setClock({ advance: '1h' });
    await request(pbx.app)
      .get(`${API}/message_session/get`)
      .query({ id: 3, access_token })
      .set(USER_AGENT)
      .expect(200);
    const body = await journal(pbx.app);
    const last = body.entries.at(-1);
    expect(last).toMatchObject({
      method: 'GET',
      path: `${API}/message_session/get`,
      query: { id: '3', access_token: '***' },
      status: 200,
      errcode: 10004,
    });
    expect(Date.parse(last?.at ?? '') - Date.now()).toBeGreaterThan(50 * 60_000);
    expect(JSON.stringify(body)).not.toContain(access_token);
  });

  it('counts per endpoint, so a test can check that its client refreshed exactly once', async () => {
    const pbx = createMockPbx();
    const { refresh_token } = await login(pbx.app);
    await request(pbx.app).post(`${API}/refresh_token`).set(USER_AGENT).send({ refresh_token });
    await request(pbx.app).get('/openapi/v1.0/no_such_thing').set(USER_AGENT);
    const body = await journal(pbx.app);
    expect(body.counts).toEqual({ get_token: 1, refresh_token: 1, '(unknown)': 1 });
    expect(pbx.journal.counts().refresh_token).toBe(1);
  });

  it('filters by path (name or full), method, errcode and rule, and limits to the newest', async () => {
    const pbx = createMockPbx();
    pbx.rules.add({ id: 'nf', match: { query: { id: '2' } }, answer: { errcode: 60001 } });
    const { access_token } = await login(pbx.app);
    for (const id of [1, 2, 3, 2]) {
      await request(pbx.app)
        .get(`${API}/message_session/get`)
        .query({ id, access_token })
        .set(USER_AGENT);
    }
    expect((await journal(pbx.app, '?path=message_session/get')).entries).toHaveLength(4);
    expect((await journal(pbx.app, `?path=${API}/get_token&method=POST`)).entries).toHaveLength(1);
    expect((await journal(pbx.app, '?errcode=60001')).entries.map((e) => e.rule)).toEqual([
      'nf',
      'nf',
    ]);
    expect((await journal(pbx.app, '?rule=nf&limit=1')).entries.map((e) => e.seq)).toEqual([5]);
  });

  it('does not journal control requests, and is cleared by DELETE and by reset', async () => {
    const pbx = createMockPbx();
    await login(pbx.app);
    await journal(pbx.app);
    expect(pbx.journal.total).toBe(1);
    await request(pbx.app).delete('/__mock/journal').expect(204);
    expect(await journal(pbx.app)).toMatchObject({ total: 0, counts: {}, entries: [] });
    await login(pbx.app);
    await request(pbx.app).post('/__mock/reset').expect(200);
    expect(pbx.journal.total).toBe(0);
  });

  it('answers a malformed filter with a problem naming it', async () => {
    const pbx = createMockPbx();
    const res = await request(pbx.app).get('/__mock/journal?limit=many&colour=red');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'PBX_MOCK_BAD_CONTROL_REQUEST' });
    const fields = (res.body as { errors: { field: string }[] }).errors.map((e) => e.field);
    expect(fields.sort()).toEqual(['colour', 'limit']);
  });
});

describe('Journal', () => {
  it('holds nothing at size 0 but still counts', () => {
    const j = new Journal(0);
    j.record({
      method: 'GET',
      url: '/x',
      endpoint: undefined,
      status: 200,
      errcode: 10001,
      rule: undefined,
      fault: undefined,
    });
    expect(j.entries()).toEqual([]);
    expect(j.total).toBe(1);
  });

  it('returns the newest matching entries, oldest first, once the ring has wrapped', () => {
    const j = new Journal(4);
    for (let n = 1; n <= 7; n++) {
      j.record({
        method: n % 2 === 0 ? 'POST' : 'GET',
        url: `/openapi/v1.0/get_token?n=${n}`,
        endpoint: 'get_token',
        status: 200,
        errcode: n === 7 ? 10004 : 0,
        rule: n >= 5 ? 'late' : undefined,
        fault: undefined,
      });
    }
    const seqs = (filter: Parameters<Journal['entries']>[0]) => j.entries(filter).map((e) => e.seq);
    expect(seqs({})).toEqual([4, 5, 6, 7]);
    expect(seqs({ limit: 2 })).toEqual([6, 7]);
    expect(seqs({ limit: 0 })).toEqual([]);
    expect(seqs({ method: 'GET' })).toEqual([5, 7]);
    expect(seqs({ rule: 'late', limit: 2 })).toEqual([6, 7]);
    expect(seqs({ errcode: 0, path: 'get_token' })).toEqual([4, 5, 6]);
    expect(seqs({ errcode: 0, path: '/openapi/v1.0/get_token', limit: 1 })).toEqual([6]);
    expect(seqs({ path: 'del_token' })).toEqual([]);
  });

  it('summarises a huge path or query instead of showing it', () => {
    const j = new Journal(2);
    const url = `/${'p'.repeat(5000)}?q=${'x'.repeat(10_000)}&access_token=secret`;
    j.record({
      method: 'GET',
      url,
      endpoint: undefined,
      status: 200,
      errcode: 10001,
      rule: undefined,
      fault: undefined,
    });
    const [entry] = j.entries();
    expect(entry?.path.length).toBeLessThan(1100);
    expect(entry?.query).toEqual({
      '(query)': expect.stringMatching(/bytes, not shown/) as unknown,
    });
    expect(JSON.stringify(entry)).not.toContain('secret');
  });

  it('refuses a size outside 0..1000000', () => {
    expect(() => new Journal(-1)).toThrow(RangeError);
    expect(() => new Journal(1.5)).toThrow(RangeError);
  });

  it('masks every access_token value, repeated ones too', () => {
    expect(maskQuery({ access_token: ['a', 'b'], id: '1' })).toEqual({
      access_token: ['***', '***'],
      id: '1',
    });
    const plain = { id: '1' };
    expect(maskQuery(plain)).toBe(plain);
  });

  it('masks a refresh token or a client secret a faulty client puts in the query', () => {
    expect(maskQuery({ refresh_token: 'r', password: ['p', 'q'], username: 'u' })).toEqual({
      refresh_token: '***',
      password: ['***', '***'],
      username: 'u',
    });
  });
});
