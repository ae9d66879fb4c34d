/**
 * Latency percentiles at microsecond resolution. autocannon's own histogram keeps whole milliseconds, which
 * turns a 0.4 ms median into 0 or 1; the raw response times it emits are kept here instead.
 */

/** Collects response times (ms, fractional) and answers percentiles. */
export class LatencyRecorder {
  private values = new Float64Array(1 << 16);
  private size = 0;

  /** Adds one response time in milliseconds. */
  record(ms: number): void {
    if (this.size === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.size++] = ms;
  }

  /** How many were recorded. */
  get count(): number {
    return this.size;
  }

  /** The `p`th percentile (0..100, nearest rank), in ms rounded to 0.01; NaN when empty. */
  percentile(p: number): number {
    if (this.size === 0) return NaN;
    const sorted = this.values.slice(0, this.size).sort();
    const rank = Math.min(this.size - 1, Math.max(0, Math.ceil((p / 100) * this.size) - 1));
    return Math.round((sorted[rank] ?? NaN) * 100) / 100;
  }
}
