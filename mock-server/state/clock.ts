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

/**
 * The latest time the mock's clock may show: the start of year 270000, some 5,700 years before the last date a
 * JavaScript Date holds (year 275760). The gap is for real time to go on passing and for token lifetimes to be
 * added to "now"; a clock advanced to Date's very edge broke every clock read (500) a millisecond later.
 */
export const LATEST_CLOCK_MS = Date.UTC(270_000, 0, 1);

/** A clock that follows `source` (Date.now by default) plus whatever it was advanced by. */
export function createClock(source: () => number = Date.now): MockClock {
  let offsetMs = 0;
  return {
    now: () => source() + offsetMs,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward');
      if (source() + offsetMs + ms > LATEST_CLOCK_MS) {
        throw new RangeError(
          `the clock may not pass ${new Date(LATEST_CLOCK_MS).toISOString()} (JavaScript dates end soon after)`,
        );
      }
      offsetMs += ms;
    },
    reset() {
      offsetMs = 0;
    },
    offset: () => offsetMs,
  };
}
