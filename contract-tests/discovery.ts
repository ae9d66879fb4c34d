/**
 * Finding the target's sessions the way an integrator would: message_session/list as user_type 9 (the API's
 * view) with collection=all, following the first_msg_id cursor, then message_session/query for their details.
 * A device may hold many thousands of sessions, so only the first pages are walked.
 */
import { variantName } from '../fixtures/variants.js';
import type { ChannelType } from '../fixtures/variants.js';
import { answerField, isJsonObject, listItems } from './json-fields.js';
import type { JsonObject } from './json-fields.js';
import type { Exchange, TargetClient } from './target-client.js';

/** Sessions per discovery page (the device's largest page_size is OPEN; 20 is a size clients use). */
export const DISCOVERY_PAGE_SIZE = 20;
/** Pages walked at most while discovering (100 sessions: enough to meet every variant a device has). */
export const DISCOVERY_MAX_PAGES = 5;
/** Ids per message_session/query call (the device's limit is OPEN; the mock takes 100). */
export const QUERY_BATCH = 20;

/** What discovery found. */
export interface Discovery {
  /** The list pages walked. */
  readonly pages: readonly Exchange[];
  /** The ids to look at: PBX_SESSION_IDS when given, else every id the pages held, in order. */
  readonly ids: readonly number[];
  /** List items by id. */
  readonly items: ReadonlyMap<number, JsonObject>;
  /** The query answers, with the ids each asked for. */
  readonly queries: readonly { readonly asked: readonly number[]; readonly answer: Exchange }[];
  /** SessionInfo objects the queries answered, by id. */
  readonly infos: ReadonlyMap<number, JsonObject>;
}

/** Walks list pages of `query` following the cursor; stops at a short page, an error or `maxPages`. */
export async function walkPages(
  client: TargetClient,
  token: string,
  endpoint: 'message_session/list' | 'message_session/search',
  query: Readonly<Record<string, string>>,
  maxPages: number,
): Promise<Exchange[]> {
  const pages: Exchange[] = [];
  let cursor: string | undefined;
  const size = Number(query.page_size);
  for (let n = 0; n < maxPages; n++) {
    const page = await client.call({
      method: 'GET',
      endpoint,
      token,
      query: cursor === undefined ? query : { ...query, first_msg_id: cursor },
    });
    pages.push(page);
    const items = listItems(page);
    const last = items[items.length - 1]?.last_msg_id;
    if (answerField(page, 'errcode') !== 0 || items.length < size || typeof last !== 'number')
      break;
    cursor = String(last);
  }
  return pages;
}

/** Lists, then queries, the target's sessions. */
export async function discoverSessions(
  client: TargetClient,
  token: string,
  given: readonly number[] | undefined,
): Promise<Discovery> {
  const pages = await walkPages(
    client,
    token,
    'message_session/list',
    { page_size: String(DISCOVERY_PAGE_SIZE), user_type: '9', collection: 'all' },
    DISCOVERY_MAX_PAGES,
  );
  const items = new Map<number, JsonObject>();
  for (const item of pages.flatMap(listItems)) {
    if (typeof item.id === 'number' && !items.has(item.id)) items.set(item.id, item);
  }
  const ids = given ? [...given] : [...items.keys()];
  const queries: { asked: number[]; answer: Exchange }[] = [];
  const infos = new Map<number, JsonObject>();
  for (let i = 0; i < ids.length; i += QUERY_BATCH) {
    const batch = ids.slice(i, i + QUERY_BATCH);
    const answer = await client.call({
      method: 'GET',
      endpoint: 'message_session/query',
      token,
      query: { ids: batch.join(',') },
    });
    queries.push({ asked: batch, answer });
    for (const info of listItems(answer)) {
      if (typeof info.id === 'number' && !infos.has(info.id)) infos.set(info.id, info);
    }
  }
  return { pages, ids, items, queries, infos };
}

/** The variant of a SessionInfo: `whatsapp/campaign/queued`. */
export function variantOfInfo(info: JsonObject): string {
  const participants = info.participants;
  return variantName({
    channel: String(info.channel_type) as ChannelType,
    campaign: info.origin === 'campaign',
    queued: Array.isArray(participants) && participants.length > 0,
  });
}

/** The variant a list item hints at (its queue state is not in a list item). */
function hintOfItem(item: JsonObject): string {
  const to = item.to;
  const campaign = isJsonObject(to) && to.user_type === 8;
  return `${String(item.type)}/${campaign ? 'campaign' : 'direct'}/?`;
}

/** One session per variant (or every given id): what message_session/get is checked on. */
export function sessionsToGet(
  discovery: Discovery,
  given: readonly number[] | undefined,
): number[] {
  if (given) return [...given];
  const picked = new Map<string, number>();
  for (const [id, info] of discovery.infos) {
    const variant = variantOfInfo(info);
    if (!picked.has(variant)) picked.set(variant, id);
  }
  // sessions the query did not answer are still worth a get, one per channel and origin
  for (const [id, item] of discovery.items) {
    if (discovery.infos.has(id)) continue;
    const hint = hintOfItem(item);
    if (!picked.has(hint)) picked.set(hint, id);
  }
  return [...picked.values()];
}
