/**
 * Everything computed once per model and shared by analyze, simulate and the
 * rules: the compiled index and its post-order (the graphology graph on first
 * use), and the single-failure sets the analyses start from.
 */
import { buildGraph, type DependencyGraph } from './graph/build-graph.js';
import { compileIndex, type CompiledIndex } from './graph/compiled-index.js';
import { findStronglyConnected } from './graph/strongly-connected.js';
import type { Model } from './model.js';
import { computeSingleFailureSets, EMPTY, postOrder, type FailureSet } from './analysis/single-failure-sets.js';

export interface Prepared {
  model: Model;
  /** The graphology graph, built on first use (the report server and exports need it; analysis does not). */
  readonly graph: DependencyGraph;
  index: CompiledIndex;
  order: Int32Array;
  isCapability: (v: number) => boolean;
}

export function prepare(model: Model): Prepared {
  const index = compileIndex(model);
  const capabilityFlags = new Uint8Array(index.size);
  for (const k of index.capabilities) capabilityFlags[k] = 1;
  let graph: DependencyGraph | undefined;
  return {
    model,
    get graph() {
      return (graph ??= buildGraph(model));
    },
    index,
    order: postOrder(index),
    isCapability: (v) => capabilityFlags[v] === 1,
  };
}

const componentsCache = new WeakMap<Prepared, Int32Array>();

/** Per node, its strongly connected component (nodes on a dependency cycle together share one). */
export function stronglyConnectedOf(prepared: Prepared): Int32Array {
  let found = componentsCache.get(prepared);
  if (found === undefined) {
    found = findStronglyConnected(prepared.index);
    componentsCache.set(prepared, found);
  }
  return found;
}

// The sets depend only on the model: computed once per prepared model, whoever asks first.
const domainSetCache = new WeakMap<Prepared, FailureSet[]>();
const componentSetCache = new WeakMap<Prepared, FailureSet[]>();

/** For each node, the domains whose failure alone takes it down. */
export function findDomainSets(prepared: Prepared): readonly FailureSet[] {
  let sets = domainSetCache.get(prepared);
  if (sets === undefined) {
    const { index, order } = prepared;
    sets = computeSingleFailureSets(index, { base: (v) => index.ownDomains[v]!, order });
    domainSetCache.set(prepared, sets);
  }
  return sets;
}

/** For each node, the components whose failure alone takes it down (itself included). */
export function findComponentSets(prepared: Prepared): readonly FailureSet[] {
  let sets = componentSetCache.get(prepared);
  if (sets === undefined) {
    const { index, order } = prepared;
    const selves = Array.from({ length: index.componentCount }, (_, v) => [v]);
    sets = computeSingleFailureSets(index, { base: (v) => selves[v] ?? EMPTY, order });
    componentSetCache.set(prepared, sets);
  }
  return sets;
}
