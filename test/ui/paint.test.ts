/**
 * What a what-if paints (ui/src/paint.ts): the whole cascade, or the rounds up to
 * the one shown with that round aglow; a focused capability's explanations when
 * there is no what-if.
 */
import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/core/report.js';
import { paintClasses } from '../../ui/src/paint.js';

const simulation: Simulation = {
  failed: ['custom:x'],
  down: ['a', 'b'],
  capabilities: [
    { id: 'k', status: 'down', path: ['k', 'b', 'a'], cause: 'custom:x' },
    { id: 'j', status: 'degraded', path: [], weakened: [] },
  ],
  rounds: [
    { round: 0, down: [{ id: 'a', cause: 'custom:x' }] },
    { round: 1, down: [{ id: 'b', because: ['a'] }] },
    { round: 2, down: [{ id: 'k', because: ['b'] }] },
  ],
};

describe('paintClasses', () => {
  it('paints the whole cascade: what failed directly, what went down, what is degraded, and the reason', () => {
    expect(Object.fromEntries(paintClasses({ simulation, step: undefined, explained: [] }))).toEqual({
      a: 'down failed on-path',
      b: 'down on-path',
      k: 'down on-path',
      j: 'degraded',
      'k\u0000b': 'on-path',
      'b\u0000a': 'on-path',
    });
  });

  it('paints a round: what fell up to it, that round aglow, and no reason yet', () => {
    expect(Object.fromEntries(paintClasses({ simulation, step: 1, explained: [] }))).toEqual({ a: 'down failed', b: 'down this-round' });
    expect(Object.fromEntries(paintClasses({ simulation, step: 0, explained: [] }))).toEqual({ a: 'down failed this-round' });
  });

  it('lights a focused capability’s explanations when there is no what-if, ids named like Object members under their mark', () => {
    expect(Object.fromEntries(paintClasses({ simulation: undefined, step: undefined, explained: [['k', 'constructor']] }))).toEqual({
      k: 'on-path',
      '~constructor': 'on-path',
      'k\u0000~constructor': 'on-path',
    });
  });
});
