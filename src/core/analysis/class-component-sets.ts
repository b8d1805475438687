/**
 * Single-failure sets over components, computed on the folded index (see
 * fold-index.ts) and read for any node of the full index.
 *
 * An element c of a class's set means "one member of class c fails". Members are
 * symmetric, so if one member's failure takes a node down, so does each other's:
 * the element expands to every member. Where one member fails, the other members
 * of its class stay up unless their (shared) requirement falls with it; until
 * then an edge of weight w to the class carries w / n failed edges (each member
 * is w / n of them), and once it falls, the whole class is down and the edge
 * counts w. `escalates` records, per class, whether one member's failure takes
 * the whole class down (through a cycle back to it). A class of one is the
 * ordinary rule: its failure is the whole class failing.
 *
 * The iteration is the chaotic one of single-failure-sets.ts: sets and the
 * escalation flags only grow, so the least solution is reached from the empty
 * sets, which is the least fixed point of DESIGN section 2 per single failure.
 */
import { classSize, type FoldedIndex } from '../graph/fold-index.js';
import { sortedIncludes } from './propagate-failures.js';
import { EMPTY, union, type FailureSet } from './single-failure-sets.js';
import type { NodeSets } from './node-sets.js';

export interface ClassComponentSets {
  /** Per class, the classes one member of which alone takes it down (itself included for components). */
  sets: FailureSet[];
  /** Per class: 1 where one member's failure takes every member down. */
  escalates: Uint8Array;
}

export function computeClassComponentSets(folded: FoldedIndex, order: Int32Array): ClassComponentSets {
  const { index } = folded;
  const { size, componentCount, parentOffsets, parents } = index;
  const sets = new Array<FailureSet>(size).fill(EMPTY);
  const escalates = new Uint8Array(size);
  const sizes = Int32Array.from({ length: size }, (_, c) => classSize(folded, c));
  const queued = new Uint8Array(size).fill(1);
  const queue = Array.from(order);
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
    const fromChildren = combineChildren(folded, v, sets, escalates, sizes);
    const isComponent = v < componentCount;
    const escalated = isComponent && sizes[v]! > 1 && sortedIncludes(fromChildren, v) ? 1 : 0;
    const next = isComponent ? union([v], fromChildren) : fromChildren;
    if (next.length === sets[v]!.length && escalated === escalates[v]) continue;
    sets[v] = next;
    escalates[v] = escalated;
    for (let e = parentOffsets[v]!; e < parentOffsets[v + 1]!; e++) {
      const parent = parents[e]!;
      if (!queued[parent]) {
        queued[parent] = 1;
        queue.push(parent);
      }
    }
  }
  return { sets, escalates };
}

/** The elements whose failure takes down enough of `v`'s child edges (by weight). */
function combineChildren(folded: FoldedIndex, v: number, sets: readonly FailureSet[], escalates: Uint8Array, sizes: Int32Array): FailureSet {
  const { childOffsets, children, childWeights, threshold } = folded.index;
  const start = childOffsets[v]!;
  const end = childOffsets[v + 1]!;
  let total = 0;
  for (let e = start; e < end; e++) total += childWeights[e]!;
  const needed = threshold[v]!;
  if (needed > total) return EMPTY;
  const counts = new Map<number, number>();
  for (let e = start; e < end; e++) {
    const child = children[e]!;
    const set = sets[child]!;
    const weight = childWeights[e]!;
    for (let i = 0; i < set.length; i++) {
      const x = set[i]!;
      // One member of the child's own class down, the rest up: only its share of the edges fails.
      const failed = x === child && sizes[child]! > 1 && !escalates[child] ? weight / sizes[child]! : weight;
      counts.set(x, (counts.get(x) ?? 0) + failed);
    }
  }
  const result: number[] = [];
  for (const [x, count] of counts) if (count >= needed) result.push(x);
  return result.length === 0 ? EMPTY : result.sort((a, b) => a - b);
}

/**
 * The class sets as the sets of every full node: each element becomes all the
 * members of its class, except a node's own class, which stands for the node
 * alone unless one member's failure takes the whole class down. Each class's
 * expansion is made when a node of it is first asked about.
 */
export function expandComponentSets(folded: FoldedIndex, classSets: ClassComponentSets): NodeSets {
  const { classOf } = folded;
  const { sets, escalates } = classSets;
  const whole = new Array<FailureSet | undefined>(sets.length);
  const others = new Array<FailureSet | undefined>(sets.length);
  const expand = (set: FailureSet, leaveOut: number): FailureSet => {
    let total = 0;
    for (let i = 0; i < set.length; i++) if (set[i] !== leaveOut) total += classSize(folded, set[i]!);
    if (total === 0) return EMPTY;
    const found = new Int32Array(total);
    let at = 0;
    const { classOffsets, classMembers } = folded;
    for (let i = 0; i < set.length; i++) {
      if (set[i] === leaveOut) continue;
      for (let m = classOffsets[set[i]!]!; m < classOffsets[set[i]! + 1]!; m++) found[at++] = classMembers[m]!;
    }
    found.sort();
    // Copied by index: Array.from walks a typed array with an iterator.
    const sorted = new Array<number>(total);
    for (let i = 0; i < total; i++) sorted[i] = found[i]!;
    return sorted;
  };
  /** Whether every member of class c has the class's whole set (else each has the others' and itself). */
  const isWhole = (c: number) => classSize(folded, c) === 1 || escalates[c] === 1 || !sortedIncludes(sets[c]!, c);
  const wholeOf = (c: number) => (whole[c] ??= expand(sets[c]!, -1));
  const othersOf = (c: number) => (others[c] ??= expand(sets[c]!, c));
  return {
    of: (v) => {
      const c = classOf[v]!;
      if (isWhole(c)) return wholeOf(c);
      const rest = othersOf(c);
      return rest.length === 0 ? [v] : union(rest, [v]);
    },
    includes: (v, x) => {
      const c = classOf[v]!;
      return isWhole(c) ? sortedIncludes(wholeOf(c), x) : x === v || sortedIncludes(othersOf(c), x);
    },
    filter: (v, keep) => {
      // One question per class of the set: a class of five hundred tasks is asked once, not five hundred times.
      const c = classOf[v]!;
      const own = isWhole(c) ? -1 : c;
      const set = sets[c]!;
      const { classOffsets, classMembers } = folded;
      const kept: number[] = [];
      for (let i = 0; i < set.length; i++) {
        const x = set[i]!;
        if (x === own || !keep(classMembers[classOffsets[x]!]!)) continue;
        for (let m = classOffsets[x]!; m < classOffsets[x + 1]!; m++) kept.push(classMembers[m]!);
      }
      // Not whole: of its own class, the node stands for itself alone.
      if (own !== -1 && keep(v)) kept.push(v);
      return kept.sort((a, b) => a - b);
    },
  };
}
