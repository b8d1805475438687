/**
 * Why a node is down under a scenario, naming the real cause rather than the first
 * failed thing on the way (a replica in the failed region, when every replica needs
 * one table there).
 *
 * - When some directly failed component takes the node down on its own, the
 *   explanation is the chain from the node to the nearest such component, through
 *   nodes that its failure alone takes down: the last step is the cause.
 * - When none does (the scenario defeats a group of alternatives together), it is a
 *   small tree: the chain down to the group, and why each failed alternative fails,
 *   each explained by the same rule.
 *
 * "Alone" is read from the single-failure sets over components (c ∈ S(v) iff the
 * failure of c alone takes v down), which do not depend on the scenario. The tree
 * descends only to children that went down in an earlier round of the propagation,
 * so it is finite on cycles and every step is part of the reason.
 */
import { childrenOf, type CompiledIndex } from '../graph/compiled-index.js';
import { filterSet, type NodeSets } from './node-sets.js';
import { findShortestPath, sortedIncludes } from './propagate-failures.js';
import { describeNode } from '../graph/describe-node.js';

/** One scenario's outcome, as the explanation reads it. */
export interface FailureView {
  isDown: (v: number) => boolean;
  /** Failed by the scenario itself (named, or in a failed domain). */
  isDirect: (v: number) => boolean;
  /** The propagation round a down node fell in: 0 for direct failures (see propagateFailures). */
  round: (v: number) => number;
  /** The scenario entry (a domain or a component id) that failed a direct node. */
  causeOf: (v: number) => string;
  /**
   * True when the scenario fails domains only: then whether a component failed
   * directly follows from its domains, and whether it is down from its domains and
   * its requirements, which interchangeable components share, so they answer alike
   * (NodeSets.filter may ask one per class). A scenario that names a component
   * fails it without its class-mates.
   */
  domainsOnly?: boolean;
}

/**
 * Why a group of alternatives failed. `path` holds component ids (groups are left
 * out, as in every path); `group` names the subject when it is an unnamed group.
 */
export interface FailureTree {
  path: string[];
  group?: string;
  /** The scenario entry that fails the last of `path` directly (its domain, or itself). */
  cause?: string;
  /** The last of `path` (or the group) needs `need` of its `of` alternatives; these failed. */
  alternatives?: { need: number; of: number; failedCount: number; failed: FailureTree[] };
  /** Explained already, above in the same tree. */
  repeated?: true;
}

export interface FailureExplanation {
  /** From the node to the component whose failure alone takes it down, or, in a tree, to the first group all of whose needed alternatives fail. */
  path: number[];
  /** The directly failed component at the end of `path` that alone takes the node down. */
  single?: number;
  /** Present when no single failed component takes the node down. */
  tree?: FailureTree;
}

/** At most this many failed alternatives are explained per group; the rest are counted. */
export const maxExplainedAlternatives = 8;

export function explainFailure(index: CompiledIndex, from: number, view: FailureView, componentSets: NodeSets): FailureExplanation {
  if (!view.isDown(from)) return { path: [] };
  const single = findSingleCause(index, from, view, componentSets);
  if (single !== undefined) return single;
  const seen = new Set<number>();
  const tree = explainTree(index, from, view, componentSets, seen);
  return { path: trunk(index, from, view), tree };
}

/**
 * The nearest directly failed component that alone takes `from` down, when there
 * is one: where `explainFailure`'s path ends (its `single`), without the path.
 */
export function findSingleFailedCause(index: CompiledIndex, from: number, view: FailureView, componentSets: NodeSets): number | undefined {
  if (!view.isDown(from)) return undefined;
  return findNearestCause(index, from, view, componentSets)?.c;
}

/**
 * The chain to the nearest directly failed component that alone takes `from` down,
 * if there is one.
 */
function findSingleCause(index: CompiledIndex, from: number, view: FailureView, componentSets: NodeSets): FailureExplanation | undefined {
  const found = findNearestCause(index, from, view, componentSets);
  if (found === undefined) return undefined;
  const { c, nearest } = found;
  // Through nodes that c's failure alone takes down, so no step is a bystander, and
  // of the shortest such chains one whose steps did not fail directly: "the
  // eu-central-1 replica fails because of the table" shows the cause at work.
  const path = findChain(index, from, c, (v) => componentSets.includes(v, c), view.isDirect) ?? nearest!;
  return { path, single: c };
}

/**
 * The candidates are read off `from`'s single-failure set first, so a node without
 * one costs the size of that set, not a search of the graph; among several, the
 * nearest (with the shortest path to it, which a chain falls back on).
 */
function findNearestCause(index: CompiledIndex, from: number, view: FailureView, componentSets: NodeSets): { c: number; nearest?: number[] } | undefined {
  // Direct first: most of the set is outside the failed domain, and a direct failure is down.
  const isCandidate = (c: number) => c >= 0 && c < index.componentCount && view.isDirect(c) && view.isDown(c);
  const candidates = view.domainsOnly === true ? componentSets.filter(from, isCandidate) : filterSet(componentSets.of(from), isCandidate);
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { c: candidates[0]! };
  // Ascending, as the set they come from.
  const nearest = findShortestPath(index, from, view.isDown, (v) => sortedIncludes(candidates, v))!;
  return { c: nearest[nearest.length - 1]!, nearest };
}

/**
 * The shortest chain from `from` to `to` through nodes where `canEnter` holds,
 * and among the shortest, one with the fewest steps where `avoid` holds (layer by
 * layer breadth first: each node keeps its cheapest parent of the layer above).
 */
function findChain(index: CompiledIndex, from: number, to: number, canEnter: (v: number) => boolean, avoid: (v: number) => boolean): number[] | undefined {
  const parent = new Map<number, number>([[from, -1]]);
  const cost = new Map<number, number>([[from, 0]]);
  let layer = [from];
  while (layer.length > 0 && !parent.has(to)) {
    const next: number[] = [];
    const inNext = new Set<number>();
    for (const v of layer) {
      for (let e = index.childOffsets[v]!; e < index.childOffsets[v + 1]!; e++) {
        const child = index.children[e]!;
        if (!canEnter(child)) continue;
        const through = cost.get(v)! + (child !== to && avoid(child) ? 1 : 0);
        if (!parent.has(child)) {
          parent.set(child, v);
          cost.set(child, through);
          next.push(child);
          inNext.add(child);
        } else if (inNext.has(child) && through < cost.get(child)!) {
          parent.set(child, v);
          cost.set(child, through);
        }
      }
    }
    layer = next;
  }
  if (!parent.has(to)) return undefined;
  const path: number[] = [];
  for (let at = to; at !== -1; at = parent.get(at)!) path.push(at);
  return path.reverse();
}

/** The chain from `from` through single-requirement steps to the first group that is defeated. */
function trunk(index: CompiledIndex, from: number, view: FailureView): number[] {
  const path = [from];
  for (let v = from; !view.isDirect(v) && index.threshold[v] === 1; ) {
    v = earliestDownChild(index, v, view);
    path.push(v);
  }
  return path;
}

function explainTree(index: CompiledIndex, from: number, view: FailureView, componentSets: NodeSets, seen: Set<number>): FailureTree {
  if (seen.has(from)) return { ...subject(index, from), repeated: true };
  const single = findSingleCause(index, from, view, componentSets);
  if (single !== undefined) {
    const last = single.path[single.path.length - 1]!;
    return { ...subject(index, from, single.path), cause: view.causeOf(last) };
  }
  seen.add(from);
  const chain = trunk(index, from, view);
  const end = chain[chain.length - 1]!;
  const tree: FailureTree = subject(index, from, chain);
  if (view.isDirect(end)) return { ...tree, cause: view.causeOf(end) };
  // A group (or a component needing k of n) with too many alternatives down: each
  // earlier-fallen alternative, explained. At least threshold of them fell earlier.
  // Counted as the requirement counts them: a term listed twice is two alternatives.
  const children = childrenOf(index, end);
  const fallen = Array.from(children).filter((child) => view.isDown(child) && view.round(child) < view.round(end));
  const failed = [...new Set(fallen)].sort((a, b) => view.round(a) - view.round(b) || a - b);
  return {
    ...tree,
    alternatives: {
      need: children.length - index.threshold[end]! + 1,
      of: children.length,
      failedCount: fallen.length,
      failed: failed.slice(0, maxExplainedAlternatives).map((child) => explainTree(index, child, view, componentSets, seen)),
    },
  };
}

/** The down child that fell first (lowest round, then lowest index: deterministic). */
function earliestDownChild(index: CompiledIndex, v: number, view: FailureView): number {
  let best = -1;
  for (let e = index.childOffsets[v]!; e < index.childOffsets[v + 1]!; e++) {
    const child = index.children[e]!;
    if (!view.isDown(child)) continue;
    if (best === -1 || view.round(child) < view.round(best) || (view.round(child) === view.round(best) && child < best)) best = child;
  }
  // Unreachable for a least fixed point: a down node that did not fail directly has a down child.
  if (best === -1) throw new Error(`explainFailure: ${index.ids[v]} is down without a failed dependency`);
  return best;
}

/** The tree node's path (components only) and, when it starts at a group, the group's readable name. */
function subject(index: CompiledIndex, from: number, chain: readonly number[] = [from]): Pick<FailureTree, 'path' | 'group'> {
  const path = chain.filter((v) => v < index.componentCount).map((v) => index.ids[v]!);
  return from < index.componentCount ? { path } : { path, group: describeNode(index, from) };
}

/**
 * Every chain of component ids from the tree's root to one of its leaves (groups
 * left out): what a diagram draws and what a page lights.
 */
export function treeChains(tree: FailureTree): string[][] {
  if (tree.alternatives === undefined || tree.repeated) return [tree.path];
  const chains: string[][] = [];
  for (const branch of tree.alternatives.failed) for (const chain of treeChains(branch)) chains.push([...tree.path, ...chain]);
  return chains.length === 0 ? [tree.path] : chains;
}
