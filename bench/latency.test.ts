import { describe, expect, it } from 'vitest';
import { LatencyRecorder } from './latency.js';

describe('LatencyRecorder', () => {
  it('answers nearest-rank percentiles over everything recorded, past its first buffer', () => {
    const recorder = new LatencyRecorder();
    for (let i = 100_000; i >= 1; i--) recorder.record(i / 1000);
    expect(recorder.count).toBe(100_000);
    expect(recorder.percentile(50)).toBe(50);
    expect(recorder.percentile(99)).toBe(99);
    expect(recorder.percentile(100)).toBe(100);
  });

  it('gives NaN when nothing was recorded', () => {
    expect(new LatencyRecorder().percentile(99)).toBeNaN();
  });
});
