import { describe, expect, it } from 'vitest';
import { createTermPositions, positionsOf } from '../../src/core/term-positions.js';

describe('createTermPositions', () => {
  it('gives back each list\'s positions through the map, one per term, whatever the lists\' sizes', () => {
    const built = createTermPositions();
    // Past the first buffer, past twice its size in one list, and empty lists between.
    const lists = [300, 0, 900, 5000, 0, 1, 2047].map((n, l) => Array.from({ length: n }, (_, i) => `l${l}-${i}`));
    lists.forEach((terms, l) => built.record(terms, Array.from(terms, (_, i) => l * 10_000 + i)));
    const positions = built.finish((at) => at + 1);
    lists.forEach((terms, l) => expect(Array.from(positionsOf(positions, terms)!), `list ${l}`).toEqual(Array.from(terms, (_, i) => l * 10_000 + i + 1)));
    expect(positions.positions.length).toBe(lists.reduce((sum, terms) => sum + terms.length, 0));
  });

  it('copies what it is given, so the caller may reuse or change it after', () => {
    const built = createTermPositions();
    const terms = ['a', 'b', 'c'];
    const given = [7, 8, 9];
    built.record(terms, given);
    given.fill(0);
    expect(Array.from(positionsOf(built.finish((at) => at), terms)!)).toEqual([7, 8, 9]);
  });

  it('keeps the last positions of a list recorded twice', () => {
    const built = createTermPositions();
    const terms = ['a', 'b'];
    built.record(terms, [1, 2]);
    built.record(terms, [3, 4]);
    expect(Array.from(positionsOf(built.finish((at) => at), terms)!)).toEqual([3, 4]);
  });

  it('knows nothing of a list it was not given, nor of a model without positions', () => {
    const built = createTermPositions();
    built.record(['a'], [1]);
    const positions = built.finish((at) => at);
    expect(positionsOf(positions, ['a'])).toBeUndefined();
    expect(positionsOf(undefined, ['a'])).toBeUndefined();
  });

  it('refuses positions that are not one per term, and a record after finish', () => {
    const built = createTermPositions();
    expect(() => built.record(['a', 'b'], [1])).toThrow('createTermPositions: 1 positions for 2 terms');
    built.finish((at) => at);
    expect(() => built.record(['a'], [1])).toThrow('createTermPositions: record after finish');
  });
});
