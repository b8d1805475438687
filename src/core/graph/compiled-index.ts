/**
 * A compact, array-based form of the dependency graph for the hot analysis
 * loops, built from the same walk as the graphology graph. Nodes
 * 0..componentCount-1 are components (in model order), the rest are gates. Every
 * node is a threshold gate over its children: it fails once `threshold` of its
 * child edges have failed (AND: 1, OR of n: n, at least k of n: n-k+1, no
 * children: never).
 */
import type { Model } from '../model.js';
import { walkRequirements, type Gate, type ModelVisitor } from './walk-model.js';

export const NEVER = 0x3fffffff;

export interface CompiledIndex {
  size: number;
  componentCount: number;
  ids: string[];
  /** The node index of a component or gate id. */
  positionOf: (id: string) => number | undefined;
  threshold: Int32Array;
  childOffsets: Int32Array;
  children: Int32Array;
  /**
   * How many edges each child entry stands for (see fold-index.ts); absent when
   * every entry is one edge, as in the index compiled from a model.
   */
  childWeights?: Int32Array;
  parentOffsets: Int32Array;
  parents: Int32Array;
  /** The multiplicity of each parent entry, as `childWeights` from the other end; absent when every entry is one edge. */
  parentWeights?: Int32Array;
  /** Sorted domain names. */
  domainIds: string[];
  domainIndexOf: ReadonlyMap<string, number>;
  /** node -> its domains (sorted domain indices); gates have none. */
  nodeDomainOffsets: Int32Array;
  nodeDomains: Int32Array;
  /**
   * The same, as one shared array per distinct list: components in the same place
   * (most scanned resources) point at one array, which lets set unions skip repeats
   * by identity.
   */
  ownDomains: ReadonlyArray<readonly number[]>;
  /** domain -> member nodes. */
  memberOffsets: Int32Array;
  members: Int32Array;
  /** Capability nodes, sorted by id. */
  capabilities: Int32Array;
  /** Gate node -> what its group stands for, when known (a selection's `region:eu-west-1`); by v - componentCount. */
  gateLabels: ReadonlyArray<string | undefined>;
}

export function compileIndex(model: Model): CompiledIndex {
  const ids = model.components.map((component) => component.id);
  const componentCount = ids.length;
  const gateIndexOf = new Map<string, number>();
  const positionOf = (id: string) => model.positions.get(id) ?? gateIndexOf.get(id);

  const gates: Gate[] = [];
  const from: number[] = [];
  const to: number[] = [];
  // An edge names its ends by id. Nearly every end is the component being walked or
  // the gate just announced (the walk announces a gate before any edge that touches
  // it): those resolve by comparison, and only the others through the maps.
  let owner = '';
  let ownerAt = -1;
  let lastGate = '';
  let lastGateAt = -1;
  const resolve = (id: string) => (id === owner ? ownerAt : id === lastGate ? lastGateAt : positionOf(id)!);
  // A position the model recorded is used once it names this very id (ids are unique among
  // components and groups: resolveModel refuses a resource named like a group), so a stale
  // hint costs a lookup, never a wrong edge.
  const resolveKnown = (id: string, at: number | undefined) => (at !== undefined && ids[at] === id ? at : resolve(id));
  const visitor: ModelVisitor = {
    gate: (gate) => {
      gateIndexOf.set(gate.id, ids.length);
      lastGate = gate.id;
      lastGateAt = ids.length;
      ids.push(gate.id);
      gates.push(gate);
    },
    edge: (parent, child, _provenance, at) => {
      from.push(resolve(parent));
      to.push(resolveKnown(child, at));
    },
    edges: (parent, children, _provenance, at) => {
      const parentAt = resolve(parent);
      for (let i = 0; i < children.length; i++) {
        from.push(parentAt);
        to.push(resolveKnown(children[i]!, at[i]));
      }
    },
  };
  for (let v = 0; v < componentCount; v++) {
    owner = ids[v]!;
    ownerAt = v;
    walkRequirements(model.components[v]!, visitor, model.termPositions);
  }
  const size = ids.length;

  // Edges arrive grouped by owner, but a gate's edges interleave with its owner's,
  // so count first and fill after.
  const childCount = new Int32Array(size);
  const parentCount = new Int32Array(size);
  for (let e = 0; e < from.length; e++) {
    childCount[from[e]!]!++;
    parentCount[to[e]!]!++;
  }
  const childOffsets = offsetsFromCounts(childCount);
  const parentOffsets = offsetsFromCounts(parentCount);
  const children = new Int32Array(from.length);
  const parents = new Int32Array(from.length);
  const childFill = childOffsets.slice(0, size);
  const parentFill = parentOffsets.slice(0, size);
  for (let e = 0; e < from.length; e++) {
    children[childFill[from[e]!]!++] = to[e]!;
    parents[parentFill[to[e]!]!++] = from[e]!;
  }

  const threshold = new Int32Array(size);
  for (let v = 0; v < size; v++) {
    const n = childCount[v]!;
    const gate = v < componentCount ? undefined : gates[v - componentCount]!;
    if (n === 0) threshold[v] = NEVER;
    else if (gate === undefined || gate.op === 'allOf') threshold[v] = 1;
    else threshold[v] = n - gate.k + 1;
  }

  const { domainIds, domainIndexOf, ownDomains } = indexDomains(model, size);
  const nodeDomainOffsets = new Int32Array(size + 1);
  for (let v = 0; v < componentCount; v++) nodeDomainOffsets[v + 1] = nodeDomainOffsets[v]! + ownDomains[v]!.length;
  for (let v = componentCount; v < size; v++) nodeDomainOffsets[v + 1] = nodeDomainOffsets[v]!;
  const nodeDomains = new Int32Array(nodeDomainOffsets[size]!);
  for (let v = 0; v < componentCount; v++) {
    let at = nodeDomainOffsets[v]!;
    const domains = ownDomains[v]!;
    for (let i = 0; i < domains.length; i++) nodeDomains[at++] = domains[i]!;
  }
  // Domain -> members, made when first asked: folded, the analyses read the classes' own
  // (fold-index.ts), and at a million resources these are four million entries.
  let memberTable: { offsets: Int32Array; items: Int32Array } | undefined;
  const membersByDomain = () => (memberTable ??= groupMembers(nodeDomains, nodeDomainOffsets, componentCount, domainIds.length));

  const capabilityNodes: number[] = [];
  for (let v = 0; v < componentCount; v++) if (model.components[v]!.kind === 'capability') capabilityNodes.push(v);
  const capabilities = Int32Array.from(capabilityNodes.sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)));
  return {
    size,
    componentCount,
    ids,
    positionOf,
    threshold,
    childOffsets,
    children,
    parentOffsets,
    parents,
    domainIds,
    domainIndexOf,
    nodeDomainOffsets,
    nodeDomains,
    get memberOffsets() {
      return membersByDomain().offsets;
    },
    get members() {
      return membersByDomain().items;
    },
    ownDomains,
    capabilities,
    gateLabels: gates.map((gate) => gate.label),
  };
}

/**
 * Numbers the domains (sorted by name) and gives each node its domains as one
 * shared array per distinct list: the model already shares one list between all
 * resources in one place, so this works per place, not per resource.
 */
function indexDomains(model: Model, size: number) {
  const distinct = new Map<readonly string[], number[]>();
  // Indexed loops over every component: an iterator's result object per step is garbage a million times over.
  for (let v = 0; v < model.components.length; v++) {
    const { domains } = model.components[v]!;
    if (!distinct.has(domains)) distinct.set(domains, []);
  }
  const names = new Set<string>();
  for (const list of distinct.keys()) for (const domain of list) names.add(domain);
  const domainIds = [...names].sort();
  const domainIndexOf = new Map(domainIds.map((domain, d) => [domain, d]));
  for (const [list, numbers] of distinct) {
    // Sorted names map to ascending numbers, since domainIds is sorted too.
    for (const domain of [...list].sort()) numbers.push(domainIndexOf.get(domain)!);
    Object.freeze(numbers);
  }
  const none: readonly number[] = Object.freeze([]);
  const ownDomains = new Array<readonly number[]>(size).fill(none);
  for (let v = 0; v < model.components.length; v++) ownDomains[v] = distinct.get(model.components[v]!.domains)!;
  return { domainIds, domainIndexOf, ownDomains };
}

/** Each domain's member components, ascending, read off every component's domains. */
function groupMembers(nodeDomains: Int32Array, nodeDomainOffsets: Int32Array, componentCount: number, domainCount: number): { offsets: Int32Array; items: Int32Array } {
  const counts = new Int32Array(domainCount);
  for (let at = 0; at < nodeDomains.length; at++) counts[nodeDomains[at]!]!++;
  const offsets = offsetsFromCounts(counts);
  const items = new Int32Array(nodeDomains.length);
  const fill = offsets.slice(0, domainCount);
  for (let v = 0; v < componentCount; v++) {
    for (let at = nodeDomainOffsets[v]!; at < nodeDomainOffsets[v + 1]!; at++) items[fill[nodeDomains[at]!]!++] = v;
  }
  return { offsets, items };
}

/** Compressed-row offsets from each row's count: row i runs from offsets[i] to offsets[i + 1]. */
export function offsetsFromCounts(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

/** The children of node `v` (with multiplicity). */
export function childrenOf(index: CompiledIndex, v: number): Int32Array {
  return index.children.subarray(index.childOffsets[v]!, index.childOffsets[v + 1]!);
}

export function parentsOf(index: CompiledIndex, v: number): Int32Array {
  return index.parents.subarray(index.parentOffsets[v]!, index.parentOffsets[v + 1]!);
}

export function domainsOfNode(index: CompiledIndex, v: number): Int32Array {
  return index.nodeDomains.subarray(index.nodeDomainOffsets[v]!, index.nodeDomainOffsets[v + 1]!);
}

export function membersOf(index: CompiledIndex, domain: number): Int32Array {
  return index.members.subarray(index.memberOffsets[domain]!, index.memberOffsets[domain + 1]!);
}
