import { describe, expect, it } from 'vitest';
import { median, ratio, rotate } from './stats.js';

describe('bench statistics', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('ignores NaN and gives NaN for nothing', () => {
    expect(median([NaN, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });

  it('rounds ratios to three decimals and refuses a zero denominator', () => {
    expect(ratio(1, 3)).toBe(0.333);
    expect(ratio(1, 0)).toBeNaN();
  });

  it('rotates so that each round starts with another server', () => {
    expect(rotate(['a', 'b', 'c'], 1)).toEqual(['b', 'c', 'a']);
    expect(rotate(['a', 'b', 'c'], 4)).toEqual(['b', 'c', 'a']);
    expect(rotate([], 2)).toEqual([]);
  });
});
