/**
 * message_session/list and message_session/search over the session store: filters, newest first, and the
 * first_msg_id cursor (the next page holds sessions whose last_msg_id is below the previous page's last).
 */
import type { SessionListItem } from '../../schemas/types.generated.js';
import { toListItem } from '../../fixtures/session-record.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import type { ConversationStore } from './conversation-store.js';
import type { SessionStore } from './session-store.js';

/** A 0/1/2 tri-state filter: 2 (or absent) lets both through. */
export type TriState = 0 | 1 | 2;

/** A parsed list or search request. */
export interface ListQuery {
  readonly pageSize: number;
  /** 1 an extension's view (needs userNo), 9 the API's view of every session. */
  readonly userType: 1 | 9;
  readonly userNo: string;
  /** Absent: non-campaign sessions only (DOC). */
  readonly collection: 'all' | 'campaign' | undefined;
  readonly firstMsgId: number | undefined;
  readonly isArchived: TriState;
  readonly isClosed: TriState;
  /** 0 all, 1 picked up (no participants left), 2 not picked up (still queued): not a TriState's 2 = all. */
  readonly isPickup: TriState;
  /** Search only: matched case-insensitively against the customer's number, id, name and the session id. */
  readonly searchValue: string | undefined;
}

/**
 * Sessions a single request may generate while filtering on generated fields (search_value, an extension's
 * user_no). Past it the page ends early: a search over a million sessions stays well under a second.
 */
export const GENERATION_BUDGET = 10_000;

function passes(tri: TriState, flag: 0 | 1): boolean {
  return tri === 2 || tri === flag;
}

function matchesSearch(record: SessionRecord, needle: string): boolean {
  const { info } = record;
  return [String(info.id), info.to_number, info.user_info.user_no, info.user_info.username].some(
    (field) => field.toLowerCase().includes(needle),
  );
}

/**
 * One page of list items for `query`: sessions written to since start first (their newest messages are
 * above every generated id, decisions/010), newest first, then the others by id, as before.
 */
export function listSessions(
  store: SessionStore,
  query: ListQuery,
  conversations?: ConversationStore,
  /** Who holds a session (an extension's list shows those it holds besides those queued to it). */
  holder?: (id: number) => string | undefined,
): SessionListItem[] {
  const page: SessionListItem[] = [];
  const cursor = query.firstMsgId;
  const from = cursor === undefined ? undefined : Math.floor(cursor / 1000);
  const needle = query.searchValue?.toLowerCase();
  const needsRecord = needle !== undefined || query.userType === 1;
  let generated = 0;
  const recent = conversations ? [...conversations.recentIds()] : [];
  const recentSet = new Set(recent);
  function* ids(): Generator<number> {
    yield* recent;
    for (const id of store.idsDescending(from)) if (!recentSet.has(id)) yield id;
  }
  for (const id of ids()) {
    const facts = store.facts(id);
    if (!facts) continue;
    const { state } = facts;
    if (cursor !== undefined && state.last_msg_id >= cursor) continue;
    if (query.collection === undefined && facts.campaign) continue;
    if (query.collection === 'campaign' && !facts.campaign) continue;
    if (!passes(query.isArchived, state.is_archived)) continue;
    if (!passes(query.isClosed, state.is_close)) continue;
    if (query.isPickup === 1 && facts.queued) continue;
    if (query.isPickup === 2 && !facts.queued) continue;
    if (needsRecord && ++generated > GENERATION_BUDGET) break;
    const record = store.get(id);
    if (!record) continue;
    if (needle !== undefined && !matchesSearch(record, needle)) continue;
    if (
      query.userType === 1 &&
      !(record.info.participants ?? []).some((agent) => agent.user_no === query.userNo) &&
      holder?.(id) !== query.userNo
    ) {
      continue;
    }
    page.push(conversations ? conversations.listItem(record) : toListItem(record));
    if (page.length >= query.pageSize) break;
  }
  return page;
}
