/**
 * What a rule is: metadata as data (`meta.ts`) beside a pure check (`check.ts`).
 * Checks read the analysis already computed and never recompute the world.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import type { Component, Model } from '../model.js';
import type { CapabilityResult, CriticalPath, Finding, Severity } from '../report.js';
import type { Concentration, ConcentrationKind } from '../analysis/concentration.js';
import type { FailureSet } from '../analysis/single-failure-sets.js';
import type { NodeSets } from '../analysis/node-sets.js';

export interface RuleMeta {
  id: string;
  severity: Severity;
  title: string;
  /** Why it matters, in a sentence or two. */
  why: string;
  /** How to fix it. */
  fix: string;
}

export interface RuleContext {
  model: Model;
  index: CompiledIndex;
  capabilities: readonly CapabilityResult[];
  concentration: Readonly<Record<ConcentrationKind, Concentration>>;
  /** Single-failure sets over domains and over components, per node. */
  domainSets: readonly FailureSet[];
  /** Per node, the components whose failure alone takes it down (itself included). */
  componentSets: NodeSets;
  /** Capabilities (ids, sorted) that depend on each node. */
  dependents: (v: number) => string[];
  /** Whether any capability depends on the node (cheaper than asking which). */
  hasDependents: (v: number) => boolean;
  /** The first 20 capabilities (by id) that depend on the node, and whether there are more: cheap on any shape. */
  firstDependents: (v: number) => { ids: string[]; more: boolean };
  /** Capabilities (ids, sorted) that depend on some member of a domain. */
  dependentsOfDomain: (domain: string) => string[];
  /** The path of `explain`: ids from `from` to the component of `domain` that alone takes it down (or to its defeated alternatives). */
  criticalPath: (from: string, domain: string) => string[];
  /** Why `from` goes down when `domain` fails: the path, and a tree when no single component of the domain does it. */
  explain: (from: string, domain: string) => CriticalPath;
  /** The component of `domain` whose failure alone takes `from` down, where `explain`'s path ends; undefined when it gives a tree or `from` stays up. Cheaper: no path, no tree. */
  singleCause: (from: string, domain: string) => string | undefined;
  /** The component (or capability) with this id; cheap, unlike building `model.byId`. */
  componentOf: (id: string) => Component | undefined;
  /** Shortest chain of dependencies from `from` to the component `to` (ids; empty when none). */
  pathTo: (from: string, to: string) => string[];
}

export interface Rule {
  meta: RuleMeta;
  check: (context: RuleContext) => Finding[];
}
