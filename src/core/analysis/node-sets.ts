/**
 * Single-failure sets read one node at a time. On the folded index most nodes'
 * sets are their class's: written out for every node, a million resources held a
 * million small arrays (about 50 MB) that the analysis reads for a few thousand.
 */
import { sortedIncludes } from './propagate-failures.js';
import type { FailureSet } from './single-failure-sets.js';

export interface NodeSets {
  /** Node `v`'s set, sorted. */
  of(v: number): FailureSet;
  /** Whether `x` is in node `v`'s set. */
  includes(v: number, x: number): boolean;
}

/** Sets already written out for every node (the unfolded engine's). */
export function nodeSetsOf(sets: readonly FailureSet[]): NodeSets {
  return {
    of: (v) => sets[v]!,
    includes: (v, x) => sortedIncludes(sets[v]!, x),
  };
}
