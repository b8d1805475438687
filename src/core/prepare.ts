/**
 * Everything computed once per model and shared by analyze, simulate and the
 * rules: the compiled index and its post-order (the graphology graph on first
 * use), its quotient by interchangeable components (fold-index.ts), and the
 * single-failure sets and cut sets the analyses start from, computed on the
 * classes and read per node.
 */
import { buildGraph, type DependencyGraph } from './graph/build-graph.js';
import { compileIndex, type CompiledIndex } from './graph/compiled-index.js';
import { findStronglyConnected } from './graph/strongly-connected.js';
import type { Model } from './model.js';
import { computeSingleFailureSets, EMPTY, postOrder, type FailureSet } from './analysis/single-failure-sets.js';
import { nodeSetsOf, type NodeSets } from './analysis/node-sets.js';
import { computeClassComponentSets, expandComponentSets } from './analysis/class-component-sets.js';
import { findMinimalCutSets } from './analysis/minimal-cut-sets.js';
import { foldIndex, type FoldedIndex } from './graph/fold-index.js';

export interface Prepared {
  model: Model;
  /** The graphology graph, built on first use (the report server and exports need it; analysis does not). */
  readonly graph: DependencyGraph;
  index: CompiledIndex;
  /** The index's post-order, on first use: folded, the analyses walk the classes' order instead. */
  readonly order: Int32Array;
  isCapability: (v: number) => boolean;
  /** The index folded into classes of interchangeable components, with its post-order; undefined when not folded. */
  folded: (FoldedIndex & { order: Int32Array }) | undefined;
}

export interface PrepareOptions {
  /**
   * Run the analyses over sets (single-failure sets, cut sets) on classes of
   * interchangeable components (default true). False runs them on every node:
   * the results are the same, which the property tests check.
   */
  fold?: boolean;
}

export function prepare(model: Model, options: PrepareOptions = {}): Prepared {
  const index = compileIndex(model);
  const capabilityFlags = new Uint8Array(index.size);
  for (const k of index.capabilities) capabilityFlags[k] = 1;
  let graph: DependencyGraph | undefined;
  let order: Int32Array | undefined;
  const folded = options.fold === false ? undefined : foldIndex(index);
  return {
    model,
    get graph() {
      return (graph ??= buildGraph(model));
    },
    index,
    get order() {
      return (order ??= postOrder(index));
    },
    isCapability: (v) => capabilityFlags[v] === 1,
    folded: folded === undefined ? undefined : { ...folded, order: postOrder(folded.index) },
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
const classDomainSetCache = new WeakMap<Prepared, FailureSet[]>();
const domainSetCache = new WeakMap<Prepared, FailureSet[]>();
const componentSetCache = new WeakMap<Prepared, NodeSets>();

/** Per class (or per node, unfolded), the domains whose failure alone takes it down. */
function findClassDomainSets(prepared: Prepared): FailureSet[] {
  let sets = classDomainSetCache.get(prepared);
  if (sets === undefined) {
    const { index, order } = prepared.folded ?? { index: prepared.index, order: prepared.order };
    sets = computeSingleFailureSets(index, { base: (v) => index.ownDomains[v]!, order });
    classDomainSetCache.set(prepared, sets);
  }
  return sets;
}

/** For each node, the domains whose failure alone takes it down (members of a class share their class's set). */
export function findDomainSets(prepared: Prepared): readonly FailureSet[] {
  let sets = domainSetCache.get(prepared);
  if (sets === undefined) {
    const byClass = findClassDomainSets(prepared);
    const { folded } = prepared;
    if (folded === undefined) sets = byClass;
    else {
      // A loop, not Array.from with a callback: a hundred thousand calls in cold code.
      const { classOf } = folded;
      sets = new Array<FailureSet>(classOf.length);
      for (let v = 0; v < classOf.length; v++) sets[v] = byClass[classOf[v]!]!;
    }
    domainSetCache.set(prepared, sets);
  }
  return sets;
}

/** For each node, the components whose failure alone takes it down (itself included). */
export function findComponentSets(prepared: Prepared): NodeSets {
  let sets = componentSetCache.get(prepared);
  if (sets === undefined) {
    const { index, folded } = prepared;
    if (folded !== undefined) sets = expandComponentSets(folded, computeClassComponentSets(folded, folded.order));
    else {
      const { order } = prepared;
      const selves = Array.from({ length: index.componentCount }, (_, v) => [v]);
      sets = nodeSetsOf(computeSingleFailureSets(index, { base: (v) => selves[v] ?? EMPTY, order }));
    }
    componentSetCache.set(prepared, sets);
  }
  return sets;
}

/**
 * Per capability node: its minimal cut sets over domains up to `maxOrder`
 * (see minimal-cut-sets.ts), on the classes: members of a class fail together
 * under any set of failed domains, so the classes give the same sets.
 */
export function findCutSets(prepared: Prepared, options: { domains: readonly number[]; maxOrder: number }): Map<number, number[][]> {
  const { index, folded } = prepared;
  const domainSets = findClassDomainSets(prepared);
  const input = { domainSets, domains: options.domains, maxOrder: options.maxOrder };
  if (folded === undefined) return findMinimalCutSets(index, { ...input, order: prepared.order });
  const byClass = findMinimalCutSets(folded.index, { ...input, order: folded.order });
  return new Map(Array.from(index.capabilities, (k) => [k, byClass.get(folded.classOf[k]!)!]));
}
