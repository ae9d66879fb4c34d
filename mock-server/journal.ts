/**
 * The request journal: the last N device requests in a fixed-size ring (memory stays flat however long the
 * mock runs) and plain counters per endpoint, so a test can check what its client sent ("refreshed exactly
 * once"). Tokens never enter it: access_token is masked before an entry is stored.
 */
import type { ControlJournal, ControlJournalEntry } from '../schemas/types.generated.js';
import type { Query } from './query.js';

/** Entries kept by default. */
export const DEFAULT_JOURNAL_SIZE = 1000;

/** The largest journal the mock accepts. */
export const MAX_JOURNAL_SIZE = 1_000_000;

/** The counter key of requests to paths that are no endpoint. */
export const UNKNOWN_ENDPOINT = '(unknown)';

/** What the dispatcher knows about a finished request. */
export interface JournalRecord {
  readonly method: string;
  readonly path: string;
  /** Endpoint name when the path is one, for the counters. */
  readonly endpoint: string | undefined;
  readonly query: Query;
  readonly status: number;
  readonly errcode: number | undefined;
  readonly rule: string | undefined;
  readonly fault: string | undefined;
}

/** Which entries GET /__mock/journal returns. */
export interface JournalFilter {
  /** An endpoint name or a full path. */
  readonly path?: string | undefined;
  readonly method?: string | undefined;
  readonly errcode?: number | undefined;
  readonly rule?: string | undefined;
  /** The newest `limit` of those that match. */
  readonly limit?: number | undefined;
}

interface Stored extends JournalRecord {
  readonly seq: number;
  readonly at: number;
}

/** `query` with access_token replaced by `***`; the same object when it carries none. */
export function maskQuery(query: Query): Query {
  if (query.access_token === undefined) return query;
  const masked: Query = { ...query };
  masked.access_token = Array.isArray(query.access_token)
    ? query.access_token.map(() => '***')
    : '***';
  return masked;
}

/** A bounded journal of device requests. */
export class Journal {
  private ring: (Stored | undefined)[];
  private next = 0;
  private seq = 0;
  private counters = new Map<string, number>();

  constructor(
    readonly capacity: number = DEFAULT_JOURNAL_SIZE,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isSafeInteger(capacity) || capacity < 0 || capacity > MAX_JOURNAL_SIZE) {
      throw new RangeError(
        `journal size must be an integer from 0 to ${MAX_JOURNAL_SIZE}; got ${capacity}`,
      );
    }
    this.ring = new Array<Stored | undefined>(capacity);
  }

  /** Records one request (its query must already be masked). */
  record(entry: JournalRecord): void {
    this.seq++;
    const key = entry.endpoint ?? UNKNOWN_ENDPOINT;
    this.counters.set(key, (this.counters.get(key) ?? 0) + 1);
    if (this.capacity === 0) return;
    this.ring[this.next] = { ...entry, seq: this.seq, at: this.now() };
    this.next = (this.next + 1) % this.capacity;
  }

  /** Requests recorded since the last clear (also those the ring no longer holds). */
  get total(): number {
    return this.seq;
  }

  /** Requests per endpoint since the last clear. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.counters);
  }

  /** Kept entries that pass `filter`, oldest first. */
  entries(filter: JournalFilter = {}): ControlJournalEntry[] {
    const found: ControlJournalEntry[] = [];
    for (let i = 0; i < this.capacity; i++) {
      const stored = this.ring[(this.next + i) % this.capacity];
      if (stored && passes(stored, filter)) found.push(view(stored));
    }
    return filter.limit === undefined
      ? found
      : found.slice(Math.max(0, found.length - filter.limit));
  }

  /** The whole journal as GET /__mock/journal answers it. */
  snapshot(filter: JournalFilter = {}): ControlJournal {
    return {
      capacity: this.capacity,
      total: this.total,
      counts: this.counts(),
      entries: this.entries(filter),
    };
  }

  /** Forgets every entry and counter. */
  clear(): void {
    this.ring = new Array<Stored | undefined>(this.capacity);
    this.next = 0;
    this.seq = 0;
    this.counters = new Map();
  }
}

function passes(stored: Stored, filter: JournalFilter): boolean {
  if (filter.path !== undefined && filter.path !== stored.path && filter.path !== stored.endpoint) {
    return false;
  }
  if (filter.method !== undefined && filter.method !== stored.method) return false;
  if (filter.errcode !== undefined && filter.errcode !== stored.errcode) return false;
  return filter.rule === undefined || filter.rule === stored.rule;
}

function view(stored: Stored): ControlJournalEntry {
  const entry: ControlJournalEntry = {
    seq: stored.seq,
    at: new Date(stored.at).toISOString(),
    method: stored.method,
    path: stored.path,
    query: { ...stored.query },
    status: stored.status,
  };
  if (stored.errcode !== undefined) entry.errcode = stored.errcode;
  if (stored.rule !== undefined) entry.rule = stored.rule;
  if (stored.fault !== undefined) entry.fault = stored.fault;
  return entry;
}
