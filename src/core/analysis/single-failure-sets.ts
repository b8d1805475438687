/**
 * For every node v, the set of single failures that take v down:
 *   S(v) = base(v) ∪ gate_v(S(children))
 * where an AND node takes the union of its children's sets, an OR node the
 * intersection, and a k-of-n node the elements found in at least `threshold`
 * children (counting parallel edges). Read one element x at a time, this is exactly
 * the propagation of the scenario {x}, so the least solution, reached by chaotic
 * iteration upwards from the empty sets, gives for each x the least fixed point of
 * DESIGN section 2, cycles included (sets only grow, so "changed" means "grew").
 *
 * `base(v)` says which failures hit v directly: `[v]` for component SPOFs, v's own
 * domains for domain SPOFs. `ALL` marks a node that is down whatever else fails,
 * which is how cut sets of higher order condition on failures already assumed.
 */
import { childrenOf, parentsOf, type CompiledIndex } from '../graph/compiled-index.js';

/** Sorted indices; compared by length, since sets only grow. */
export type FailureSet = ArrayLike<number>;

/** The set holding every failure: the node is down already. */
export const ALL: FailureSet = Object.freeze([-1]);
export const EMPTY: FailureSet = Object.freeze([]);

export interface SingleFailureOptions {
  base: (v: number) => FailureSet;
  /** Only these nodes are (re)computed; others keep `initial`. Default: all. */
  scope?: Uint8Array;
  initial?: readonly FailureSet[];
  /** Nodes in post-order (children first), from `postOrder(index)`. */
  order: Int32Array;
}

export function computeSingleFailureSets(index: CompiledIndex, options: SingleFailureOptions): FailureSet[] {
  const { base, scope, order } = options;
  const sets: FailureSet[] = options.initial ? options.initial.slice() : new Array<FailureSet>(index.size).fill(EMPTY);
  const queued = new Uint8Array(index.size);
  const queue: number[] = [];
  for (const v of order) {
    if (scope && !scope[v]) continue;
    sets[v] = EMPTY;
    queue.push(v);
    queued[v] = 1;
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    queued[v] = 0;
    const next = union(base(v), combineChildren(index, v, sets));
    const previous = sets[v]!;
    if (next === previous || (next !== ALL && previous !== ALL && next.length === previous.length)) continue;
    sets[v] = next;
    for (const parent of parentsOf(index, v)) {
      if (!queued[parent] && (!scope || scope[parent])) {
        queued[parent] = 1;
        queue.push(parent);
      }
    }
  }
  return sets;
}

function combineChildren(index: CompiledIndex, v: number, sets: readonly FailureSet[]): FailureSet {
  const children = childrenOf(index, v);
  const threshold = index.threshold[v]!;
  if (threshold > children.length) return EMPTY;
  if (threshold === 1) {
    let result: FailureSet = EMPTY;
    for (const child of children) {
      result = union(result, sets[child]!);
      if (result === ALL) break;
    }
    return result;
  }
  if (threshold === children.length) {
    let result: FailureSet = ALL;
    for (const child of children) {
      result = intersect(result, sets[child]!);
      if (result.length === 0) break;
    }
    return result;
  }
  return countAtLeast(children, sets, threshold);
}

/** Elements present in at least `threshold` of the children's sets. */
function countAtLeast(children: Int32Array, sets: readonly FailureSet[], threshold: number): FailureSet {
  let always = 0;
  const counts = new Map<number, number>();
  for (const child of children) {
    const set = sets[child]!;
    if (set === ALL) {
      always++;
      continue;
    }
    for (let i = 0; i < set.length; i++) counts.set(set[i]!, (counts.get(set[i]!) ?? 0) + 1);
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
  const order = new Int32Array(index.size);
  const state = new Uint8Array(index.size);
  const stack: number[] = [];
  const cursor = new Int32Array(index.size);
  let n = 0;
  for (let root = 0; root < index.size; root++) {
    if (state[root]) continue;
    stack.push(root);
    state[root] = 1;
    cursor[root] = index.childOffsets[root]!;
    while (stack.length > 0) {
      const v = stack[stack.length - 1]!;
      const end = index.childOffsets[v + 1]!;
      if (cursor[v]! < end) {
        const child = index.children[cursor[v]!++]!;
        if (!state[child]) {
          state[child] = 1;
          cursor[child] = index.childOffsets[child]!;
          stack.push(child);
        }
      } else {
        stack.pop();
        order[n++] = v;
      }
    }
  }
  return order;
}
