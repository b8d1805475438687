/**
 * A compact, array-based form of the dependency graph, compiled once for the hot
 * analysis loops. Nodes 0..componentCount-1 are components (in model order), the
 * rest are gates. Every node is a threshold gate over its children: it fails once
 * `threshold` of its child edges have failed (AND: 1, OR of n: n, at least k of n:
 * n-k+1, no children: never).
 */
import type { DependencyGraph } from './build-graph.js';

export const NEVER = 0x3fffffff;

export interface CompiledIndex {
  size: number;
  componentCount: number;
  ids: string[];
  indexOf: ReadonlyMap<string, number>;
  threshold: Int32Array;
  childOffsets: Int32Array;
  children: Int32Array;
  parentOffsets: Int32Array;
  parents: Int32Array;
  domainIds: string[];
  domainIndexOf: ReadonlyMap<string, number>;
  /** node -> its domains (sorted domain indices); gates have none. */
  nodeDomainOffsets: Int32Array;
  nodeDomains: Int32Array;
  /** domain -> member nodes. */
  memberOffsets: Int32Array;
  members: Int32Array;
  capabilities: Int32Array;
}

export function compileIndex(graph: DependencyGraph): CompiledIndex {
  const ids: string[] = [];
  const gateIds: string[] = [];
  const domainIds: string[] = [];
  const capabilityIds: string[] = [];
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === 'gate') gateIds.push(node);
    else if (attributes.kind === 'domain') domainIds.push(node);
    else {
      ids.push(node);
      if (attributes.kind === 'capability') capabilityIds.push(node);
    }
  });
  const componentCount = ids.length;
  ids.push(...gateIds);
  domainIds.sort();
  const size = ids.length;
  const indexOf = new Map(ids.map((id, i) => [id, i]));
  const domainIndexOf = new Map(domainIds.map((id, i) => [id, i]));

  const threshold = new Int32Array(size);
  const childOffsets = new Int32Array(size + 1);
  const nodeDomainOffsets = new Int32Array(size + 1);
  const childList: number[] = [];
  const domainList: number[] = [];
  const parentCount = new Int32Array(size);
  const memberCount = new Int32Array(domainIds.length);

  for (let v = 0; v < size; v++) {
    const node = ids[v]!;
    const start = childList.length;
    const domainStart = domainList.length;
    graph.forEachOutEdge(node, (_edge, edge, _source, target) => {
      if (edge.relation === 'requires') {
        const child = indexOf.get(target)!;
        childList.push(child);
        parentCount[child]!++;
      } else {
        const domain = domainIndexOf.get(target)!;
        domainList.push(domain);
        memberCount[domain]!++;
      }
    });
    const n = childList.length - start;
    const attributes = graph.getNodeAttributes(node);
    if (n === 0) threshold[v] = NEVER;
    else if (attributes.kind !== 'gate' || attributes.op === 'allOf') threshold[v] = 1;
    else if (attributes.op === 'anyOf') threshold[v] = n;
    else threshold[v] = n - attributes.k + 1;
    childOffsets[v + 1] = childList.length;
    sortRange(domainList, domainStart);
    nodeDomainOffsets[v + 1] = domainList.length;
  }
  const children = Int32Array.from(childList);
  const nodeDomains = Int32Array.from(domainList);

  const parentOffsets = offsetsFromCounts(parentCount);
  const parents = new Int32Array(children.length);
  const parentFill = parentOffsets.slice(0, size);
  for (let v = 0; v < size; v++) {
    for (let e = childOffsets[v]!; e < childOffsets[v + 1]!; e++) parents[parentFill[children[e]!]!++] = v;
  }
  const memberOffsets = offsetsFromCounts(memberCount);
  const members = new Int32Array(nodeDomains.length);
  const memberFill = memberOffsets.slice(0, domainIds.length);
  for (let v = 0; v < size; v++) {
    for (let e = nodeDomainOffsets[v]!; e < nodeDomainOffsets[v + 1]!; e++) members[memberFill[nodeDomains[e]!]!++] = v;
  }

  return {
    size,
    componentCount,
    ids,
    indexOf,
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
    capabilities: Int32Array.from(capabilityIds.sort().map((id) => indexOf.get(id)!)),
  };
}

function offsetsFromCounts(counts: Int32Array): Int32Array {
  const offsets = new Int32Array(counts.length + 1);
  for (let i = 0; i < counts.length; i++) offsets[i + 1] = offsets[i]! + counts[i]!;
  return offsets;
}

function sortRange(list: number[], start: number): void {
  if (list.length - start < 2) return;
  const sorted = list.slice(start).sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) list[start + i] = sorted[i]!;
}

/** Iterates the children of node `v` (with multiplicity). */
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
