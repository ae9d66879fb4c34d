import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import request from 'supertest';
import { historyFaults } from '../../fixtures/test-support/history-rules.js';
import { DEFAULT_SESSION_COUNT, sessionIds } from '../../fixtures/session-set.js';
import type {
  FileInfo,
  MsgRecord,
  MsgSessionRecords,
  SessionInfo,
  SessionListItem,
} from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import { API, USER_AGENT, apiGet, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;

beforeAll(() => {
  pbx = createMockPbx();
});

beforeEach(async () => {
  pbx.reset();
  token = (await login(pbx.app)).access_token;
});

async function messages(query: Record<string, string | number>) {
  const res = await apiGet(pbx.app, 'message/get', { access_token: token, ...query });
  expect(res.status).toBe(200);
  return res;
}

async function page(id: number, pageSize: number, cursor?: number): Promise<MsgRecord[]> {
  const res = await messages({
    id,
    page_size: pageSize,
    ...(cursor === undefined ? {} : { last_msg_id: cursor }),
  });
  expectSchema('MessageGetAnswer', res.body);
  const data = (res.body as { data: MsgSessionRecords }).data;
  expect(data.session_id).toBe(id);
  return data.records;
}

/** Every message of session `id`, newest first, paged back `pageSize` at a time. */
async function wholeHistory(id: number, pageSize: number): Promise<MsgRecord[][]> {
  const pages: MsgRecord[][] = [];
  let cursor: number | undefined;
  for (;;) {
    const records = await page(id, pageSize, cursor);
    pages.push(records);
    if (records.length === 0) return pages;
    cursor = records.at(-1)?.msg_id;
    expect(pages.length).toBeLessThan(1100);
  }
}

async function listed(): Promise<SessionListItem[]> {
  const res = await apiGet(pbx.app, 'message_session/list', {
    access_token: token,
    page_size: 1000,
    user_type: 9,
  });
  return (res.body as { list: SessionListItem[] }).list;
}

async function sessionInfo(id: number): Promise<SessionInfo> {
  const res = await apiGet(pbx.app, 'message_session/get', { access_token: token, id });
  return (res.body as { list: SessionInfo }).list;
}

async function putShape(id: number, body: unknown) {
  return request(pbx.app)
    .put(`/__mock/sessions/${id}/history`)
    .send(body as object);
}

describe('message/get', () => {
  it("serves session 2862's history: the visitor's opening and the transfer to a queue nobody picked up", async () => {
    const records = await page(2862, 20);
    expect(records.map((m) => [m.msg_id, m.msg_type])).toEqual([
      [2862001, 6],
      [2862000, 0],
    ]);
    const session = await sessionInfo(2862);
    for (const m of records) {
      // the live chat visitor of the seed page writes; no participant has answered yet
      expect(m.sender).toEqual({
        user_no: session.user_info.user_no,
        user_type: 5,
        username: session.user_info.username,
      });
      expect(session.participants?.map((p) => p.user_no)).not.toContain(m.sender.user_no);
    }
    expect(records[1]?.msg_body).toContain(session.pre_chat_form?.first_name ?? '?');
    expect(JSON.parse(records[0]?.param ?? '')).toMatchObject({ destination_type: 'queue' });
  });

  it("agrees with every session of the default set: newest msg_id is the session's last_msg_id, and the history fits the session", async () => {
    const ids = sessionIds(DEFAULT_SESSION_COUNT);
    expect(ids).toHaveLength(49);
    for (const id of ids) {
      const record = pbx.sessions.get(id);
      if (!record) throw new Error(`no session ${id}`);
      const [records = []] = await wholeHistory(id, 1000);
      expect(records[0]?.msg_id).toBe(record.state.last_msg_id);
      expect(historyFaults(record, records)).toEqual([]);
    }
    // and list shows the same last_msg_id for the sessions it lists
    for (const item of await listed()) {
      expect((await page(item.id, 1))[0]?.msg_id).toBe(item.last_msg_id);
    }
  });

  it('sends msg_files and param as JSON-encoded strings, not as arrays or objects', async () => {
    const pages = await Promise.all([1, 2, 3, 9, 10, 13].map((id) => page(id, 1000)));
    const all = pages.flat();
    const withFiles = all.filter((m) => m.msg_files !== '[]');
    const system = all.filter((m) => ![0, 4].includes(m.msg_type));
    expect(withFiles.length).toBeGreaterThan(0);
    expect(system.length).toBeGreaterThan(0);
    for (const m of all) {
      expect(typeof m.msg_files).toBe('string');
      expect(typeof m.param).toBe('string');
      const files = JSON.parse(m.msg_files) as FileInfo[];
      expect(Array.isArray(files)).toBe(true);
      for (const f of files) expectSchema('FileInfo', f);
    }
    for (const m of system) expect(typeof JSON.parse(m.param)).toBe('object');
  });

  it('answers a page asked for again with the same bytes, and a changed history with its new page', async () => {
    const first = await messages({ id: 3, page_size: 7 });
    const again = await messages({ id: 3, page_size: 7 });
    expect(again.text).toBe(first.text);
    expect(first.text).toBe(JSON.stringify(first.body));
    const query = await apiGet(pbx.app, 'message/query', {
      access_token: token,
      ids: '3,2862',
      page_size: 7,
    });
    expect(query.text).toBe(JSON.stringify(query.body));
    expect((query.body as { data: MsgSessionRecords[] }).data[0]).toEqual(
      (first.body as { data: MsgSessionRecords }).data,
    );
    expect(
      (await putShape(3, { newest: [{ from: 'customer', msg_body: 'changed' }] })).status,
    ).toBe(200);
    const changed = await page(3, 7);
    expect(changed[0]?.msg_body).toBe('changed');
    // a session changed through the store (closed) gets its closing message at once
    expect(
      (
        await request(pbx.app)
          .patch('/__mock/sessions/3')
          .send({ state: { is_close: 1 } })
      ).status,
    ).toBe(200);
    expect([2, 3]).toContain((await page(3, 7))[0]?.msg_type);
  });

  it('holds its page under data, an object, not under list', async () => {
    const res = await messages({ id: 1, page_size: 5 });
    expect(Object.keys(res.body as object)).toEqual(['errcode', 'errmsg', 'data']);
    expect(Array.isArray((res.body as { data: unknown }).data)).toBe(false);
    expect(res.body).not.toHaveProperty('total_number');
  });

  it('pages back through a long history: each page older, no message twice, the page size honoured, an end', async () => {
    const shaped = await putShape(2, { name: 'long' });
    expect(shaped.status).toBe(200);
    const pages = await wholeHistory(2, 20);
    expect(pages.map((p) => p.length)).toEqual([...Array<number>(25).fill(20), 0]);
    const ids = pages.flat().map((m) => m.msg_id);
    expect(new Set(ids).size).toBe(500);
    for (let i = 1; i < pages.length - 1; i++) {
      const newestOfPage = pages[i]?.[0]?.msg_id ?? Infinity;
      expect(newestOfPage).toBeLessThan(pages[i - 1]?.at(-1)?.msg_id ?? 0);
    }
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    // page sizes that do not divide the history end with a short page
    expect((await wholeHistory(2, 300)).map((p) => p.length)).toEqual([300, 200, 0]);
  });

  it('starts below a cursor that is no message id, and answers an empty page below the oldest', async () => {
    const [newest, older] = await page(1, 2);
    // any id between two messages is a cursor: the page starts at the older one
    const between = await page(1, 1, (older?.msg_id ?? 0) + 1);
    expect(between[0]?.msg_id).toBe(older?.msg_id);
    expect(await page(1, 5, 1)).toEqual([]);
    expect((await page(1, 1, 999_999_999))[0]?.msg_id).toBe(newest?.msg_id);
  });

  it('answers 60001 DATA NOT FOUND for a session the PBX does not hold', async () => {
    for (const id of [49, 0, 999_999_999]) {
      expect((await messages({ id, page_size: 10 })).body).toEqual({
        errcode: 60001,
        errmsg: 'DATA NOT FOUND',
      });
    }
  });

  it('answers 40002 naming the parameter that is missing or bad', async () => {
    const cases: [Record<string, string | number>, string, string?][] = [
      [{ page_size: 10 }, 'id', 'required'],
      [{ id: 1 }, 'page_size', 'required'],
      [{ id: 'x', page_size: 10 }, 'id'],
      [{ id: 1, page_size: 0 }, 'page_size'],
      [{ id: 1, page_size: 1001 }, 'page_size'],
      [{ id: 1, page_size: '1.5' }, 'page_size'],
      [{ id: 1, page_size: 10, last_msg_id: '-1' }, 'last_msg_id'],
    ];
    for (const [query, field, validation] of cases) {
      const res = await messages(query);
      expectSchema('ErrorAnswer', res.body);
      expect(res.body).toMatchObject({ errcode: 40002, errmsg: 'PARAMETER ERROR' });
      const list = (res.body as { invalid_param_list: { field: string }[] }).invalid_param_list;
      expect(list.map((p) => p.field)).toEqual([field]);
      if (validation) expect(list[0]).toEqual({ field, validation_type: validation });
    }
  });

  it('answers 10004 without a live access token', async () => {
    const none = await request(pbx.app)
      .get(`${API}/message/get`)
      .query({ id: 1, page_size: 5 })
      .set(USER_AGENT);
    expect(none.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
    const wrong = await apiGet(pbx.app, 'message/get', {
      access_token: 'not-a-token',
      id: 1,
      page_size: 5,
    });
    expect(wrong.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('answers a forced errcode and a rule like every endpoint', async () => {
    const forced = await request(pbx.app)
      .get(`${API}/message/get`)
      .query({ id: 1, page_size: 5, access_token: token })
      .set({ ...USER_AGENT, Prefer: 'errcode=60002' });
    expect(forced.body).toMatchObject({ errcode: 60002 });
    const rule = await request(pbx.app)
      .post('/__mock/rules')
      .send({ id: 'busy', match: { path: 'message/get' }, answer: { errcode: 10005 }, times: 1 });
    expect(rule.status).toBe(201);
    expect((await messages({ id: 1, page_size: 5 })).body).toMatchObject({ errcode: 10005 });
    expect((await messages({ id: 1, page_size: 5 })).body).toMatchObject({ errcode: 0 });
    const truncated = await request(pbx.app)
      .post('/__mock/rules')
      .send({ match: { path: 'message/query' }, answer: { fault: { type: 'truncated' } } });
    expect(truncated.status).toBe(201);
    const res = await apiGet(pbx.app, 'message/query', {
      access_token: token,
      ids: '1',
      page_size: 5,
    })
      .buffer(true)
      .parse((r, done) => {
        let text = '';
        r.on('data', (chunk: Buffer) => (text += chunk.toString()));
        r.on('end', () => done(null, text));
        r.on('error', () => done(null, text));
      });
    expect(() => JSON.parse(res.body as string) as unknown).toThrow();
    const journal = await request(pbx.app).get('/__mock/journal');
    expect((journal.body as { counts: Record<string, number> }).counts).toMatchObject({
      'message/get': 3,
      'message/query': 1,
    });
  });
});

describe('message/query', () => {
  it('answers the newest messages of each session asked for, in that order, under data; unknown ids left out', async () => {
    const res = await apiGet(pbx.app, 'message/query', {
      access_token: token,
      ids: '2862,49,1,2862',
      page_size: 1,
    });
    expectSchema('MessageQueryAnswer', res.body);
    const data = (res.body as { data: MsgSessionRecords[] }).data;
    expect(data.map((d) => d.session_id)).toEqual([2862, 1]);
    for (const d of data) {
      expect(d.records).toHaveLength(1);
      expect(d.records[0]?.msg_id).toBe(pbx.sessions.get(d.session_id)?.state.last_msg_id);
    }
    expect(res.body).not.toHaveProperty('list');
  });

  it('answers 40002 naming ids or page_size', async () => {
    for (const [query, field] of [
      [{ page_size: 1 }, 'ids'],
      [{ ids: '1' }, 'page_size'],
      [{ ids: '1,,2', page_size: 1 }, 'ids'],
      [{ ids: Array.from({ length: 101 }, (_, i) => i + 1).join(','), page_size: 1 }, 'ids'],
    ] as const) {
      const res = await apiGet(pbx.app, 'message/query', { access_token: token, ...query });
      expect(res.body).toMatchObject({
        errcode: 40002,
        invalid_param_list: [{ field }],
      });
    }
  });
});
