/**
 * Critical paths: for a capability and a domain that takes it down alone, the
 * explanation of explain-failure.ts under the scenario "that domain fails": the
 * chain to the nearest component of the domain whose failure alone takes the
 * capability down, or, when none does, why each alternative fails.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import { explainFailure, findSingleFailedCause, type FailureExplanation, type FailureView } from './explain-failure.js';
import { findShortestPath, isInDomain, propagateFailures, sortedIncludes } from './propagate-failures.js';
import type { FailureSet } from './single-failure-sets.js';
import type { NodeSets } from './node-sets.js';
import type { FoldedIndex } from '../graph/fold-index.js';

export interface DomainExplainer {
  /** Why `from` goes down when `domain` fails (an empty path when it does not). */
  explain(from: number, domain: number): FailureExplanation;
  /** Where `explain`'s path ends when one component of `domain` alone takes `from` down (its `single`); no path, no tree. */
  findCause(from: number, domain: number): number | undefined;
}

/**
 * Explanations over single domains. Down-ness comes from the single-failure sets;
 * the propagation rounds a tree needs are computed once per domain (on the classes
 * of `folded`, when given), and only for a domain whose failure no single
 * component explains.
 */
export function createDomainExplainer(index: CompiledIndex, domainSets: readonly FailureSet[], componentSets: NodeSets, folded?: FoldedIndex): DomainExplainer {
  // Members of a class fall in the same round (they are symmetric and a domain fails
  // them all), so the rounds come from the classes when there are: a pass over the
  // architecture, not over every resource of a domain as large as a provider.
  const classOf = folded?.classOf;
  const rounds = new Map<number, Int32Array>();
  const roundsOf = (domain: number) => {
    let round = rounds.get(domain);
    if (round === undefined) {
      round = propagateFailures(folded?.index ?? index, { domains: [domain] }).round;
      rounds.set(domain, round);
    }
    return round;
  };
  const name = (domain: number) => index.domainIds[domain]!;
  const viewOf = (domain: number): FailureView => ({
    isDown: (v) => sortedIncludes(domainSets[v]!, domain),
    isDirect: (v) => isInDomain(index, v, domain),
    round: (v) => roundsOf(domain)[classOf === undefined ? v : classOf[v]!]!,
    causeOf: () => name(domain),
    domainsOnly: true,
  });
  return {
    explain: (from, domain) => explainFailure(index, from, viewOf(domain), componentSets),
    findCause: (from, domain) => findSingleFailedCause(index, from, viewOf(domain), componentSets),
  };
}

/** The shortest chain of dependencies from one node to another (node indices; empty when unreachable). */
export function findPathTo(index: CompiledIndex, from: number, to: number): number[] {
  return findShortestPath(index, from, () => true, (v) => v === to) ?? [];
}

/** Node indices to component ids, leaving out requirement gates. */
export function pathIds(index: CompiledIndex, path: readonly number[]): string[] {
  return path.filter((v) => v < index.componentCount).map((v) => index.ids[v]!);
}
