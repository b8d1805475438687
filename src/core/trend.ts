/**
 * The trend against a baseline, for the leadership brief: what got better and what
 * got worse since the state the gate last accepted. Unlike the gate, it applies no
 * policy and no suppression: it is the whole picture, both ways.
 */
import { concentrationMarks, pairKey, splitPairKey, type Baseline, type ConcentrationMark } from './gate/baseline.js';
import { findSingleRegionDependencies } from './gate/single-region-dependencies.js';
import type { Prepared } from './prepare.js';
import type { Analysis } from './report.js';
import { ownValue } from './own-value.js';

export interface Change {
  capability: string;
  /** A component or a failure domain. */
  item: string;
}

export interface Trend {
  /** Capabilities that stop on a single failure domain, then and now. */
  spofCapabilities: { before: number; now: number };
  /** Capabilities that appeared or disappeared since the baseline. */
  capabilitiesAdded: string[];
  capabilitiesRemoved: string[];
  /** Per region the baseline records: "capability -> component" pairs only in that region. */
  singleRegion: Array<{ region: string; before: number; now: number; added: string[]; resolved: string[] }>;
  spofDomains: { added: Change[]; resolved: Change[] };
  spofComponents: { added: Change[]; resolved: Change[] };
  /** Per kind, the largest domain then and now (when the baseline records it). */
  concentration: Array<{ kind: string; before: ConcentrationMark; now: ConcentrationMark }>;
}

/** A baseline and how to name it ("faultline.baseline.json"). */
export interface LabelledBaseline {
  label: string;
  baseline: Baseline;
}

/** The trend with the name of the baseline it is measured from. */
export type LabelledTrend = Trend & { since: string };

export function trendSince(prepared: Prepared, analysis: Analysis, { label, baseline }: LabelledBaseline): LabelledTrend {
  return { since: label, ...compareWithBaseline(prepared, analysis, baseline) };
}

export function compareWithBaseline(prepared: Prepared, analysis: Analysis, baseline: Baseline): Trend {
  const before = new Set(Object.keys(baseline.spofDomains));
  const now = new Set(analysis.capabilities.map((capability) => capability.id));
  const singleRegion = Object.keys(baseline.singleRegion)
    .sort()
    .map((region) => {
      const accepted = baseline.singleRegion[region] ?? [];
      const current = findSingleRegionDependencies(prepared, region).map((pair) => pairKey(pair.capability, pair.component));
      const { added, resolved } = difference(accepted, current);
      // A pair of a capability that is gone is not a fix.
      return { region, before: accepted.length, now: current.length, added, resolved: resolved.filter((key) => now.has(splitPairKey(key).capability)) };
    });
  const currentDomains = Object.fromEntries(analysis.capabilities.map((capability) => [capability.id, capability.spofDomains]));
  const currentComponents = Object.fromEntries(analysis.capabilities.map((capability) => [capability.id, capability.spofComponents]));
  return {
    spofCapabilities: {
      before: Object.values(baseline.spofDomains).filter((domains) => domains.length > 0).length,
      now: analysis.capabilities.filter((capability) => capability.status === 'spof').length,
    },
    capabilitiesAdded: [...now].filter((id) => !before.has(id)).sort(),
    capabilitiesRemoved: [...before].filter((id) => !now.has(id)).sort(),
    singleRegion,
    spofDomains: changes(baseline.spofDomains, currentDomains),
    spofComponents: changes(baseline.spofComponents, currentComponents),
    concentration: concentrationMoves(baseline.concentration ?? {}, concentrationMarks(analysis)),
  };
}

/** Kinds recorded both then and now; rounded as the baseline rounds, so equal means unchanged. */
function concentrationMoves(before: Readonly<Record<string, ConcentrationMark>>, now: Readonly<Record<string, ConcentrationMark>>): Trend['concentration'] {
  return Object.keys(now)
    .filter((kind) => before[kind] !== undefined)
    .map((kind) => ({ kind, before: before[kind]!, now: now[kind]! }));
}

/** Whether anything moved at all. */
export function isUnchanged(trend: Trend): boolean {
  const lists = [trend.capabilitiesAdded, trend.capabilitiesRemoved, trend.spofDomains.added, trend.spofDomains.resolved, trend.spofComponents.added, trend.spofComponents.resolved, ...trend.singleRegion.flatMap((entry) => [entry.added, entry.resolved])];
  return lists.every((list) => list.length === 0) && trend.concentration.every(({ before, now }) => isSameMark(before, now));
}

export function isSameMark(a: ConcentrationMark, b: ConcentrationMark): boolean {
  return a.largest === b.largest && a.share === b.share && a.hhi === b.hhi;
}

function difference(before: readonly string[], now: readonly string[]): { added: string[]; resolved: string[] } {
  const was = new Set(before);
  const is = new Set(now);
  return { added: [...is].filter((key) => !was.has(key)).sort(), resolved: [...was].filter((key) => !is.has(key)).sort() };
}

/** Per current capability, items that appeared or went away. A new capability's items are all new; a capability that went is listed as gone, not as fixed. */
function changes(before: Readonly<Record<string, readonly string[]>>, now: Readonly<Record<string, readonly string[]>>): { added: Change[]; resolved: Change[] } {
  const added: Change[] = [];
  const resolved: Change[] = [];
  for (const capability of Object.keys(now).sort()) {
    const diff = difference(ownValue(before, capability) ?? [], now[capability] ?? []);
    added.push(...diff.added.map((item) => ({ capability, item })));
    resolved.push(...diff.resolved.map((item) => ({ capability, item })));
  }
  return { added, resolved };
}
