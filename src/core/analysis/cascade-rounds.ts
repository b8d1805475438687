/**
 * A scenario's cascade in rounds over components: the least fixed point of DESIGN
 * section 2, taken one step at a time. Round 0 is what the scenario fails
 * directly; round k is every component whose requirement is false once the
 * components of rounds before k are down. Requirement groups take no round of
 * their own (a group is part of its owner's requirement): a group falls in the
 * round of the failure that defeats it, and its owner one round later.
 *
 * What goes down is what propagateFailures finds; only the counting differs
 * (there a group is a step, which the explanations need and a reader does not).
 * Level by level, each component and each group edge is looked at once: linear.
 */
import { childrenOf, membersOf, parentsOf, type CompiledIndex } from '../graph/compiled-index.js';
import type { FailureSeed } from './propagate-failures.js';

/** Per node, the round it went down in (groups: the round of the failure that defeated them); -1 where up. */
export function findCascadeRounds(index: CompiledIndex, seed: FailureSeed): Int32Array {
  const round = new Int32Array(index.size).fill(-1);
  const failedChildren = new Int32Array(index.size);
  let level: number[] = [];
  const fail = (v: number) => {
    if (round[v] === -1) {
      round[v] = 0;
      level.push(v);
    }
  };
  for (const v of seed.components ?? []) fail(v);
  for (const domain of seed.domains ?? []) for (const v of membersOf(index, domain)) fail(v);
  for (let k = 0; level.length > 0; k++) {
    const next: number[] = [];
    // A group that falls now passes the failure on within the same round.
    const spreading = [...level];
    while (spreading.length > 0) {
      const v = spreading.pop()!;
      for (const parent of parentsOf(index, v)) {
        if (round[parent] !== -1 || ++failedChildren[parent]! < index.threshold[parent]!) continue;
        if (parent < index.componentCount) {
          round[parent] = k + 1;
          next.push(parent);
        } else {
          round[parent] = k;
          spreading.push(parent);
        }
      }
    }
    level = next;
  }
  return round;
}

/**
 * The components whose loss in rounds before `v`'s took `v` down: its down
 * dependencies of earlier rounds, looking through the groups that fell (a group
 * still standing is not why), each once.
 */
export function findFallenDependencies(index: CompiledIndex, v: number, round: Int32Array): number[] {
  const found = new Set<number>();
  const before = round[v]!;
  const visit = (node: number) => {
    for (const child of childrenOf(index, node)) {
      if (round[child] === -1 || round[child]! >= before) continue;
      if (child < index.componentCount) found.add(child);
      else visit(child);
    }
  };
  if (before > 0) visit(v);
  return [...found];
}
