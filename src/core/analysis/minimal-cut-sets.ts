/**
 * Minimal cut sets over failure domains, exact up to `maxOrder`, level by level.
 *
 * Order 1 is the single-failure sets. For order j > 1, each set A of j-1 domains
 * is assumed failed (its members are marked ALL) and the single-failure sets are
 * recomputed for the nodes that can feel A (the ancestors of A's members; every
 * other node keeps its unconditioned set). For a capability K still up under A,
 * every domain c > max(A) in K's conditioned set completes a cut set A ∪ {c};
 * it is minimal iff no smaller minimal cut set of K is inside it. Each minimal cut
 * set is found exactly once, from its j-1 smallest domains, because those alone
 * leave K up. Cost: one partial pass per (j-1)-subset of the relevant domains.
 */
import { domainsOfNode, membersOf, parentsOf, type CompiledIndex } from '../graph/compiled-index.js';
import { ALL, computeSingleFailureSets, type FailureSet } from './single-failure-sets.js';

export interface CutSetInput {
  order: Int32Array;
  /** Unconditioned single-failure sets over domains, for every node. */
  domainSets: readonly FailureSet[];
  /** Domains worth trying: those with a member some capability depends on. */
  domains: readonly number[];
  maxOrder: number;
}

/** Per capability node: its minimal cut sets (sorted domain indices), shortest first. */
export function findMinimalCutSets(index: CompiledIndex, input: CutSetInput): Map<number, number[][]> {
  const { domainSets, maxOrder, order } = input;
  const result = new Map<number, number[][]>();
  for (const k of index.capabilities) result.set(k, maxOrder >= 1 ? Array.from(domainSets[k]!, (d) => [d]) : []);
  if (maxOrder < 2) return result;

  const known = new Map<number, Set<string>>();
  for (const [k, sets] of result) known.set(k, new Set(sets.map(keyOf)));
  const domains = [...input.domains].sort((a, b) => a - b);

  for (let level = 2; level <= maxOrder; level++) {
    const found: Array<[number, number[]]> = [];
    for (const assumed of combinations(domains, level - 1)) {
      const conditioned = conditionOn(index, assumed, domainSets, order);
      const last = assumed[assumed.length - 1]!;
      for (const k of index.capabilities) {
        const set = conditioned.sets[k]!;
        if (!conditioned.scope[k] || set === ALL) continue;
        for (let i = 0; i < set.length; i++) {
          const c = set[i]!;
          if (c <= last) continue;
          const candidate = [...assumed, c];
          if (!containsKnown(candidate, known.get(k)!)) found.push([k, candidate]);
        }
      }
    }
    for (const [k, candidate] of found) {
      result.get(k)!.push(candidate);
      known.get(k)!.add(keyOf(candidate));
    }
  }
  for (const sets of result.values()) sets.sort(compareCutSets);
  return result;
}

function conditionOn(index: CompiledIndex, assumed: readonly number[], domainSets: readonly FailureSet[], order: Int32Array) {
  const scope = new Uint8Array(index.size);
  const direct = new Uint8Array(index.size);
  const queue: number[] = [];
  for (const domain of assumed) {
    for (const v of membersOf(index, domain)) {
      direct[v] = 1;
      if (!scope[v]) {
        scope[v] = 1;
        queue.push(v);
      }
    }
  }
  for (let head = 0; head < queue.length; head++) {
    for (const parent of parentsOf(index, queue[head]!)) {
      if (!scope[parent]) {
        scope[parent] = 1;
        queue.push(parent);
      }
    }
  }
  const sets = computeSingleFailureSets(index, {
    base: (v) => (direct[v] ? ALL : domainsOfNode(index, v)),
    scope,
    initial: domainSets,
    order,
  });
  return { scope, sets };
}

/** Is some known minimal cut set (as a key) a subset of `candidate`? Only proper subsets can be known. */
function containsKnown(candidate: readonly number[], known: ReadonlySet<string>): boolean {
  if (known.size === 0) return false;
  for (const subset of subsetsOf(candidate)) if (known.has(keyOf(subset))) return true;
  return false;
}

function* subsetsOf(items: readonly number[]): Generator<number[]> {
  const n = items.length;
  for (let mask = 1; mask < (1 << n) - 1; mask++) {
    const subset: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) subset.push(items[i]!);
    yield subset;
  }
}

export function* combinations(items: readonly number[], size: number): Generator<number[]> {
  const picked: number[] = [];
  function* pick(start: number): Generator<number[]> {
    if (picked.length === size) {
      yield picked.slice();
      return;
    }
    for (let i = start; i <= items.length - (size - picked.length); i++) {
      picked.push(items[i]!);
      yield* pick(i + 1);
      picked.pop();
    }
  }
  yield* pick(0);
}

function keyOf(set: readonly number[]): string {
  return set.join(',');
}

function compareCutSets(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
