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
 * leave K up. Cost: one partial pass per (j-1)-subset of the relevant domains,
 * skipping subsets that already take every capability down.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import { ALL, FailureSetStore, type FailureSet } from './single-failure-sets.js';
import { sortedIncludes } from './propagate-failures.js';

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
  const { domainSets, maxOrder } = input;
  const result = new Map<number, number[][]>();
  for (const k of index.capabilities) result.set(k, maxOrder >= 1 ? Array.from(domainSets[k]!, (d) => [d]) : []);
  if (maxOrder < 2) return result;

  // The sets found so far, as keys, for the subset test of orders 3 and 4.
  const known = new Map<number, Set<string>>();
  if (maxOrder > 2) for (const [k, sets] of result) known.set(k, new Set(sets.map(keyOf)));
  const domains = [...input.domains].sort((a, b) => a - b);
  const conditioner = new Conditioner(index, input.order, domainSets);
  // A domain that alone takes every capability down cannot start a larger minimal cut set.
  const killsEverything = new Uint8Array(index.domainIds.length);
  for (const domain of domains) killsEverything[domain] = index.capabilities.every((k) => sortedIncludes(domainSets[k]!, domain)) ? 1 : 0;

  for (let level = 2; level <= maxOrder; level++) {
    const found: Array<[number, number[]]> = [];
    for (const assumed of combinations(domains, level - 1)) {
      if (assumed.some((domain) => killsEverything[domain] === 1)) continue;
      const { scope, get } = conditioner.condition(assumed);
      const last = assumed[assumed.length - 1]!;
      for (const k of index.capabilities) {
        if (!scope[k]) continue;
        const set = get(k);
        if (set === ALL) continue;
        const single = domainSets[k]!;
        for (let i = 0; i < set.length; i++) {
          const c = set[i]!;
          if (c <= last) continue;
          // At order 2 the only known sets are K's single domains, so a pair holds
          // one exactly when its new domain is one of them: no subsets, no strings.
          if (level === 2 ? sortedIncludes(single, c) || sortedIncludes(single, last) : containsKnown([...assumed, c], known.get(k)!)) continue;
          found.push([k, [...assumed, c]]);
        }
      }
    }
    for (const [k, candidate] of found) {
      result.get(k)!.push(candidate);
      if (level < maxOrder) known.get(k)!.add(keyOf(candidate));
    }
  }
  for (const sets of result.values()) sets.sort(compareCutSets);
  return result;
}

/** Recomputes single-failure sets under assumed failures, reusing its storage between calls. */
class Conditioner {
  private readonly store: FailureSetStore;
  private readonly rank: Int32Array;
  private readonly scope: Uint8Array;
  private readonly direct: Uint8Array;

  constructor(
    private readonly index: CompiledIndex,
    private readonly order: Int32Array,
    private readonly domainSets: readonly FailureSet[],
  ) {
    this.store = new FailureSetStore(index.size);
    this.rank = new Int32Array(index.size);
    for (let i = 0; i < order.length; i++) this.rank[order[i]!] = i;
    this.scope = new Uint8Array(index.size);
    this.direct = new Uint8Array(index.size);
  }

  condition(assumed: readonly number[]) {
    const { index, scope, direct, rank, domainSets } = this;
    scope.fill(0);
    direct.fill(0);
    const nodes: number[] = [];
    // Read once: on a full index these are made when first asked, behind a getter.
    const { memberOffsets, members } = index;
    for (const domain of assumed) {
      for (let m = memberOffsets[domain]!; m < memberOffsets[domain + 1]!; m++) {
        const v = members[m]!;
        direct[v] = 1;
        if (!scope[v]) {
          scope[v] = 1;
          nodes.push(v);
        }
      }
    }
    for (let head = 0; head < nodes.length; head++) {
      const v = nodes[head]!;
      for (let e = index.parentOffsets[v]!; e < index.parentOffsets[v + 1]!; e++) {
        const parent = index.parents[e]!;
        if (!scope[parent]) {
          scope[parent] = 1;
          nodes.push(parent);
        }
      }
    }
    // Children before parents saves recomputation. A small scope is sorted by
    // post-order rank; a large one is read off the post-order directly.
    const ordered = nodes.length * 16 < index.size ? nodes.sort((a, b) => rank[a]! - rank[b]!) : this.order.filter((v) => scope[v] === 1);
    const get = this.store.run(index, {
      base: (v) => (direct[v] ? ALL : index.ownDomains[v]!),
      nodes: ordered,
      outside: (v) => domainSets[v]!,
    });
    return { scope, get };
  }
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
