import { beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { ALL_VARIANTS, USER_TYPE_BY_CHANNEL, variantName } from '../../fixtures/variants.js';
import { seedPageExample } from '../../fixtures/test-support/seed-page.js';
import type { SessionInfo, SessionListItem } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import { apiGet, expectSchema, login } from '../test-support/device.js';

let app: Express;
let token: string;

beforeAll(async () => {
  app = createMockPbx().app;
  token = (await login(app)).access_token;
});

function get(id: number | string) {
  return apiGet(app, 'message_session/get', { access_token: token, id });
}

function page(endpoint: string, query: Record<string, string | number>) {
  return apiGet(app, `message_session/${endpoint}`, { access_token: token, ...query });
}

describe('message_session/get', () => {
  it('serves session 2862 byte for byte as the seed page shows it', async () => {
    const res = await get(2862);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.text).toBe(JSON.stringify(seedPageExample()));
    expectSchema('MessageSessionGetAnswer', res.body);
  });

  it.each(ALL_VARIANTS.map((v, i) => [variantName(v), i + 1, v] as const))(
    'serves a valid %s session (id %i)',
    async (_name, id, variant) => {
      const res = await get(id);
      expectSchema('MessageSessionGetAnswer', res.body);
      const info = (res.body as { list: SessionInfo }).list;
      expect(info.id).toBe(id);
      expect(info.channel_type).toBe(variant.channel);
      expect(info.origin).toBe(variant.campaign ? 'campaign' : '');
      expect(info.user_info.user_type).toBe(
        variant.campaign ? 8 : USER_TYPE_BY_CHANNEL[variant.channel],
      );
      expect((info.participants ?? []).length > 0).toBe(variant.queued);
    },
  );

  it('answers 60001 DATA NOT FOUND for an id the PBX does not hold', async () => {
    expect((await get(49)).body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
    expect((await get(0)).body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
  });

  it('answers 40002 naming id when it is missing or not an integer', async () => {
    const missing = await apiGet(app, 'message_session/get', { access_token: token });
    expect(missing.body).toEqual({
      errcode: 40002,
      errmsg: 'PARAMETER ERROR',
      invalid_param_list: [{ field: 'id', validation_type: 'required' }],
    });
    for (const bad of ['abc', '1.5', '-3', '1e3', ' 7', '9'.repeat(40)]) {
      const res = await get(bad);
      expectSchema('ErrorAnswer', res.body);
      expect(res.body).toMatchObject({
        errcode: 40002,
        errmsg: 'PARAMETER ERROR',
        invalid_param_list: [{ field: 'id', value: bad }],
      });
    }
  });

  it('omits channel-only fields when emptyFields is omit, but serves 2862 as the page shows', async () => {
    const omitting = createMockPbx({ emptyFields: 'omit' }).app;
    const access_token = (await login(omitting)).access_token;
    const sms = await apiGet(omitting, 'message_session/get', { access_token, id: 1 });
    expectSchema('MessageSessionGetAnswer', sms.body);
    const info = (sms.body as { list: SessionInfo }).list;
    expect(info).not.toHaveProperty('page_name');
    expect(info).not.toHaveProperty('website_domain');
    expect(info).not.toHaveProperty('pre_chat_form');
    expect(info).not.toHaveProperty('participants');
    const seed = await apiGet(omitting, 'message_session/get', { access_token, id: 2862 });
    expect(seed.text).toBe(JSON.stringify(seedPageExample()));
  });
});

describe('seeds', () => {
  it('give identical answers for the same seed and different data for different seeds', async () => {
    const answers = [];
    for (const seed of [5, 5, 6]) {
      const other = createMockPbx({ seed }).app;
      const access_token = (await login(other)).access_token;
      const res = await apiGet(other, 'message_session/query', { access_token, ids: '1,2,3,4' });
      answers.push(res.text);
    }
    expect(answers[0]).toBe(answers[1]);
    expect(answers[0]).not.toBe(answers[2]);
  });

  it('serve a million sessions by id without generating them up front', async () => {
    const big = createMockPbx({ sessions: 1_000_000 }).app;
    const access_token = (await login(big)).access_token;
    const last = await apiGet(big, 'message_session/get', { access_token, id: 1_000_000 });
    expectSchema('MessageSessionGetAnswer', last.body);
    const beyond = await apiGet(big, 'message_session/get', { access_token, id: 1_000_001 });
    expect(beyond.body).toMatchObject({ errcode: 60001 });
    const seed = await apiGet(big, 'message_session/get', { access_token, id: 2862 });
    expect(seed.text).toBe(JSON.stringify(seedPageExample()));
  });
});

describe('message_session/query', () => {
  it('answers the known sessions in the order asked, leaving unknown ids out', async () => {
    const res = await page('query', { ids: '2862,3,999,1,3' });
    expectSchema('MessageSessionQueryAnswer', res.body);
    expect((res.body as { list: SessionInfo[] }).list.map((s) => s.id)).toEqual([2862, 3, 1]);
  });

  it('answers 40002 naming ids when they are missing or malformed', async () => {
    for (const ids of ['', 'a,b', '1,,2']) {
      const res = await page('query', { ids });
      expect(res.body).toMatchObject({ errcode: 40002, invalid_param_list: [{ field: 'ids' }] });
    }
  });
});

describe('message_session/list', () => {
  async function allPages(query: Record<string, string | number>): Promise<SessionListItem[]> {
    const items: SessionListItem[] = [];
    let cursor: number | undefined;
    for (let i = 0; i < 100; i++) {
      const res = await page('list', { ...query, ...(cursor ? { first_msg_id: cursor } : {}) });
      expectSchema('MessageSessionListAnswer', res.body);
      const list = (res.body as { list: SessionListItem[] }).list;
      if (list.length === 0) return items;
      items.push(...list);
      cursor = list.at(-1)?.last_msg_id;
    }
    throw new Error('paging never ended');
  }

  it('pages with first_msg_id: each page starts after the last, newest first, no repeats', async () => {
    const items = await allPages({ page_size: 5, user_type: 9, collection: 'all' });
    expect(items).toHaveLength(49);
    expect(new Set(items.map((i) => i.id)).size).toBe(49);
    const ids = items.map((i) => i.last_msg_id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
  });

  it('shows non-campaign sessions unless collection says otherwise', async () => {
    const direct = await allPages({ page_size: 50, user_type: 9 });
    const campaign = await allPages({ page_size: 50, user_type: 9, collection: 'campaign' });
    expect(direct.every((i) => i.to.user_type !== 8)).toBe(true);
    expect(campaign.every((i) => i.to.user_type === 8)).toBe(true);
    expect(direct.length + campaign.length).toBe(49);
  });

  it('filters on is_closed, is_archived and is_pickup', async () => {
    const all = await allPages({ page_size: 50, user_type: 9, collection: 'all' });
    const closed = await allPages({ page_size: 50, user_type: 9, collection: 'all', is_closed: 1 });
    const open = await allPages({ page_size: 50, user_type: 9, collection: 'all', is_closed: 0 });
    expect(closed.every((i) => i.is_close === 1)).toBe(true);
    expect(closed.length + open.length).toBe(all.length);
    const archived = await allPages({
      page_size: 50,
      user_type: 9,
      collection: 'all',
      is_archived: 1,
    });
    expect(archived.every((i) => i.is_archived === 1)).toBe(true);
    const queued = await allPages({ page_size: 50, user_type: 9, collection: 'all', is_pickup: 2 });
    const picked = await allPages({ page_size: 50, user_type: 9, collection: 'all', is_pickup: 1 });
    expect(queued.length + picked.length).toBe(all.length);
    expect(queued.map((i) => i.id)).toContain(2862);
  });

  it('shows an extension the sessions queued to it (user_type 1)', async () => {
    const items = await allPages({
      page_size: 50,
      user_type: 1,
      user_no: '1004',
      collection: 'all',
    });
    expect(items.map((i) => i.id)).toContain(2862);
    const res = await page('list', { page_size: 5, user_type: 1 });
    expect(res.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'user_no', validation_type: 'required' }],
    });
  });

  it('answers 40002 for a missing page_size or a bad filter value', async () => {
    const missing = await page('list', { user_type: 9 });
    expect(missing.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'page_size', validation_type: 'required' }],
    });
    const bad = await page('list', { page_size: 5, user_type: 9, is_closed: 7 });
    expect(bad.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'is_closed' }],
    });
  });
});

describe('message_session/search', () => {
  it('finds session 2862 by the visitor name', async () => {
    const res = await page('search', { page_size: 10, user_type: 9, search_value: 'jane smith' });
    expectSchema('MessageSessionListAnswer', res.body);
    expect((res.body as { list: SessionListItem[] }).list.map((i) => i.id)).toEqual([2862]);
  });

  it('finds a generated campaign session by its customer number, with collection=campaign only', async () => {
    const info = ((await get(6)).body as { list: SessionInfo }).list;
    const query = { page_size: 10, user_type: 9, search_value: info.to_number };
    const direct = await page('search', query);
    expect((direct.body as { list: SessionListItem[] }).list.map((i) => i.id)).not.toContain(6);
    const campaign = await page('search', { ...query, collection: 'campaign' });
    expect((campaign.body as { list: SessionListItem[] }).list.map((i) => i.id)).toContain(6);
  });

  it('needs search_value', async () => {
    const res = await page('search', { page_size: 10, user_type: 9 });
    expect(res.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'search_value', validation_type: 'required' }],
    });
  });
});
