/**
 * The request journal: the last N device requests in a fixed-size ring (memory stays flat however long the
 * mock runs) and plain counters per endpoint, so a test can check what its client sent ("refreshed exactly
 * once"). Tokens never leave it: access_token (and any other SECRET_PARAMS) is masked whenever it is read.
 *
 * It runs on every request, so it is columnar: numbers go into preallocated typed arrays and only the
 * request line (one string) is kept per entry; the query is parsed and masked when someone reads it. Keeping
 * a handful of objects per request alive for 1000 requests would push them into the old generation and
 * make every garbage collection dearer.
 */
import type { ControlJournal, ControlJournalEntry } from '../../schemas/types.generated.js';
import { API_PREFIX } from '../../schemas/device-endpoints.js';
import { parseQuery } from '../core/query.js';
import type { Query } from '../core/query.js';
import type { JsonPart } from '../core/json-stream.js';
import { jsonText } from '../core/json-stream.js';
import { DEFAULT_BUDGETS } from '../state/store-budget.js';

/** What an entry is charged besides its request line: its columns and references. */
export const JOURNAL_ENTRY_BYTES = 64;

/** Entries kept by default. */
export const DEFAULT_JOURNAL_SIZE = 1000;

/** The largest journal the mock accepts. */
export const MAX_JOURNAL_SIZE = 1_000_000;

/** The counter key of requests to paths that are no endpoint. */
export const UNKNOWN_ENDPOINT = '(unknown)';

/** Longest path, and longest query string, an entry shows as is; longer ones are summarised. */
export const MAX_SHOWN_PATH = 1024;
export const MAX_SHOWN_QUERY = 4096;

/** What the dispatcher knows about a finished request. */
export interface JournalRecord {
  readonly method: string;
  /** The request target as received: path and query string. */
  readonly url: string;
  /** Endpoint name when the path is one of the mock's endpoints, for the counters. */
  readonly endpoint: string | undefined;
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

/**
 * Query parameters whose values are secrets: the token the device takes there, and the refresh token and
 * client secret a faulty client may put there instead of in the body.
 */
export const SECRET_PARAMS: readonly string[] = ['access_token', 'refresh_token', 'password'];

/** `query` with every secret parameter replaced by `***`; the same object when it carries none. */
export function maskQuery(query: Query): Query {
  let masked: Query | undefined;
  for (const name of SECRET_PARAMS) {
    const value = query[name];
    if (value === undefined) continue;
    masked ??= { ...query };
    masked[name] = Array.isArray(value) ? value.map(() => '***') : '***';
  }
  return masked ?? query;
}

/** The request line split for showing: path (cut when huge) and masked query (`parsed` saves a parse). */
export function describeUrl(url: string, parsed?: Query): { path: string; query: Query } {
  const mark = url.indexOf('?');
  const path = mark < 0 ? url : url.slice(0, mark);
  const search = mark < 0 ? '' : url.slice(mark + 1);
  return {
    path: path.length > MAX_SHOWN_PATH ? `${path.slice(0, MAX_SHOWN_PATH)}...` : path,
    query:
      search.length > MAX_SHOWN_QUERY
        ? { '(query)': `${search.length} bytes, not shown` }
        : maskQuery(parsed ?? parseQuery(search)),
  };
}

/** A bounded journal of device requests. */
export class Journal {
  private urls: (string | undefined)[] = [];
  private methods: (string | undefined)[] = [];
  private rules: (string | undefined)[] = [];
  private faults: (string | undefined)[] = [];
  private readonly seqs: Float64Array;
  private readonly ats: Float64Array;
  private readonly statuses: Int32Array;
  /** NaN where the answer had no errcode. */
  private readonly errcodes: Float64Array;
  /** What each kept entry is charged to the byte budget. */
  private readonly sizes: Float64Array;
  private next = 0;
  /** Entries kept now (fewer than capacity when the byte budget ran out first). */
  private kept = 0;
  private usedBytes = 0;
  private seq = 0;
  private counters = new Map<string, number>();

  constructor(
    readonly capacity: number = DEFAULT_JOURNAL_SIZE,
    private readonly now: () => number = Date.now,
    /**
     * Bytes the kept entries may take (request line plus JOURNAL_ENTRY_BYTES each): a million entries of
     * 15 kB request lines took the mock past 1 GB. When a new entry does not fit, the oldest are forgotten.
     */
    readonly budget: number = DEFAULT_BUDGETS.journal,
  ) {
    if (!Number.isSafeInteger(capacity) || capacity < 0 || capacity > MAX_JOURNAL_SIZE) {
      throw new RangeError(
        `journal size must be an integer from 0 to ${MAX_JOURNAL_SIZE}; got ${capacity}`,
      );
    }
    if (!Number.isSafeInteger(budget) || budget < 0) {
      throw new RangeError(`the journal budget must be a whole number of bytes; got ${budget}`);
    }
    this.seqs = new Float64Array(capacity);
    this.ats = new Float64Array(capacity);
    this.statuses = new Int32Array(capacity);
    this.errcodes = new Float64Array(capacity);
    this.sizes = new Float64Array(capacity);
    this.clear();
  }

  /** Records one request. */
  record(entry: JournalRecord): void {
    this.seq++;
    const key = entry.endpoint ?? UNKNOWN_ENDPOINT;
    this.counters.set(key, (this.counters.get(key) ?? 0) + 1);
    const size = entry.url.length + JOURNAL_ENTRY_BYTES;
    if (this.capacity === 0 || size > this.budget) return;
    while (this.kept > 0 && (this.kept === this.capacity || this.usedBytes + size > this.budget)) {
      this.forgetOldest();
    }
    const i = this.next;
    this.sizes[i] = size;
    this.usedBytes += size;
    this.kept++;
    this.urls[i] = entry.url;
    this.methods[i] = entry.method;
    this.rules[i] = entry.rule;
    this.faults[i] = entry.fault;
    this.seqs[i] = this.seq;
    this.ats[i] = this.now();
    this.statuses[i] = entry.status;
    this.errcodes[i] = entry.errcode ?? NaN;
    this.next = i + 1 === this.capacity ? 0 : i + 1;
  }

  /** Bytes the kept entries are charged. */
  get bytes(): number {
    return this.usedBytes;
  }

  /** Entries kept now. */
  get size(): number {
    return this.kept;
  }

  private forgetOldest(): void {
    const i = (this.next - this.kept + this.capacity) % this.capacity;
    this.usedBytes -= this.sizes[i] ?? 0;
    this.sizes[i] = 0;
    this.urls[i] = undefined;
    this.methods[i] = undefined;
    this.rules[i] = undefined;
    this.faults[i] = undefined;
    this.kept--;
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
    for (const entry of this.matching(filter)) if (entry) found.push(entry);
    return found;
  }

  /**
   * Kept entries that pass `filter`, oldest first, built one at a time. The matching slots are picked at
   * once (numbers only); an entry the ring overwrites before it is read yields undefined.
   */
  *matching(filter: JournalFilter = {}): Generator<ControlJournalEntry | undefined> {
    const slots: number[] = [];
    const seqs: number[] = [];
    const limit = filter.limit ?? Infinity;
    // newest first, so a limit ends the walk early (a full million-entry journal took ~3 s for limit=1)
    for (let k = 1; k <= this.kept && slots.length < limit; k++) {
      const i = (this.next - k + this.capacity) % this.capacity;
      if (!this.keeps(i, filter)) continue;
      if (filter.path !== undefined) {
        const entry = this.view(i);
        if (!entry || !pathPasses(entry, filter)) continue;
      }
      slots.push(i);
      seqs.push(this.seqs[i] ?? 0);
    }
    for (let n = slots.length - 1; n >= 0; n--) {
      const i = slots[n] ?? 0;
      yield this.seqs[i] === seqs[n] && this.urls[i] !== undefined ? this.view(i) : undefined;
    }
  }

  /** GET /__mock/journal's answer as parts to stream (json-stream.ts). */
  snapshotParts(filter: JournalFilter = {}): JsonPart[] {
    return [
      `{"capacity":${jsonText(this.capacity)},"total":${jsonText(this.total)},"counts":${jsonText(this.counts())},` +
        `"budget_bytes":${jsonText(this.budget)},"used_bytes":${jsonText(this.usedBytes)},"entries":`,
      { items: this.matching(filter) },
      '}',
    ];
  }

  /** The whole journal as GET /__mock/journal answers it. */
  snapshot(filter: JournalFilter = {}): ControlJournal {
    return {
      capacity: this.capacity,
      total: this.total,
      counts: this.counts(),
      budget_bytes: this.budget,
      used_bytes: this.usedBytes,
      entries: this.entries(filter),
    };
  }

  /** Forgets every entry and counter. */
  clear(): void {
    this.urls = new Array<string | undefined>(this.capacity);
    this.methods = new Array<string | undefined>(this.capacity);
    this.rules = new Array<string | undefined>(this.capacity);
    this.faults = new Array<string | undefined>(this.capacity);
    this.sizes.fill(0);
    this.kept = 0;
    this.usedBytes = 0;
    this.next = 0;
    this.seq = 0;
    this.counters = new Map();
  }

  /** The filter's checks on the columns, before an entry is built from them. */
  private keeps(i: number, filter: JournalFilter): boolean {
    if (this.urls[i] === undefined) return false;
    if (filter.method !== undefined && filter.method !== this.methods[i]) return false;
    if (filter.errcode !== undefined && filter.errcode !== this.errcodes[i]) return false;
    return filter.rule === undefined || filter.rule === this.rules[i];
  }

  private view(i: number): ControlJournalEntry | undefined {
    const url = this.urls[i];
    if (url === undefined) return undefined;
    const { path, query } = describeUrl(url);
    const entry: ControlJournalEntry = {
      seq: this.seqs[i] ?? 0,
      at: new Date(this.ats[i] ?? 0).toISOString(),
      method: this.methods[i] ?? '',
      path,
      query: { ...query },
      status: this.statuses[i] ?? 0,
    };
    const errcode = this.errcodes[i] ?? NaN;
    if (!Number.isNaN(errcode)) entry.errcode = errcode;
    const rule = this.rules[i];
    if (rule !== undefined) entry.rule = rule;
    const fault = this.faults[i];
    if (fault !== undefined) entry.fault = fault;
    return entry;
  }
}

function pathPasses(entry: ControlJournalEntry, filter: JournalFilter): boolean {
  if (filter.path === undefined) return true;
  const name = entry.path.startsWith(API_PREFIX) ? entry.path.slice(API_PREFIX.length) : undefined;
  return filter.path === entry.path || filter.path === name;
}
