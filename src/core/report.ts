/**
 * The report model: what `analyze` and `simulate` return, and what every renderer
 * (text, json, html, ...) reads. Field names are public (DESIGN section 5).
 */
import type { Concentration, ConcentrationKind } from './analysis/concentration.js';
import type { InventorySummary } from './model.js';

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
  /** Every capability the finding concerns, when there are several. */
  capabilities?: string[];
  component?: string;
  domain?: string;
  path?: string[];
}

export interface CapabilityResult {
  id: string;
  description?: string;
  status: 'spof' | 'resilient';
  spofDomains: string[];
  spofComponents: string[];
  minCut: number | null;
  cutSets: string[][];
  paths: Array<{ domain: string; path: string[] }>;
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
  findings: Finding[];
  inventory: InventorySummary;
}

export type CapabilityStatus = 'up' | 'degraded' | 'down';

export interface SimulatedCapability {
  id: string;
  status: CapabilityStatus;
  /** Why it is down: the chain from the capability to a directly failed component. */
  path: string[];
  /** The scenario entry that started the chain. */
  cause?: string;
}

export interface Simulation {
  /** The named scenario, when one was asked for. */
  scenario?: { id: string; title?: string; summary?: string };
  failed: string[];
  capabilities: SimulatedCapability[];
  down: string[];
}
