/**
 * A baseline: what the gate accepted, as a versioned, sorted, diff-friendly
 * record; and the comparison of the current state against it.
 */
import type { Analysis } from '../report.js';
import type { Prepared } from '../prepare.js';
import { findSingleRegionDependencies, type RegionDependency } from './single-region-dependencies.js';
import { ownValue } from '../own-value.js';

export interface Baseline {
  faultlineBaseline: 1;
  name: string;
  /** region domain -> "capability -> component" pairs. */
  singleRegion: Record<string, string[]>;
  /** capability -> its SPOF domains. */
  spofDomains: Record<string, string[]>;
  /** capability -> its SPOF components. */
  spofComponents: Record<string, string[]>;
  /**
   * Per kind of domain, the largest domain, its share and the HHI, rounded to two
   * places so that a baseline changes only when concentration really moves. For the
   * trend in the brief; the gate does not read it. Absent in older baselines.
   */
  concentration?: Record<string, ConcentrationMark>;
}

export interface ConcentrationMark {
  largest: string;
  share: number;
  hhi: number;
}

/** The concentration a baseline records and a trend compares. */
export function concentrationMarks(analysis: Analysis): Record<string, ConcentrationMark> {
  const marks: Record<string, ConcentrationMark> = {};
  for (const kind of ['region', 'provider', 'account', 'vendor'] as const) {
    const entry = analysis.concentration[kind];
    const top = entry.shares[0];
    if (top !== undefined) marks[kind] = { largest: top.domain, share: round(top.share), hhi: round(entry.hhi) };
  }
  return marks;
}

const round = (value: number) => Math.round(value * 100) / 100;

export const pairKey = (capability: string, component: string) => `${capability} -> ${component}`;

/** A pair key back into its capability and component. */
export function splitPairKey(key: string): { capability: string; component: string } {
  const at = key.indexOf(' -> ');
  return { capability: key.slice(0, at), component: key.slice(at + ' -> '.length) };
}

export function createBaseline(prepared: Prepared, analysis: Analysis, regions: readonly string[]): Baseline {
  const singleRegion: Record<string, string[]> = {};
  for (const region of [...regions].sort()) {
    singleRegion[region] = findSingleRegionDependencies(prepared, region).map((pair) => pairKey(pair.capability, pair.component));
  }
  const spofDomains: Record<string, string[]> = {};
  const spofComponents: Record<string, string[]> = {};
  for (const capability of analysis.capabilities) {
    spofDomains[capability.id] = capability.spofDomains;
    spofComponents[capability.id] = capability.spofComponents;
  }
  return { faultlineBaseline: 1, name: prepared.model.name, singleRegion, spofDomains, spofComponents, concentration: concentrationMarks(analysis) };
}

export interface Regression {
  kind: 'new-single-region' | 'new-spof-domain' | 'new-spof-component' | 'max-share' | 'expired-suppression';
  capability?: string;
  component?: string;
  domain?: string;
  path?: string[];
  message: string;
  /** A resource a Terraform state or plan holds: its address, and the line of its block there. */
  terraform?: { address: string; file: string; line: number };
}

export interface Suppression {
  capability: string;
  component: string;
  reason: string;
  until: string;
}

export interface GateRules {
  regions: readonly string[];
  spofDomainKinds: readonly string[];
  spofComponents: boolean;
  maxShare: boolean;
}

export interface CheckResult {
  regressions: Regression[];
  /** Pairs in the baseline that are gone: improvements. */
  resolved: string[];
  suppressed: Array<{ pair: string; reason: string; until: string }>;
}

/** New single-region dependencies, SPOFs and share breaches against the baseline, less live suppressions. */
export function checkAgainstBaseline(input: { prepared: Prepared; analysis: Analysis; baseline: Baseline; rules: GateRules; suppressions: readonly Suppression[]; today: string }): CheckResult {
  const { prepared, analysis, baseline, rules, suppressions, today } = input;
  const regressions: Regression[] = [];
  const suppressed: CheckResult['suppressed'] = [];
  const resolved: string[] = [];
  const live = new Map<string, Suppression>();
  for (const suppression of suppressions) {
    const key = pairKey(suppression.capability, suppression.component);
    if (suppression.until >= today) live.set(key, suppression);
    else regressions.push({ kind: 'expired-suppression', capability: suppression.capability, component: suppression.component, message: `the suppression of ${key} expired on ${suppression.until} (${suppression.reason}); fix it or renew the suppression` });
  }
  for (const region of rules.regions) {
    const accepted = new Set(ownValue(baseline.singleRegion, region) ?? []);
    const current = findSingleRegionDependencies(prepared, region);
    const now = new Set<string>();
    for (const pair of current) {
      const key = pairKey(pair.capability, pair.component);
      now.add(key);
      if (accepted.has(key)) continue;
      const suppression = live.get(key);
      if (suppression) {
        suppressed.push({ pair: key, reason: suppression.reason, until: suppression.until });
        continue;
      }
      regressions.push(singleRegionRegression(pair, region));
    }
    for (const key of accepted) if (!now.has(key)) resolved.push(key);
  }
  for (const capability of analysis.capabilities) {
    const knownDomains = new Set(ownValue(baseline.spofDomains, capability.id) ?? []);
    for (const domain of capability.spofDomains) {
      if (knownDomains.has(domain) || !rules.spofDomainKinds.includes(domain.slice(0, domain.indexOf(':')))) continue;
      const path = capability.paths.find((entry) => entry.domain === domain)?.path ?? [];
      regressions.push({ kind: 'new-spof-domain', capability: capability.id, domain, path, message: `${capability.id} now goes down when ${domain} fails, through ${path.slice(1).join(' → ')}` });
    }
    if (!rules.spofComponents) continue;
    const knownComponents = new Set(ownValue(baseline.spofComponents, capability.id) ?? []);
    for (const component of capability.spofComponents) {
      if (!knownComponents.has(component)) regressions.push({ kind: 'new-spof-component', capability: capability.id, component, message: `${capability.id} now goes down when ${component} fails alone` });
    }
  }
  if (rules.maxShare) {
    for (const finding of analysis.findings) {
      if (finding.rule === 'concentration-over-limit') regressions.push({ kind: 'max-share', ...(finding.domain !== undefined && { domain: finding.domain }), message: finding.message });
    }
  }
  return { regressions, resolved: resolved.sort(), suppressed };
}

function singleRegionRegression(pair: RegionDependency, region: string): Regression {
  return {
    kind: 'new-single-region',
    capability: pair.capability,
    component: pair.component,
    domain: region,
    path: pair.path,
    message: `${pair.capability} now depends on ${pair.component}, which is only in ${region}: ${pair.path.join(' → ')}`,
  };
}
