/**
 * Least-fixed-point failure propagation (DESIGN section 2). Starting from the
 * directly failed nodes, a node goes down once `threshold` of its child edges are
 * down. Each node is queued at most once, so this is linear in the edges, and a
 * dependency cycle never fails by itself: only a failure can start a cascade.
 */
import { membersOf, type CompiledIndex } from '../graph/compiled-index.js';

export interface FailureSeed {
  components?: readonly number[];
  domains?: readonly number[];
}

export interface Propagation {
  /** 1 where the node is down. */
  down: Uint8Array;
  /** 1 where the node failed directly (named in the scenario or in a failed domain). */
  direct: Uint8Array;
  /**
   * The round each down node fell in: 0 for direct failures, k + 1 for a node
   * whose requirement became false once the nodes of rounds up to k were down
   * (the cascade, step by step; -1 where up).
   */
  round: Int32Array;
}

export function propagateFailures(index: CompiledIndex, seed: FailureSeed): Propagation {
  const down = new Uint8Array(index.size);
  const direct = new Uint8Array(index.size);
  const round = new Int32Array(index.size).fill(-1);
  const failedChildren = new Int32Array(index.size);
  const queue: number[] = [];
  const fail = (v: number) => {
    direct[v] = 1;
    if (!down[v]) {
      down[v] = 1;
      round[v] = 0;
      queue.push(v);
    }
  };
  for (const v of seed.components ?? []) fail(v);
  for (const domain of seed.domains ?? []) for (const v of membersOf(index, domain)) fail(v);
  // First in, first out: nodes leave the queue in the order of their rounds. On a
  // folded index (fold-index.ts) a class falls as all its members do, so each edge
  // counts its weight: exact for failed domains, which fail whole classes (a failed
  // component seed would fail its whole class there).
  const { parentOffsets, parents, parentWeights } = index;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = parentOffsets[v]!; e < parentOffsets[v + 1]!; e++) {
      const parent = parents[e]!;
      if (down[parent]) continue;
      if ((failedChildren[parent]! += parentWeights === undefined ? 1 : parentWeights[e]!) >= index.threshold[parent]!) {
        down[parent] = 1;
        round[parent] = round[v]! + 1;
        queue.push(parent);
      }
    }
  }
  return { down, direct, round };
}

/**
 * The shortest chain of requirement edges from `from` to a node where `isGoal`
 * holds, entering only nodes where `canEnter` holds; undefined when there is none.
 * Breadth first, testing each node as it is discovered: the first goal found ends
 * the search, before the rest of its (often wide) level is queued.
 */
export function findShortestPath(index: CompiledIndex, from: number, canEnter: (v: number) => boolean, isGoal: (v: number) => boolean): number[] | undefined {
  const previous = new Map<number, number>([[from, -1]]);
  const pathTo = (v: number) => {
    const path: number[] = [];
    for (let at = v; at !== -1; at = previous.get(at)!) path.push(at);
    return path.reverse();
  };
  if (isGoal(from)) return [from];
  const { childOffsets, children } = index;
  const queue = [from];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    for (let e = childOffsets[v]!; e < childOffsets[v + 1]!; e++) {
      const child = children[e]!;
      if (previous.has(child) || !canEnter(child)) continue;
      previous.set(child, v);
      if (isGoal(child)) return pathTo(child);
      queue.push(child);
    }
  }
  return undefined;
}

/** True when the node's own domains include `domain`. */
export function isInDomain(index: CompiledIndex, v: number, domain: number): boolean {
  // Searched in place: a view of the node's domains per question was most of what explanations allocated.
  return sortedIncludes(index.nodeDomains, domain, index.nodeDomainOffsets[v]!, index.nodeDomainOffsets[v + 1]!);
}

/** Whether the ascending `list` (or its part from `start` up to `end`) holds `value`. */
export function sortedIncludes(list: ArrayLike<number>, value: number, start = 0, end = list.length): boolean {
  let lo = start;
  let hi = end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const at = list[mid]!;
    if (at === value) return true;
    if (at < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
