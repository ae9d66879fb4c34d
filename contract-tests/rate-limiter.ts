/**
 * A polite request rate, so a production PBX is never flooded: request starts are spaced 1/rate seconds
 * apart. Rate 0 means unlimited (in-process runs against the mock).
 */
import { setTimeout as sleep } from 'node:timers/promises';

/** Requests per second a run makes against a device unless told otherwise. */
export const DEFAULT_RATE = 5;

/** Spaces request starts. */
export class RateLimiter {
  private next = 0;

  constructor(private perSecond: number) {}

  /** Changes the rate from now on (0 = unlimited). */
  setRate(perSecond: number): void {
    this.perSecond = perSecond;
  }

  /** The current rate (0 = unlimited). */
  get rate(): number {
    return this.perSecond;
  }

  /** Resolves when the next request may start; rejects if `signal` aborts first. */
  async wait(signal?: AbortSignal): Promise<void> {
    if (this.perSecond <= 0) return;
    const now = performance.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await sleep(at - now, undefined, signal ? { signal } : {});
  }
}
