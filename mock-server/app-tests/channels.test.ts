import { beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { DEFAULT_SESSION_COUNT, sessionIds } from '../../fixtures/session-set.js';
import type { MsgChannel, SessionInfo } from '../../schemas/types.generated.js';
import { createMockPbx } from '../app.js';
import type { MockPbx } from '../app.js';
import type { RequestLogger } from '../core/logger.js';
import { apiGet, expectSchema, login } from '../test-support/device.js';

let pbx: MockPbx;
let token: string;
const logged: string[] = [];

beforeAll(async () => {
  const write = (line: unknown, message?: string) => {
    logged.push(JSON.stringify(line) + (message ?? ''));
  };
  const logger: RequestLogger = { info: write, warn: write, error: write } as RequestLogger;
  pbx = createMockPbx({ logger });
  token = (await login(pbx.app)).access_token;
});

async function channel(id: number | string) {
  const res = await apiGet(pbx.app, 'message_channel/get', { access_token: token, id });
  expect(res.status).toBe(200);
  return res;
}

async function channels(ids: string): Promise<MsgChannel[]> {
  const res = await apiGet(pbx.app, 'message_channel/query', { access_token: token, ids });
  expect(res.status).toBe(200);
  expectSchema('MessageChannelQueryAnswer', res.body);
  return (res.body as { list: MsgChannel[] }).list;
}

describe('message_channel/get and query', () => {
  it('number channels from 1 with no gap, one per provider kind', async () => {
    const all = await channels(Array.from({ length: 20 }, (_, i) => i + 1).join(','));
    expect(all.map((c) => c.id)).toEqual(all.map((_, i) => i + 1));
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(new Set(all.map((c) => c.channel)).size).toBe(all.length);
    expect(new Set(all.map((c) => c.type))).toEqual(new Set(['sms', 'whatsapp', 'facebook']));
  });

  it('hold one channel under data on get and an array under list on query', async () => {
    const one = await channel(1);
    expectSchema('MessageChannelGetAnswer', one.body);
    expect(Object.keys(one.body as object)).toEqual(['errcode', 'errmsg', 'data']);
    expect((one.body as { data: MsgChannel }).data.id).toBe(1);
    const res = await apiGet(pbx.app, 'message_channel/query', {
      access_token: token,
      ids: '3,1,99,3',
    });
    expect(Object.keys(res.body as object)).toEqual(['errcode', 'errmsg', 'list']);
    expect((res.body as { list: MsgChannel[] }).list.map((c) => c.id)).toEqual([3, 1]);
  });

  it("put every session's DID in the dids of a channel of its type and name", async () => {
    const all = await channels('1,2,3,4,5,6,7,8,9,10');
    let checked = 0;
    for (const id of sessionIds(DEFAULT_SESSION_COUNT)) {
      const res = await apiGet(pbx.app, 'message_session/get', { access_token: token, id });
      const info = (res.body as { list: SessionInfo }).list;
      if (info.channel_type === 'livechat') continue;
      const owner = all.find((c) => c.dids.some((d) => d.did_number === info.did_number));
      expect(owner, `session ${id}'s DID ${info.did_number}`).toBeDefined();
      expect(owner?.type).toBe(info.channel_type);
      expect(owner?.name).toBe(info.channel_name);
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });

  it('answers 60001 for an unknown channel id and 40002 naming a missing or bad one', async () => {
    for (const id of [0, 6, 999]) {
      expect((await channel(id)).body).toEqual({ errcode: 60001, errmsg: 'DATA NOT FOUND' });
    }
    const missing = await apiGet(pbx.app, 'message_channel/get', { access_token: token });
    expect(missing.body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'id', validation_type: 'required' }],
    });
    expect((await channel('one')).body).toMatchObject({
      errcode: 40002,
      invalid_param_list: [{ field: 'id', value: 'one' }],
    });
    const badIds = await apiGet(pbx.app, 'message_channel/query', {
      access_token: token,
      ids: 'a',
    });
    expect(badIds.body).toMatchObject({ errcode: 40002, invalid_param_list: [{ field: 'ids' }] });
    const noToken = await apiGet(pbx.app, 'message_channel/get', { id: 1 });
    expect(noToken.body).toEqual({ errcode: 10004, errmsg: 'TOKEN EXPIRED' });
  });

  it('carry account_data in the answer, as a device does, but never in the journal or the log', async () => {
    const all = await channels('1,2,3,4,5');
    const secrets = all.flatMap((c) => [...c.account_data.map((d) => d.v), c.verify_token]);
    expect(secrets.length).toBeGreaterThan(10);
    for (const c of all) expect(c.account_data.length).toBeGreaterThan(0);
    for (const id of [1, 4, 5]) await channel(id);
    const journal = await request(pbx.app).get('/__mock/journal');
    expect(journal.status).toBe(200);
    expect((journal.body as { counts: Record<string, number> }).counts).toMatchObject({
      'message_channel/get': expect.any(Number) as number,
      'message_channel/query': expect.any(Number) as number,
    });
    const seen = journal.text + logged.join('\n');
    expect(logged.some((line) => line.includes('message_channel/get'))).toBe(true);
    for (const secret of secrets) expect(seen).not.toContain(secret);
  });
});
