/**
 * The report model: what `analyze` and `simulate` return, and what every renderer
 * (text, json, html, ...) reads. Field names are public (DESIGN section 5).
 */
import type { Concentration, ConcentrationKind } from './analysis/concentration.js';
import type { InventorySummary } from './model.js';
import type { Dependency, IgnoredDependency } from './inventory.js';
import type { FailureTree } from './analysis/explain-failure.js';

export type { FailureTree } from './analysis/explain-failure.js';

export const severities = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof severities)[number];

export function severityRank(severity: Severity): number {
  return severities.length - severities.indexOf(severity);
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  capability?: string;
  /** The capabilities the finding concerns, when there are several: the first 20 by id, with `moreCapabilities` when there are more. */
  capabilities?: string[];
  moreCapabilities?: true;
  component?: string;
  domain?: string;
  path?: string[];
  /** When no single component of `domain` takes the capability down: why each alternative fails. */
  tree?: FailureTree;
  /** Findings about an observed dependency: what `component` was seen calling. */
  target?: string;
  /** Findings about observed dependencies: how often and when it was seen, and one name asked. */
  evidence?: { count?: number; firstSeen?: string; lastSeen?: string; example?: string };
}

export interface CapabilityResult {
  id: string;
  description?: string;
  status: 'spof' | 'resilient';
  spofDomains: string[];
  spofComponents: string[];
  minCut: number | null;
  cutSets: string[][];
  /**
   * Why each SPOF domain takes the capability down. Without `tree`, the last of
   * `path` is a component of the domain whose failure alone does it (the nearest
   * such); with `tree`, no single component does, and the tree shows why each
   * alternative fails (`path` then ends where the alternatives start).
   */
  paths: CriticalPath[];
}

export interface CriticalPath {
  domain: string;
  path: string[];
  tree?: FailureTree;
}

export interface AnalysisSummary {
  capabilities: number;
  spof: number;
  resilient: number;
  components: number;
  domains: number;
  findings: Record<Severity, number>;
}

export interface Analysis {
  faultline: 1;
  name: string;
  maxOrder: number;
  summary: AnalysisSummary;
  capabilities: CapabilityResult[];
  concentration: Record<ConcentrationKind, Concentration>;
  centrality: Centrality;
  findings: Finding[];
  inventory: InventorySummary;
  /**
   * What discovery sources found between the resources of the model (DESIGN
   * section 8): every dependency counted as a requirement, and every reference
   * that is not, with why. Absent when no source found any.
   */
  dependencies?: { discovered: Dependency[]; ignored: IgnoredDependency[] };
}

/** Which components the most dependency chains run through (see betweenness-centrality.ts). */
export interface Centrality {
  /**
   * Betweenness over the requirement graph between components, normalised by
   * (n - 1)(n - 2): the most central first (ties by id), those above 0, at most 500.
   */
  betweenness: CentralComponent[];
  /** Components above 0 that the list leaves out. */
  more?: number;
  /** The graph is so deep that the values are estimated from a sample of sources. */
  estimated?: true;
}

export interface CentralComponent {
  id: string;
  betweenness: number;
}

export type CapabilityStatus = 'up' | 'degraded' | 'down';

export interface SimulatedScenario {
  id: string;
  title?: string;
  summary?: string;
  /** The region it strikes (provider/region), for a scenario of the built-in library. */
  region?: string;
  /** Components of that region it could not classify (no type, or one faultline has no knowledge of) and left up: they stayed up in this simulation. */
  assumedUp?: string[];
}

export interface SimulatedCapability {
  id: string;
  status: CapabilityStatus;
  /**
   * Why it is down: the chain from the capability to the directly failed
   * component whose failure alone takes it down (the nearest such); when none
   * does, the chain to the defeated alternatives, and `tree` says why each fails.
   */
  path: string[];
  /** The scenario entry that fails the end of the chain (in a tree: the one entry all branches end in, if there is one). */
  cause?: string;
  tree?: FailureTree;
  /** Degraded: the nearest groups of alternatives it relies on that lost some and still hold. */
  weakened?: WeakenedGroup[];
}

/** A group of alternatives (of `component`) with `up` of its `of` alternatives left; it needs `need`. */
export interface WeakenedGroup {
  component: string;
  need: number;
  of: number;
  up: number;
}

export interface Simulation {
  /** The named scenario, when one was asked for. */
  scenario?: SimulatedScenario;
  failed: string[];
  capabilities: SimulatedCapability[];
  down: string[];
  /**
   * The cascade, a round at a time until nothing more goes down: round 0 is what
   * the scenario fails directly, round k what goes down because of rounds before
   * it. Capabilities are in it too.
   */
  rounds: CascadeRound[];
}

export interface CascadeRound {
  round: number;
  /** What went down in this round, sorted by id. */
  down: CascadeFall[];
  /**
   * Scanned resources that went down in this round and are counted rather than
   * listed: a round lists its resources only when it has at most 100 (the
   * simulation's `down` names every one).
   */
  resources?: number;
}

export interface CascadeFall {
  id: string;
  /** Round 0: the scenario entry that failed it (a failed domain, or the component itself). */
  cause?: string;
  /** Later rounds: what it needed that went down in earlier rounds and took it down, sorted (the first 8; `moreBecause` counts the rest). */
  because?: string[];
  moreBecause?: number;
}
