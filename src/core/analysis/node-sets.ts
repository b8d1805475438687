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
  /**
   * The members of node `v`'s set for which `keep` holds, ascending. `keep` must
   * answer alike for interchangeable components (it may read their domains and
   * what takes them down, never their ids): on classes it is asked once per class.
   */
  filter(v: number, keep: (x: number) => boolean): number[];
}

/** Sets already written out for every node (the unfolded engine's). */
export function nodeSetsOf(sets: readonly FailureSet[]): NodeSets {
  return {
    of: (v) => sets[v]!,
    includes: (v, x) => sortedIncludes(sets[v]!, x),
    filter: (v, keep) => filterSet(sets[v]!, keep),
  };
}

/** The elements of a set for which `keep` holds, each asked: what `filter` gives when nothing may be asked per class. */
export function filterSet(set: FailureSet, keep: (x: number) => boolean): number[] {
  const kept: number[] = [];
  for (let i = 0; i < set.length; i++) if (keep(set[i]!)) kept.push(set[i]!);
  return kept;
}
