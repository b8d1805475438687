/**
 * A compact, array-based form of the dependency graph for the hot analysis
 * loops, built from the same walk as the graphology graph. Nodes
 * 0..componentCount-1 are components (in model order), the rest are gates. Every
 * node is a threshold gate over its children: it fails once `threshold` of its
 * child edges have failed (AND: 1, OR of n: n, at least k of n: n-k+1, no
 * children: never).
 */
import type { Model } from '../model.js';
import { walkModel, type Gate } from './walk-model.js';

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
  parentOffsets: Int32Array;
  parents: Int32Array;
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
}

export function compileIndex(model: Model): CompiledIndex {
  const ids = model.components.map((component) => component.id);
  const componentCount = ids.length;
  const gateIndexOf = new Map<string, number>();
  const positionOf = (id: string) => model.positions.get(id) ?? gateIndexOf.get(id);

  const gates: Gate[] = [];
  const from: number[] = [];
  const to: number[] = [];
  walkModel(model, {
    gate: (gate) => {
      gateIndexOf.set(gate.id, ids.length);
      ids.push(gate.id);
      gates.push(gate);
    },
    // The walk announces a gate before any edge that touches it, so both ends resolve now.
    edge: (parent, child) => {
      from.push(positionOf(parent)!);
      to.push(positionOf(child)!);
    },
  });
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

  const domainIndexOf = new Map<string, number>();
  for (const component of model.components) for (const domain of component.domains) if (!domainIndexOf.has(domain)) domainIndexOf.set(domain, 0);
  const domainIds = [...domainIndexOf.keys()].sort();
  domainIds.forEach((domain, d) => domainIndexOf.set(domain, d));
  const nodeDomainOffsets = new Int32Array(size + 1);
  const memberCount = new Int32Array(domainIds.length);
  for (let v = 0; v < componentCount; v++) {
    const domains = model.components[v]!.domains;
    nodeDomainOffsets[v + 1] = nodeDomainOffsets[v]! + domains.length;
    for (const domain of domains) memberCount[domainIndexOf.get(domain)!]!++;
  }
  for (let v = componentCount; v < size; v++) nodeDomainOffsets[v + 1] = nodeDomainOffsets[v]!;
  const nodeDomains = new Int32Array(nodeDomainOffsets[size]!);
  const memberOffsets = offsetsFromCounts(memberCount);
  const members = new Int32Array(nodeDomains.length);
  const memberFill = memberOffsets.slice(0, domainIds.length);
  for (let v = 0; v < componentCount; v++) {
    // Component domains are sorted strings and domainIds is sorted, so indices come out sorted.
    let at = nodeDomainOffsets[v]!;
    for (const domain of model.components[v]!.domains) {
      const d = domainIndexOf.get(domain)!;
      nodeDomains[at++] = d;
      members[memberFill[d]!++] = v;
    }
  }

  const ownDomains = sharedDomainLists(model, domainIndexOf, size);

  const capabilities = Int32Array.from(
    model.components.flatMap((component, v) => (component.kind === 'capability' ? [v] : [])).sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1)),
  );
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
    memberOffsets,
    members,
    ownDomains,
    capabilities,
  };
}

/** One array per distinct `domains` list; the model already shares lists between resources in one place. */
function sharedDomainLists(model: Model, domainIndexOf: ReadonlyMap<string, number>, size: number): Array<readonly number[]> {
  const empty: readonly number[] = Object.freeze([]);
  const byList = new Map<readonly string[], readonly number[]>();
  const lists = new Array<readonly number[]>(size).fill(empty);
  model.components.forEach((component, v) => {
    let list = byList.get(component.domains);
    if (!list) {
      list = Object.freeze(component.domains.map((domain) => domainIndexOf.get(domain)!));
      byList.set(component.domains, list);
    }
    lists[v] = list;
  });
  return lists;
}

function offsetsFromCounts(counts: Int32Array): Int32Array {
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
