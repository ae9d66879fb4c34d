/**
 * Byte budgets for what the mock keeps between requests. Counting items was not enough: 600 sessions of 1 MB
 * took the process to 1.9 GB, and 2,000 rules with 1 kB values made GET /__mock/rules fail ("Invalid string
 * length"). Every store charges what it keeps to its own budget, measured as the UTF-8 size of the JSON the
 * store would list (the process holds a small multiple of that), and answers clearly when it is full: a
 * control request gets a 409 problem (PBX_MOCK_STORE_FULL), a device request the device's errcode for a
 * full store (60002 MAX LIMITATION EXCEEDED by default, OPEN). The journal never refuses: it forgets its
 * oldest entries sooner. A coming store (messages, uploads, subscribers) adds its name to STORE_NAMES and a
 * default below, and takes a ByteBudget in its constructor; options, CLI flag and answers then follow.
 */
import { Errcode } from '../../schemas/error-catalogue.js';

/** Every store with a byte budget. */
export const STORE_NAMES = ['sessions', 'rules', 'journal', 'uploads', 'messages'] as const;

/** A store with a byte budget. */
export type StoreName = (typeof STORE_NAMES)[number];

const MiB = 1024 * 1024;

/**
 * Default budgets: far above what a test suite or a long manual session keeps (a session is ~1 kB, a rule
 * ~200 bytes, a journal entry the length of its request line), and together small enough for a laptop:
 * with every store full, the soak (scripts/soak.ts) measured 270 to 350 MB RSS under a 512 MB heap cap,
 * flat over 3 minutes (uncapped, V8 collects the refills' garbage later: 290 to 740 MB, no trend).
 */
export const DEFAULT_BUDGETS: Readonly<Record<StoreName, number>> = {
  sessions: 64 * MiB,
  rules: 16 * MiB,
  journal: 32 * MiB,
  // files on disk, not in memory (state/upload-store.ts): room for a few uploads at the device's 100 MB limit
  uploads: 512 * MiB,
  /** Messages written since start (sent, the customer's, system messages): ~400 bytes each. */
  messages: 32 * MiB,
};

/** The largest budget accepted (16 GiB). */
export const MAX_BUDGET = 16 * 1024 * MiB;

/** What a store answers with when it is full. */
export class StoreFull extends Error {
  override readonly name = 'StoreFull';
  readonly code = 'PBX_MOCK_STORE_FULL';

  constructor(
    readonly store: StoreName,
    readonly budget: number,
    readonly used: number,
    readonly needed: number,
    /** The errcode a device request gets. */
    readonly errcode: number,
    /** What budget, used and needed count: bytes, or files for the uploads' count cap. */
    readonly unit: 'bytes' | 'files' = 'bytes',
  ) {
    super(`the ${store} store is full: ${used} of ${budget} ${unit} used, ${needed} more needed`);
  }
}

/** The bytes one store may keep, and how many it keeps now. */
export class ByteBudget {
  private usedBytes = 0;

  constructor(
    readonly store: StoreName,
    readonly limit: number,
    readonly errcode: number = Errcode.MAX_LIMITATION_EXCEEDED,
  ) {
    if (!Number.isSafeInteger(limit) || limit < 0 || limit > MAX_BUDGET) {
      throw new RangeError(
        `the ${store} budget must be an integer from 0 to ${MAX_BUDGET} bytes; got ${limit}`,
      );
    }
  }

  /** Bytes kept now. */
  get used(): number {
    return this.usedBytes;
  }

  /** Whether `bytes` more would fit. */
  fits(bytes: number): boolean {
    return this.usedBytes + bytes <= this.limit;
  }

  /** Charges `bytes` (after giving back `replacing`, the size of what they replace); throws StoreFull. */
  take(bytes: number, replacing = 0): void {
    const after = this.usedBytes - replacing + bytes;
    if (after > this.limit) {
      throw new StoreFull(this.store, this.limit, this.usedBytes, bytes - replacing, this.errcode);
    }
    this.usedBytes = after;
  }

  /** Gives back `bytes`. */
  release(bytes: number): void {
    this.usedBytes = Math.max(0, this.usedBytes - bytes);
  }

  /** Empty again. */
  reset(): void {
    this.usedBytes = 0;
  }
}

/** The budget of each store, defaults filled in; throws RangeError on a bad value. */
export function resolveBudgets(
  given: Partial<Record<StoreName, number>> = {},
): Record<StoreName, number> {
  const budgets = { ...DEFAULT_BUDGETS };
  for (const [name, value] of Object.entries(given)) {
    if (!(STORE_NAMES as readonly string[]).includes(name)) {
      throw new RangeError(`no store ${JSON.stringify(name)}; stores: ${STORE_NAMES.join(', ')}`);
    }
    if (value === undefined) continue;
    budgets[name as StoreName] = new ByteBudget(name as StoreName, value).limit;
  }
  return budgets;
}

/** The UTF-8 size of `value` as JSON: what a store charges for keeping it. */
export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '');
}
