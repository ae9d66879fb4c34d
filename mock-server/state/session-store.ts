/**
 * The mock's sessions: the seeded set, generated lazily and cached (a million sessions cost no more at start
 * than ten), plus the changes made while it runs (added, replaced or removed sessions), which win over the
 * seeded ones until reset.
 */
import { generateSession, generateState } from '../../fixtures/generate-session.js';
import { hasSession } from '../../fixtures/session-set.js';
import { SEED_SESSION_ID } from '../../fixtures/seed-session.js';
import type { SessionRecord, SessionState } from '../../fixtures/session-record.js';
import { variantOf } from '../../fixtures/variants.js';
import { ByteBudget, DEFAULT_BUDGETS, jsonBytes } from './store-budget.js';

/** What a removed session is charged: its id in the listing's `removed` array, and the map entry. */
export const REMOVED_SESSION_BYTES = 16;

/** Generated sessions kept in memory at once; older ones are generated again when asked for. */
export const SESSION_CACHE_SIZE = 5_000;

/** The facts list filters need, cheap to get for any id. */
export interface SessionFacts {
  readonly campaign: boolean;
  readonly queued: boolean;
  readonly state: SessionState;
}

/** The session set of one mock PBX. */
export class SessionStore {
  private readonly cache = new Map<number, SessionRecord>();
  private readonly changed = new Map<number, SessionRecord | null>();
  /** What each change is charged to the budget. */
  private readonly sizes = new Map<number, number>();
  /** Ids outside 1..count that exist (the seed session when count < 2862, added sessions), ascending. */
  private extraIds: number[] = [];

  constructor(
    readonly seed: number,
    readonly count: number,
    /** What the changes may keep, in bytes of their JSON (DEFAULT_BUDGETS.sessions by default). */
    readonly budget: ByteBudget = new ByteBudget('sessions', DEFAULT_BUDGETS.sessions),
  ) {
    this.reset();
  }

  /** Session `id`, or undefined when the set does not hold it. */
  get(id: number): SessionRecord | undefined {
    const change = this.changed.get(id);
    if (change !== undefined) return change ?? undefined;
    if (!hasSession(this.count, id)) return undefined;
    const cached = this.cache.get(id);
    if (cached) return cached;
    const record = generateSession(this.seed, id);
    if (this.cache.size >= SESSION_CACHE_SIZE) {
      const oldest = this.cache.keys().next();
      if (!oldest.done) this.cache.delete(oldest.value);
    }
    this.cache.set(id, record);
    return record;
  }

  /** What list filters read, without generating the session when it is a seeded one. */
  facts(id: number): SessionFacts | undefined {
    const change = this.changed.get(id);
    if (change === null) return undefined;
    if (change) {
      return {
        campaign: change.info.origin === 'campaign',
        queued: (change.info.participants ?? []).length > 0,
        state: change.state,
      };
    }
    if (!hasSession(this.count, id)) return undefined;
    const variant = variantOf(id);
    const state = generateState(this.seed, id);
    if (id === SEED_SESSION_ID) return { campaign: false, queued: true, state };
    return { campaign: variant.campaign, queued: variant.queued, state };
  }

  /** Adds or replaces a session; it is served instead of the seeded one until reset. */
  put(record: SessionRecord): void {
    const id = record.info.id;
    this.charge(id, jsonBytes(record));
    this.changed.set(id, record);
    this.noteExtra(id);
  }

  /** Removes a session until reset. */
  remove(id: number): boolean {
    const existed = this.get(id) !== undefined;
    if (!existed) return false;
    this.charge(id, REMOVED_SESSION_BYTES);
    this.changed.set(id, null);
    return existed;
  }

  /** Charges `bytes` for the change of session `id`, giving back what its last change cost; throws StoreFull. */
  private charge(id: number, bytes: number): void {
    this.budget.take(bytes, this.sizes.get(id) ?? 0);
    this.sizes.set(id, bytes);
  }

  /** The lowest id nextId may give: raised above the id blocks that sent messages took (raiseNextId). */
  private floorId = 0;

  /** The largest id the set holds (removed ones included). */
  largestId(): number {
    // extraIds is sorted: its last id is the highest (a spread of every id overflowed the stack past ~100k)
    return Math.max(this.count, this.extraIds.at(-1) ?? 0);
  }

  /** The id a newly added session gets: one above every id the set holds and every raised floor. */
  nextId(): number {
    return Math.max(this.largestId() + 1, this.floorId);
  }

  /**
   * Keeps new session ids at `id` or above: messages written since start took msg_ids above every session's
   * block, and a session added later must own a block above them, or its last_msg_id would repeat one.
   */
  raiseNextId(id: number): void {
    this.floorId = Math.max(this.floorId, id);
  }

  /** Ids in descending order, starting at `from` (inclusive), skipping removed ones. */
  *idsDescending(from: number = Number.MAX_SAFE_INTEGER): Generator<number> {
    let range = Math.min(from, this.count);
    let e = this.extraIds.length - 1;
    while (e >= 0 && (this.extraIds[e] ?? 0) > from) e--;
    while (range >= 1 || e >= 0) {
      const extra = e >= 0 ? (this.extraIds[e] ?? 0) : 0;
      let id: number;
      if (extra > range) {
        id = extra;
        e--;
      } else {
        id = range;
        range--;
        if (extra === id) e--;
      }
      if (this.changed.get(id) !== null) yield id;
    }
  }

  /** Back to the seeded set: every change is forgotten. */
  reset(): void {
    this.floorId = 0;
    this.changed.clear();
    this.sizes.clear();
    this.budget.reset();
    this.cache.clear();
    this.extraIds =
      hasSession(this.count, SEED_SESSION_ID) && this.count < SEED_SESSION_ID
        ? [SEED_SESSION_ID]
        : [];
  }

  /** Inserts `id` into the sorted extraIds (binary search: adds stay cheap however many there are). */
  private noteExtra(id: number): void {
    if (id <= this.count) return;
    let low = 0;
    let high = this.extraIds.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.extraIds[mid] ?? 0) < id) low = mid + 1;
      else high = mid;
    }
    if (this.extraIds[low] !== id) this.extraIds.splice(low, 0, id);
  }
}
