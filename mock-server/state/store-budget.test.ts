/**
 * Every store has a byte budget: a full one answers clearly (409 problem+json to control requests), frees
 * room as things are removed or reset, and lists itself as a stream, whatever it holds.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createMockPbx } from '../app.js';
import { parseBudgets, parseSize } from '../cli/cli-options.js';
import { Journal, JOURNAL_ENTRY_BYTES } from '../scenarios/journal.js';
import { ByteBudget, resolveBudgets, StoreFull } from './store-budget.js';
import { API, USER_AGENT, expectSchema } from '../test-support/device.js';

const sms = (name: string) => ({
  channel_type: 'sms',
  did_number: '+15550100',
  to_number: '+15550199',
  user_info: { user_id: 0, user_no: '+15550199', user_type: 2, avatar: '', username: name },
  channel_name: 'SMS Test',
  origin: '',
});

function expectFull(res: request.Response, store: string): void {
  expect(res.status).toBe(409);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expectSchema('MockProblemDocument', res.body);
  expect(res.body).toMatchObject({ code: 'PBX_MOCK_STORE_FULL', store });
  expect((res.body as { detail: string }).detail).toContain(`--budget ${store}=`);
}

describe('the sessions budget', () => {
  it('refuses a session past it with 409, and makes room again on delete and reset', async () => {
    const pbx = createMockPbx({ budgets: { sessions: 100_000 } });
    const big = sms('x'.repeat(30_000));
    const added: number[] = [];
    let res = await request(pbx.app).post('/__mock/sessions').send({ info: big });
    while (res.status === 201) {
      added.push((res.body as { info: { id: number } }).info.id);
      res = await request(pbx.app).post('/__mock/sessions').send({ info: big });
    }
    expectFull(res, 'sessions');
    expect(added).toHaveLength(3);
    expect(pbx.sessions.budget.used).toBeLessThanOrEqual(100_000);
    // a replacement is charged its own size, less what it replaces
    await request(pbx.app).post(`/__mock/sessions/${added[0]}`).send({ info: big }).expect(200);
    await request(pbx.app).delete(`/__mock/sessions/${added[1]}`).expect(204);
    await request(pbx.app).post('/__mock/sessions').send({ info: big }).expect(201);
    await request(pbx.app).post('/__mock/reset').expect(200);
    expect(pbx.sessions.budget.used).toBe(0);
  });

  it('counts removed seeded sessions too, so deleting every id cannot grow memory', async () => {
    const pbx = createMockPbx({ budgets: { sessions: 40 } });
    await request(pbx.app).delete('/__mock/sessions/1').expect(204);
    await request(pbx.app).delete('/__mock/sessions/2').expect(204);
    expectFull(await request(pbx.app).delete('/__mock/sessions/3'), 'sessions');
  });

  it('lists them streamed, as valid JSON', async () => {
    const pbx = createMockPbx({ budgets: { sessions: 2_000_000 } });
    const big = sms('y'.repeat(100_000));
    for (let i = 0; i < 12; i++) {
      await request(pbx.app).post('/__mock/sessions').send({ info: big }).expect(201);
    }
    const res = await request(pbx.app).get('/__mock/sessions').expect(200);
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expectSchema('ControlSessionList', res.body);
    expect((res.body as { changed: unknown[] }).changed).toHaveLength(12);
  });
});

describe('the rules budget', () => {
  it('refuses a rule past it with 409, lists what it holds, and frees room on delete', async () => {
    const pbx = createMockPbx({ budgets: { rules: 20_000 } });
    const rule = (id: string) => ({
      id,
      match: { headers: { 'x-case': 'v'.repeat(1000) } },
      answer: { errcode: 60001 },
    });
    let n = 0;
    let res = await request(pbx.app)
      .post('/__mock/rules')
      .send(rule(`r${n}`));
    while (res.status === 201)
      res = await request(pbx.app)
        .post('/__mock/rules')
        .send(rule(`r${++n}`));
    expectFull(res, 'rules');
    expect(n).toBeGreaterThan(10);
    const list = await request(pbx.app).get('/__mock/rules').expect(200);
    expectSchema('ControlRuleList', list.body);
    expect((list.body as { rules: unknown[] }).rules).toHaveLength(n);
    await request(pbx.app).delete('/__mock/rules/r0').expect(204);
    await request(pbx.app).post('/__mock/rules').send(rule('again')).expect(201);
    expect(() => pbx.rules.add(rule('from-the-handle'))).toThrow(StoreFull);
  });
});

describe('the journal budget', () => {
  it('keeps huge request lines within it, however many entries --journal-size allows', async () => {
    const pbx = createMockPbx({ journalSize: 1_000_000, budgets: { journal: 100_000 } });
    const long = 'a'.repeat(15_000);
    for (let i = 0; i < 20; i++) {
      await request(pbx.app)
        .get(`${API}/message_session/get?id=${i}&pad=${long}`)
        .set(USER_AGENT)
        .expect(200);
    }
    expect(pbx.journal.bytes).toBeLessThanOrEqual(100_000);
    expect(pbx.journal.size).toBe(6);
    const res = await request(pbx.app).get('/__mock/journal').expect(200);
    expectSchema('ControlJournal', res.body);
    const body = res.body as { total: number; entries: { seq: number }[] };
    expect(body.total).toBe(20);
    expect(body.entries.map((e) => e.seq)).toEqual([15, 16, 17, 18, 19, 20]);
  });

  it('forgets the oldest first, and keeps none of a line larger than the whole budget', () => {
    const journal = new Journal(10, Date.now, 3 * (100 + JOURNAL_ENTRY_BYTES));
    const record = (url: string) =>
      journal.record({
        method: 'GET',
        url,
        endpoint: undefined,
        status: 200,
        errcode: 0,
        rule: undefined,
        fault: undefined,
      });
    for (let i = 0; i < 5; i++) record(`/${String(i).padStart(99, '0')}`);
    expect(journal.entries().map((e) => e.seq)).toEqual([3, 4, 5]);
    record(`/${'x'.repeat(10_000)}`);
    expect(journal.entries().map((e) => e.seq)).toEqual([3, 4, 5]);
    expect(journal.total).toBe(6);
  });
});

describe('budget options', () => {
  it('take sizes with binary units, and STORE=SIZE lists', () => {
    expect(parseSize('64MB')).toBe(64 * 1024 ** 2);
    expect(parseSize('512kb')).toBe(512 * 1024);
    expect(parseSize('1.5g')).toBe(1.5 * 1024 ** 3);
    expect(parseBudgets('journal=16MB;rules=1mb')).toEqual({
      journal: 16 * 1024 ** 2,
      rules: 1024 ** 2,
    });
  });

  it.each(['lots', '-1', '17GB', '12 parsecs'])('refuse the size %j', (raw) => {
    expect(() => parseSize(raw)).toThrow(/expected a size such as 64MB/);
  });

  it.each(['subscribers=1MB', 'journal', 'journal=1MB=2'])('refuse the budget %j', (raw) => {
    expect(() => parseBudgets(raw)).toThrow(/expected STORE=SIZE/);
  });

  it('refuse an unknown store or a negative budget from createMockPbx', () => {
    expect(() => resolveBudgets({ ['events' as 'rules']: 1 })).toThrow(RangeError);
    expect(() => createMockPbx({ budgets: { rules: -1 } })).toThrow(RangeError);
    expect(() => new ByteBudget('rules', 0.5)).toThrow(RangeError);
  });
});
