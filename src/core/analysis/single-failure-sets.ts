/**
 * For every node v, the set of single failures that take v down:
 *   S(v) = base(v) ∪ gate_v(S(children))
 * where an AND node takes the union of its children's sets, an OR node the
 * intersection, and a k-of-n node the elements found in at least `threshold`
 * children (counting parallel edges, and on a folded index each entry by its
 * weight: see fold-index.ts). Read one element x at a time, this is exactly
 * the propagation of the scenario {x}, so the least solution, reached by chaotic
 * iteration upwards from the empty sets, gives for each x the least fixed point of
 * DESIGN section 2, cycles included (sets only grow, so "changed" means "grew").
 *
 * `base(v)` says which failures hit v directly: `[v]` for component SPOFs, v's own
 * domains for domain SPOFs. `ALL` marks a node that is down whatever else fails,
 * which is how cut sets of higher order condition on failures already assumed.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';

/** Sorted indices; compared by length, since sets only grow. */
export type FailureSet = ArrayLike<number>;

/** The set holding every failure: the node is down already. */
export const ALL: FailureSet = Object.freeze([-1]);
export const EMPTY: FailureSet = Object.freeze([]);

/** Read access to the sets of the nodes a pass does not compute. */
export type SetLookup = (v: number) => FailureSet;

export interface SingleFailureOptions {
  base: (v: number) => FailureSet;
  /** The nodes to compute, children before parents where possible (see postOrder); all others are read from `outside`. */
  nodes: ArrayLike<number>;
  /** Sets of the nodes not computed. Default: empty. */
  outside?: SetLookup;
}

/**
 * Working storage for repeated partial passes: one allocation, reused; a slot is
 * valid for the current pass when its stamp equals the pass number.
 */
export class FailureSetStore {
  readonly sets: FailureSet[];
  private readonly stamp: Int32Array;
  private readonly queuedStamp: Int32Array;
  private pass = 0;

  constructor(size: number) {
    this.sets = new Array<FailureSet>(size).fill(EMPTY);
    this.stamp = new Int32Array(size);
    this.queuedStamp = new Int32Array(size);
  }

  /** Computes the sets of `options.nodes`; read them with `get` until the next run. */
  run(index: CompiledIndex, options: SingleFailureOptions): (v: number) => FailureSet {
    const pass = ++this.pass;
    const { sets, stamp, queuedStamp } = this;
    const { base, nodes } = options;
    const outside = options.outside ?? (() => EMPTY);
    const get = (v: number): FailureSet => (stamp[v] === pass ? sets[v]! : outside(v));
    const { childOffsets, children, childWeights, parentOffsets, parents, threshold } = index;
    const queue: number[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const v = nodes[i]!;
      stamp[v] = pass;
      sets[v] = EMPTY;
      queuedStamp[v] = pass;
      queue.push(v);
    }
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      queuedStamp[v] = 0;
      const next = union(base(v), combineChildren(children, childWeights, childOffsets[v]!, childOffsets[v + 1]!, threshold[v]!, get));
      const previous = sets[v]!;
      if (next === previous || (next !== ALL && previous !== ALL && next.length === previous.length)) continue;
      sets[v] = next;
      for (let e = parentOffsets[v]!; e < parentOffsets[v + 1]!; e++) {
        const parent = parents[e]!;
        if (queuedStamp[parent] !== pass && stamp[parent] === pass) {
          queuedStamp[parent] = pass;
          queue.push(parent);
        }
      }
    }
    return get;
  }
}

/** One full pass over every node: the unconditioned single-failure sets. */
export function computeSingleFailureSets(index: CompiledIndex, options: { base: (v: number) => FailureSet; order: Int32Array }): FailureSet[] {
  const store = new FailureSetStore(index.size);
  store.run(index, { base: options.base, nodes: options.order });
  return store.sets;
}

/** A gate over child entries, each standing for `weights[e]` edges (1 without weights). */
function combineChildren(children: Int32Array, weights: Int32Array | undefined, start: number, end: number, threshold: number, get: SetLookup): FailureSet {
  let n = end - start;
  if (weights !== undefined) for (let e = start; e < end; e++) n += weights[e]! - 1;
  if (threshold > n) return EMPTY;
  if (threshold === 1) return unionOfChildren(children, start, end, get);
  if (threshold === n) {
    let result: FailureSet = ALL;
    for (let e = start; e < end && result.length > 0; e++) result = intersect(result, get(children[e]!));
    return result;
  }
  return countAtLeast(children, weights, start, end, threshold, get);
}

/**
 * k-way union: gather the distinct child sets (children in one place share one
 * set object, so identity finds most repeats), then sort once and drop repeated
 * elements. A pairwise fold would be quadratic in wide groups.
 */
function unionOfChildren(children: Int32Array, start: number, end: number, get: SetLookup): FailureSet {
  const distinct: FailureSet[] = [];
  let total = 0;
  for (let e = start; e < end; e++) {
    const set = get(children[e]!);
    if (set === ALL) return ALL;
    if (set.length === 0 || (distinct.length < 16 && distinct.includes(set))) continue;
    distinct.push(set);
    total += set.length;
  }
  if (distinct.length === 0) return EMPTY;
  if (distinct.length === 1) return distinct[0]!;
  const all = new Int32Array(total);
  let at = 0;
  for (const set of distinct) for (let i = 0; i < set.length; i++) all[at++] = set[i]!;
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
  return out;
}

/** Elements present in at least `threshold` of the children's sets (an entry counting its weight). */
function countAtLeast(children: Int32Array, weights: Int32Array | undefined, start: number, end: number, threshold: number, get: SetLookup): FailureSet {
  let always = 0;
  const counts = new Map<number, number>();
  for (let e = start; e < end; e++) {
    const set = get(children[e]!);
    const weight = weights === undefined ? 1 : weights[e]!;
    if (set === ALL) {
      always += weight;
      continue;
    }
    for (let i = 0; i < set.length; i++) counts.set(set[i]!, (counts.get(set[i]!) ?? 0) + weight);
  }
  if (always >= threshold) return ALL;
  const result: number[] = [];
  for (const [x, count] of counts) if (count + always >= threshold) result.push(x);
  return result.sort((a, b) => a - b);
}

export function union(a: FailureSet, b: FailureSet): FailureSet {
  if (a === ALL || b === ALL) return ALL;
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out.length === a.length ? a : out.length === b.length ? b : out;
}

export function intersect(a: FailureSet, b: FailureSet): FailureSet {
  if (a === ALL) return b;
  if (b === ALL) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out;
}

/** Every node in post-order (children before parents); cycles are cut where DFS meets them. */
export function postOrder(index: CompiledIndex): Int32Array {
  const { childOffsets, children } = index;
  const order = new Int32Array(index.size);
  const visited = new Uint8Array(index.size);
  const stack = new Int32Array(index.size);
  const cursor = new Int32Array(index.size);
  let n = 0;
  for (let root = 0; root < index.size; root++) {
    if (visited[root]) continue;
    let top = 0;
    stack[top++] = root;
    visited[root] = 1;
    cursor[root] = childOffsets[root]!;
    while (top > 0) {
      const v = stack[top - 1]!;
      if (cursor[v]! < childOffsets[v + 1]!) {
        const child = children[cursor[v]!++]!;
        if (!visited[child]) {
          visited[child] = 1;
          cursor[child] = childOffsets[child]!;
          stack[top++] = child;
        }
      } else {
        top--;
        order[n++] = v;
      }
    }
  }
  return order;
}
