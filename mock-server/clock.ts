/**
 * The mock's sense of time. Real time by default; tests move it forward so that token expiry takes
 * milliseconds instead of half an hour.
 */

/** A clock whose time can be moved forward. */
export interface MockClock {
  /** Milliseconds since the epoch, as the mock sees it. */
  now(): number;
  /** Moves the mock's time forward by `ms` (never backward). */
  advance(ms: number): void;
  /** Back to real time. */
  reset(): void;
  /** How far ahead of real time the mock is, in milliseconds. */
  offset(): number;
}

/** A clock that follows `source` (Date.now by default) plus whatever it was advanced by. */
export function createClock(source: () => number = Date.now): MockClock {
  let offsetMs = 0;
  return {
    now: () => source() + offsetMs,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward');
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
    },
    offset: () => offsetMs,
  };
}
