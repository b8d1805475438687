import { describe, expect, it } from 'vitest';
import { wholePercents } from '../../src/render/whole-percents.js';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('wholePercents', () => {
  it('makes thirds add up to 100: 34 · 33 · 33, not 33 · 33 · 33', () => {
    expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
  });

  it('makes 4 of 6, 1 of 6 and 1 of 6 add up to 100: 67 · 17 · 16, not 67 · 17 · 17', () => {
    expect(wholePercents([4 / 6, 1 / 6, 1 / 6])).toEqual([67, 17, 16]);
  });

  it('gives the points left over to the largest remainders, the "others" entry included', () => {
    // 65.79 · 13.16 · 13.16 · 7.89 (3 others): the floors make 98; .89 and .79 get the two points.
    expect(wholePercents([25 / 38, 5 / 38, 5 / 38, 3 / 38])).toEqual([66, 13, 13, 8]);
  });

  it('leaves shares that are already whole as they are', () => {
    expect(wholePercents([0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
    expect(wholePercents([1])).toEqual([100]);
  });

  it('adds up to 100 for shares rounded to four places that sum to 0.9999 or 1.0001', () => {
    expect(sum(wholePercents([0.6579, 0.1316, 0.1316, 0.0789]))).toBe(100);
    expect(sum(wholePercents([0.3334, 0.3334, 0.3333]))).toBe(100);
  });

  it('gives a share that rounds to nothing 0, and gives nothing to an empty list', () => {
    expect(wholePercents([0.996, 0.004])).toEqual([100, 0]);
    expect(wholePercents([])).toEqual([]);
  });

  it('adds up to the rounded total when the shares are a part of the whole', () => {
    expect(wholePercents([0.25, 0.25])).toEqual([25, 25]);
    expect(wholePercents([1 / 6, 1 / 6, 1 / 6])).toEqual([17, 17, 16]);
  });

  it('on random shares of a whole, always adds up to 100, each within one point of its exact value', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 500; round++) {
      const counts = Array.from({ length: 1 + Math.floor(random() * 12) }, () => 1 + Math.floor(random() * 50));
      const total = sum(counts);
      const shares = counts.map((count) => count / total);
      const percents = wholePercents(shares);
      expect(sum(percents)).toBe(100);
      percents.forEach((percent, i) => expect(Math.abs(percent - shares[i]! * 100)).toBeLessThan(1));
    }
  });
});
