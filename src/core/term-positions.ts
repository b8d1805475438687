/**
 * The positions of the ids in some lists of requirement terms, in one array with
 * each list's start: a selection of fifty resources costs fifty numbers, not a
 * typed array of its own (forty thousand of those held about twelve megabytes at a
 * million resources). See Model.termPositions.
 */
import type { Requirement, TermPositions } from './model.js';

export interface TermPositionsBuilder {
  /** One position per term of `terms`, copied at once. */
  record(terms: readonly Requirement[], positions: ArrayLike<number>): void;
  /** Every recorded position through `map`; nothing may be recorded after. */
  finish(map: (position: number) => number): TermPositions;
}

export function createTermPositions(): TermPositionsBuilder {
  const starts = new WeakMap<readonly Requirement[], number>();
  let positions = new Int32Array(1024);
  let used = 0;
  let finished = false;
  return {
    record: (terms, at) => {
      if (finished) throw new Error('createTermPositions: record after finish');
      if (at.length !== terms.length) throw new Error(`createTermPositions: ${at.length} positions for ${terms.length} terms`);
      if (used + at.length > positions.length) {
        const grown = new Int32Array(Math.max(positions.length * 2, used + at.length));
        grown.set(positions.subarray(0, used));
        positions = grown;
      }
      starts.set(terms, used);
      for (let i = 0; i < at.length; i++) positions[used++] = at[i]!;
    },
    finish: (map) => {
      finished = true;
      const kept = positions.slice(0, used);
      for (let i = 0; i < kept.length; i++) kept[i] = map(kept[i]!);
      return { starts, positions: kept };
    },
  };
}

/** The positions recorded for `terms`, if any: a view, one number per term. */
export function positionsOf(termPositions: TermPositions | undefined, terms: readonly Requirement[]): Int32Array | undefined {
  const start = termPositions?.starts.get(terms);
  return start === undefined ? undefined : termPositions!.positions.subarray(start, start + terms.length);
}
