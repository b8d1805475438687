/**
 * The quotient of the compiled index by interchangeable components: components
 * (never capabilities or requirement groups) with the same own domains, the same
 * children and the same parents, each with the same multiplicity, fall into one
 * class. Most of a large estate folds this way: the 50 tasks of one service in one
 * zone of one account are one class of 50.
 *
 * Members of a class are symmetric (swapping two is an automorphism of the graph),
 * so under any scenario of failed domains they are all up or all down together,
 * and the analyses over domains (single-failure sets, minimal cut sets) are exact on
 * the classes when each edge to a class keeps its multiplicity as a weight: a gate
 * over `anyOf` 50 members has one child of weight 50 and still needs all 50 down.
 * A single failed component is where members differ: one member of a class of n
 * down puts only weight / n of each edge into a parent's count (see
 * class-component-sets.ts). A class of one is the component itself.
 *
 * The classes number in the order of their first member, so capabilities and
 * declared components keep their relative order, and every component class comes
 * before every gate.
 */
import { offsetsFromCounts, type CompiledIndex } from './compiled-index.js';

export interface FoldedIndex {
  /** The graph over classes; `childWeights` (and `parentWeights`, the same edges seen from below) hold each edge's multiplicity. */
  index: CompiledIndex & { childWeights: Int32Array; parentWeights: Int32Array };
  /** Full node -> its class. */
  classOf: Int32Array;
  /** Class -> its members (full nodes, ascending). */
  classOffsets: Int32Array;
  classMembers: Int32Array;
}

export function foldIndex(full: CompiledIndex): FoldedIndex {
  const classOf = findClasses(full);
  const count = classOf.reduce((max, c) => Math.max(max, c + 1), 0);
  const { offsets: classOffsets, items: classMembers } = groupBy(classOf, count);
  const representative = (c: number) => classMembers[classOffsets[c]!]!;

  // Children of a class: its first member's, merged per class into weights, in first-seen order.
  const childCount = new Int32Array(count);
  const childList: number[] = [];
  const weightList: number[] = [];
  const slot = new Int32Array(count).fill(-1);
  for (let c = 0; c < count; c++) {
    const r = representative(c);
    const start = childList.length;
    for (let e = full.childOffsets[r]!; e < full.childOffsets[r + 1]!; e++) {
      const child = classOf[full.children[e]!]!;
      if (slot[child]! >= start) weightList[slot[child]!]!++;
      else {
        slot[child] = childList.length;
        childList.push(child);
        weightList.push(1);
      }
    }
    childCount[c] = childList.length - start;
  }
  const childOffsets = offsetsFromCounts(childCount);
  const children = Int32Array.from(childList);
  const childWeights = Int32Array.from(weightList);

  // Parents: the children transposed (each parent class once per distinct child class).
  const parentCount = new Int32Array(count);
  for (const child of children) parentCount[child]!++;
  const parentOffsets = offsetsFromCounts(parentCount);
  const parents = new Int32Array(children.length);
  const parentWeights = new Int32Array(children.length);
  const parentFill = parentOffsets.slice(0, count);
  for (let c = 0; c < count; c++) {
    for (let e = childOffsets[c]!; e < childOffsets[c + 1]!; e++) {
      const at = parentFill[children[e]!]!++;
      parents[at] = c;
      parentWeights[at] = childWeights[e]!;
    }
  }

  const threshold = Int32Array.from({ length: count }, (_, c) => full.threshold[representative(c)]!);
  const ownDomains = Array.from({ length: count }, (_, c) => full.ownDomains[representative(c)]!);
  const nodeDomainOffsets = new Int32Array(count + 1);
  for (let c = 0; c < count; c++) nodeDomainOffsets[c + 1] = nodeDomainOffsets[c]! + ownDomains[c]!.length;
  const nodeDomains = new Int32Array(nodeDomainOffsets[count]!);
  for (let c = 0; c < count; c++) nodeDomains.set(ownDomains[c]!, nodeDomainOffsets[c]!);

  // Domain -> member classes, each once.
  const domainCount = full.domainIds.length;
  const memberLists: number[][] = Array.from({ length: domainCount }, () => []);
  for (let c = 0; c < count; c++) {
    const domains = ownDomains[c]!;
    for (let i = 0; i < domains.length; i++) memberLists[domains[i]!]!.push(c);
  }
  const memberOffsets = offsetsFromCounts(Int32Array.from(memberLists, (list) => list.length));
  const members = Int32Array.from(memberLists.flat());

  let componentCount = 0;
  while (componentCount < count && representative(componentCount) < full.componentCount) componentCount++;
  const ids = Array.from({ length: count }, (_, c) => full.ids[representative(c)]!);
  const index = {
    size: count,
    componentCount,
    ids,
    positionOf: (id: string) => {
      const v = full.positionOf(id);
      return v === undefined ? undefined : classOf[v];
    },
    threshold,
    childOffsets,
    children,
    childWeights,
    parentOffsets,
    parents,
    parentWeights,
    domainIds: full.domainIds,
    domainIndexOf: full.domainIndexOf,
    nodeDomainOffsets,
    nodeDomains,
    ownDomains,
    memberOffsets,
    members,
    capabilities: Int32Array.from(full.capabilities, (k) => classOf[k]!),
    gateLabels: Array.from({ length: count - componentCount }, (_, g) => full.gateLabels[representative(componentCount + g) - full.componentCount]),
  };
  return { index, classOf, classOffsets, classMembers };
}

/** The number of members of class `c`. */
export function classSize(folded: FoldedIndex, c: number): number {
  return folded.classOffsets[c + 1]! - folded.classOffsets[c]!;
}

export function membersOfClass(folded: FoldedIndex, c: number): Int32Array {
  return folded.classMembers.subarray(folded.classOffsets[c]!, folded.classOffsets[c + 1]!);
}

/**
 * Per node, its class: components that are not capabilities share one when their
 * domain list, sorted children and sorted parents are equal; every other node is
 * alone. Equal sorted lists mean equal multiplicities too.
 */
function findClasses(full: CompiledIndex): Int32Array {
  const classOf = new Int32Array(full.size);
  const isCapability = new Uint8Array(full.size);
  for (const k of full.capabilities) isCapability[k] = 1;
  // Lists shared by identity (most resources) are numbered once; declared components each have their own.
  const domainListNumbers = new Map<readonly number[], number>();
  const numberOfList = new Map<string, number>();
  // Most members are leaves under one group: keyed by number, the rest by text.
  const byLeafKey = new Map<number, number>();
  const byKey = new Map<string, number>();
  let count = 0;
  for (let v = 0; v < full.size; v++) {
    if (v >= full.componentCount || isCapability[v]) {
      classOf[v] = count++;
      continue;
    }
    const domains = full.ownDomains[v]!;
    let list = domainListNumbers.get(domains);
    if (list === undefined) {
      const text = domains.join(',');
      list = numberOfList.get(text) ?? numberOfList.size;
      numberOfList.set(text, list);
      domainListNumbers.set(domains, list);
    }
    const childStart = full.childOffsets[v]!;
    const childEnd = full.childOffsets[v + 1]!;
    const parentStart = full.parentOffsets[v]!;
    const parentEnd = full.parentOffsets[v + 1]!;
    let known: number | undefined;
    if (childStart === childEnd && parentEnd - parentStart === 1) {
      const key = list * full.size + full.parents[parentStart]!;
      known = byLeafKey.get(key);
      if (known === undefined) byLeafKey.set(key, count);
    } else {
      const key = `${list}|${sortedList(full.children, childStart, childEnd)}|${sortedList(full.parents, parentStart, parentEnd)}`;
      known = byKey.get(key);
      if (known === undefined) byKey.set(key, count);
    }
    classOf[v] = known ?? count++;
  }
  return classOf;
}

function sortedList(items: Int32Array, start: number, end: number): string {
  if (end - start <= 1) return start === end ? '' : String(items[start]);
  return items.slice(start, end).sort().join(',');
}

/** Items 0..n-1 grouped by their key (ascending within a group). */
function groupBy(keyOf: Int32Array, count: number): { offsets: Int32Array; items: Int32Array } {
  const sizes = new Int32Array(count);
  for (let v = 0; v < keyOf.length; v++) sizes[keyOf[v]!]!++;
  const offsets = offsetsFromCounts(sizes);
  const items = new Int32Array(keyOf.length);
  const fill = offsets.slice(0, count);
  for (let v = 0; v < keyOf.length; v++) items[fill[keyOf[v]!]!++] = v;
  return { offsets, items };
}
