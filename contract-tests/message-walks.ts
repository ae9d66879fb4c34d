/**
 * The message and channel calls the checks share, each made once per run (RunContext.once): a page of
 * message/get, a walk back through one history with the last_msg_id cursor, and the channels found by
 * asking message_channel/query for the first ids (a device has no endpoint that lists them).
 */
import { answerField, fieldOf, isJsonObject } from './json-fields.js';
import type { JsonObject } from './json-fields.js';
import type { RunContext } from './run-context.js';
import type { Exchange } from './target-client.js';

/** Messages per message/get page when looking at a session's newest messages. */
export const MESSAGE_PAGE_SIZE = 20;
/** Messages per page of the paging walk (small, so a few pages cover few messages). */
export const MESSAGE_WALK_PAGE_SIZE = 5;
/** Pages of the paging walk at most (one more than MESSAGE_PAGE_SIZE / MESSAGE_WALK_PAGE_SIZE). */
export const MESSAGE_WALK_PAGES = 5;
/** Channel ids asked for (a device numbers channels from 1 as they are created: SEEN). */
export const CHANNEL_IDS_ASKED = Array.from({ length: 20 }, (_, i) => i + 1);

/** The record objects of a message/get answer (empty when its data has none). */
export function recordsOf(answer: Exchange): JsonObject[] {
  const records = fieldOf(answerField(answer, 'data'), 'records');
  return Array.isArray(records) ? records.filter(isJsonObject) : [];
}

/** The integer msg_ids of a page, in the order sent. */
export function msgIds(records: readonly JsonObject[]): number[] {
  return records.map((r) => r.msg_id).filter((id): id is number => typeof id === 'number');
}

/** message/get for session `id`, `pageSize` messages older than `cursor` (the newest without it), once. */
export function messagePage(
  ctx: RunContext,
  id: number,
  pageSize: number,
  cursor?: number,
): Promise<Exchange> {
  return ctx.once(`message/get:${id}:${pageSize}:${cursor ?? ''}`, () =>
    ctx.client.call({
      method: 'GET',
      endpoint: 'message/get',
      token: ctx.token,
      query: {
        id: String(id),
        page_size: String(pageSize),
        ...(cursor === undefined ? {} : { last_msg_id: String(cursor) }),
      },
    }),
  );
}

/** The newest MESSAGE_PAGE_SIZE messages of each session checked with message_session/get. */
export async function newestPages(ctx: RunContext): Promise<Map<number, Exchange>> {
  const pages = new Map<number, Exchange>();
  for (const id of await ctx.sessionIdsToGet()) {
    pages.set(id, await messagePage(ctx, id, MESSAGE_PAGE_SIZE));
  }
  return pages;
}

/** A walk back through one history: the pages, and whether it reached the end (a short page). */
export interface MessageWalk {
  readonly sessionId: number;
  readonly pageSize: number;
  readonly pages: readonly { readonly cursor: number | undefined; readonly answer: Exchange }[];
  readonly ended: boolean;
}

/**
 * Walks session `id` back with pages of `pageSize`, passing the smallest msg_id of each page as the next
 * cursor (DOC), until a short page, an error, a page with no usable cursor or `maxPages`.
 */
export async function walkMessages(
  ctx: RunContext,
  id: number,
  pageSize: number,
  maxPages: number,
): Promise<MessageWalk> {
  const pages: { cursor: number | undefined; answer: Exchange }[] = [];
  let cursor: number | undefined;
  for (let n = 0; n < maxPages; n++) {
    const answer = await messagePage(ctx, id, pageSize, cursor);
    pages.push({ cursor, answer });
    const ids = msgIds(recordsOf(answer));
    if (answerField(answer, 'errcode') !== 0 || ids.length < pageSize) {
      return { sessionId: id, pageSize, pages, ended: true };
    }
    const next = Math.min(...ids);
    // a cursor that does not move back would walk the same page for ever
    if (cursor !== undefined && next >= cursor) break;
    cursor = next;
  }
  return { sessionId: id, pageSize, pages, ended: false };
}

/**
 * The session the paging walk looks at: among the sessions whose newest page was fetched, one whose
 * history ends within that page and still spans several walk pages (so the walk can reach its end), else
 * the one with the most messages.
 */
export function pagingSession(newest: ReadonlyMap<number, Exchange>): number | undefined {
  let best: { id: number; count: number; ends: boolean } | undefined;
  for (const [id, answer] of newest) {
    const count = recordsOf(answer).length;
    const ends = count > MESSAGE_WALK_PAGE_SIZE && count < MESSAGE_PAGE_SIZE;
    if (count < 2) continue;
    if (!best || (ends && !best.ends) || (ends === best.ends && count > best.count)) {
      best = { id, count, ends };
    }
  }
  return best?.id;
}

/** The paging walk of the run, made once. */
export function pagingWalk(ctx: RunContext): Promise<MessageWalk | undefined> {
  return ctx.once('message-walk', async () => {
    const id = pagingSession(await newestPages(ctx));
    return id === undefined
      ? undefined
      : walkMessages(ctx, id, MESSAGE_WALK_PAGE_SIZE, MESSAGE_WALK_PAGES);
  });
}

/** What asking message_channel/query for the first ids found. */
export interface ChannelDiscovery {
  readonly asked: readonly number[];
  readonly answer: Exchange;
  /** The channels answered, by id. */
  readonly channels: ReadonlyMap<number, JsonObject>;
}

/** message_channel/query for ids 1 to 20, once. */
export function channelDiscovery(ctx: RunContext): Promise<ChannelDiscovery> {
  return ctx.once('channels', async () => {
    const answer = await ctx.client.call({
      method: 'GET',
      endpoint: 'message_channel/query',
      token: ctx.token,
      query: { ids: CHANNEL_IDS_ASKED.join(',') },
    });
    const channels = new Map<number, JsonObject>();
    const list = answerField(answer, 'list');
    for (const item of Array.isArray(list) ? list : []) {
      if (isJsonObject(item) && typeof item.id === 'number' && !channels.has(item.id)) {
        channels.set(item.id, item);
      }
    }
    return { asked: CHANNEL_IDS_ASKED, answer, channels };
  });
}
