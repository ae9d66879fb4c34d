/**
 * Sessions' message histories: generated on demand from (seed, session, shape), with the shapes the control
 * API put on sessions (PUT /__mock/sessions/:id/history) kept by session id until reset. Only shapes are
 * kept, never messages, so a million sessions cost nothing until asked for and a shaped one costs the bytes
 * of its shape, charged to the sessions store's byte budget (shapes are session changes). Plans of the
 * sessions asked for last are kept in a small cache, so paging through one history plans it once, and so are
 * the pages asked for last with their JSON text: a client polling the newest page, or paging the same
 * history again, gets it without generating or serialising it again (a page costs several times its
 * generation to serialise). Both caches are bounded, whatever the number of sessions.
 */
import type { MsgSessionRecords } from '../../schemas/types.generated.js';
import { createHistory, sessionMessages } from '../../fixtures/message-history.js';
import type { MessageHistory } from '../../fixtures/message-history.js';
import type { HistoryShape } from '../../fixtures/history-shape.js';
import type { SessionRecord } from '../../fixtures/session-record.js';
import type { SessionStore } from './session-store.js';
import { withJsonText } from '../core/json-text.js';
import { jsonBytes } from './store-budget.js';

/** What the store keeps for one shaped session. */
export interface StoredShape {
  readonly shape: HistoryShape;
  /** The HISTORY_SHAPES name the shape was asked for by, if any. */
  readonly name?: string | undefined;
  /** The session's last_msg_id before the shape raised it, given back when the shape is removed. */
  readonly lastMsgIdBefore: number;
}

/** What one stored shape is charged besides its JSON: the map entry and its numbers. */
export const SHAPE_ENTRY_BYTES = 64;

/** Planned histories kept at once (a plan is a few hundred bytes; older ones are planned again). */
export const PLAN_CACHE_SIZE = 1_000;

/** Pages kept with their JSON text, at most, and the most text they hold together. */
export const PAGE_CACHE_SIZE = 1_000;
export const PAGE_CACHE_BYTES = 8 * 1024 * 1024;

/** A page with a longer text is served but not kept. */
export const MAX_CACHED_PAGE_BYTES = 64 * 1024;

interface CachedPage {
  readonly history: MessageHistory;
  readonly data: MsgSessionRecords;
  readonly bytes: number;
}

interface CachedPlan {
  readonly record: SessionRecord;
  readonly stored: StoredShape | undefined;
  readonly history: MessageHistory;
}

/** The histories of one mock PBX's sessions. */
export class SessionHistories {
  private readonly shapes = new Map<number, StoredShape>();
  private readonly sizes = new Map<number, number>();
  private readonly plans = new Map<number, CachedPlan>();
  private readonly pages = new Map<string, CachedPage>();
  private pageBytes = 0;

  constructor(private readonly sessions: SessionStore) {}

  /** Session `id`'s history as it is now (its shape, if any, applied), or undefined when there is no such session. */
  history(id: number): MessageHistory | undefined {
    const record = this.sessions.get(id);
    if (!record) return undefined;
    const stored = this.shapes.get(id);
    const cached = this.plans.get(id);
    // a plan holds while the session and its shape are the very objects it was made from
    if (cached && cached.record === record && cached.stored === stored) return cached.history;
    const history = createHistory(this.sessions.seed, record, stored?.shape);
    if (cached) this.plans.delete(id);
    else if (this.plans.size >= PLAN_CACHE_SIZE) {
      const oldest = this.plans.keys().next();
      if (!oldest.done) this.plans.delete(oldest.value);
    }
    this.plans.set(id, { record, stored, history });
    return history;
  }

  /**
   * Up to `pageSize` messages of session `id` older than `cursor` (the newest without one), as message/get's
   * data, with its JSON text remembered (json-text.ts); undefined when there is no such session. The value
   * is shared between requests and frozen.
   */
  page(id: number, pageSize: number, cursor?: number): MsgSessionRecords | undefined {
    const history = this.history(id);
    if (!history) return undefined;
    const key = `${id}/${pageSize}/${cursor ?? ''}`;
    const cached = this.pages.get(key);
    if (cached) {
      this.pages.delete(key);
      if (cached.history === history) {
        this.pages.set(key, cached);
        return cached.data;
      }
      this.pageBytes -= cached.bytes;
    }
    const data = sessionMessages(history, pageSize, cursor);
    for (const record of data.records) Object.freeze(record);
    Object.freeze(data.records);
    const text = JSON.stringify(Object.freeze(data));
    withJsonText(data, text);
    if (text.length <= MAX_CACHED_PAGE_BYTES) {
      while (
        this.pages.size > 0 &&
        (this.pages.size >= PAGE_CACHE_SIZE || this.pageBytes + text.length > PAGE_CACHE_BYTES)
      ) {
        const oldest = this.pages.entries().next();
        if (oldest.done) break;
        this.pages.delete(oldest.value[0]);
        this.pageBytes -= oldest.value[1].bytes;
      }
      this.pages.set(key, { history, data, bytes: text.length });
      this.pageBytes += text.length;
    }
    return data;
  }

  /** The shape stored for session `id`, or undefined when its history is the generated one. */
  shape(id: number): StoredShape | undefined {
    return this.shapes.get(id);
  }

  /** Stores a shape for session `id` (replacing any); throws StoreFull when the sessions budget is spent. */
  putShape(id: number, stored: StoredShape): void {
    const bytes = jsonBytes(stored.shape) + SHAPE_ENTRY_BYTES;
    this.sessions.budget.take(bytes, this.sizes.get(id) ?? 0);
    this.sizes.set(id, bytes);
    this.shapes.set(id, stored);
  }

  /** Forgets the shape of session `id`; returns it, or undefined when there was none. */
  removeShape(id: number): StoredShape | undefined {
    const stored = this.shapes.get(id);
    if (!stored) return undefined;
    this.sessions.budget.release(this.sizes.get(id) ?? 0);
    this.sizes.delete(id);
    this.shapes.delete(id);
    return stored;
  }

  /** Forgets every shape and plan (the budget is reset with the session store that owns it). */
  reset(): void {
    this.shapes.clear();
    this.sizes.clear();
    this.plans.clear();
    this.pages.clear();
    this.pageBytes = 0;
  }
}
