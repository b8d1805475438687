/**
 * Critical paths: for a capability and a domain that takes it down alone, the
 * shortest chain of dependencies from the capability to a component in that
 * domain, walking only through nodes that the domain's failure also takes down,
 * so every step of the chain is part of the reason.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import { findFailurePath, findShortestPath, isInDomain, sortedIncludes } from './propagate-failures.js';
import type { FailureSet } from './single-failure-sets.js';

export function findCriticalPath(index: CompiledIndex, from: number, domain: number, domainSets: readonly FailureSet[]): number[] {
  return findFailurePath(
    index,
    from,
    (v) => sortedIncludes(domainSets[v]!, domain),
    (v) => isInDomain(index, v, domain),
  );
}

/** The shortest chain of dependencies from one node to another (node indices; empty when unreachable). */
export function findPathTo(index: CompiledIndex, from: number, to: number): number[] {
  return findShortestPath(index, from, () => true, (v) => v === to) ?? [];
}

/** Node indices to component ids, leaving out requirement gates. */
export function pathIds(index: CompiledIndex, path: readonly number[]): string[] {
  return path.filter((v) => v < index.componentCount).map((v) => index.ids[v]!);
}
