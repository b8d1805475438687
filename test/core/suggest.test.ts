import { describe, expect, it } from 'vitest';
import { suggest } from '../../src/core/suggest.js';

describe('suggest', () => {
  it('finds a typo, a transposition and a case slip', () => {
    expect(suggest('leger', ['ledger', 'api'])).toBe('ledger');
    expect(suggest('reqiures', ['requires', 'region'])).toBe('requires');
    expect(suggest('anyof', ['anyOf', 'allOf'])).toBe('anyOf');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggest('payments', ['ledger', 'api'])).toBeUndefined();
    expect(suggest('x', [])).toBeUndefined();
  });
});
