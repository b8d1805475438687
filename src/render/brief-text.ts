/**
 * Parts of the brief that its Markdown and HTML say the same way: the trend
 * against a baseline in words (a few summary lines, then what is new and what was
 * fixed), a baseline pair as a path, which rows an outage table shows, and the
 * fix of each risk (said once per rule).
 */
import type { CatalogSystem } from '../core/catalog-systems.js';
import { nameOf, type Brief, type Outage } from '../core/brief.js';
import { isSameMark, isUnchanged, type LabelledTrend } from '../core/trend.js';
import { splitPairKey, type ConcentrationMark } from '../core/gate/baseline.js';

export interface TrendText {
  since: string;
  summary: string[];
  lists: Array<{ title: string; items: string[] }>;
}

/** Longer lists end with "… and N more": the brief is for reading. */
const maxItems = 15;

export function trendLines(trend: LabelledTrend): TrendText {
  if (isUnchanged(trend)) return { since: trend.since, summary: ['Nothing changed since the baseline.'], lists: [] };
  const summary = [`Capabilities that stop on a single failure: ${movement(trend.spofCapabilities.before, trend.spofCapabilities.now)}.`];
  for (const entry of trend.singleRegion) {
    summary.push(`Dependencies only in ${nameOf(entry.region)}: ${movement(entry.before, entry.now)} (${entry.added.length} new, ${entry.resolved.length} resolved).`);
  }
  for (const { kind, before, now } of trend.concentration) {
    if (isSameMark(before, now)) continue;
    const percent = (mark: ConcentrationMark) => `${Math.round(mark.share * 100)}%`;
    const largest = before.largest === now.largest ? `${nameOf(now.largest)} ${percent(before)} → ${percent(now)}` : `${nameOf(before.largest)} ${percent(before)} → ${nameOf(now.largest)} ${percent(now)}`;
    summary.push(`Largest ${kind}: ${largest} (HHI ${before.hhi.toFixed(2)} → ${now.hhi.toFixed(2)}).`);
  }
  if (trend.capabilitiesAdded.length > 0) summary.push(`New capabilities: ${trend.capabilitiesAdded.join(', ')}.`);
  if (trend.capabilitiesRemoved.length > 0) summary.push(`Capabilities no longer in the manifest: ${trend.capabilitiesRemoved.join(', ')}.`);
  const regionPairs = (pick: 'added' | 'resolved') => trend.singleRegion.flatMap((entry) => entry[pick].map((pair) => `${pairAsPath(pair)}, only in ${nameOf(entry.region)}`));
  const lists = [
    { title: 'New: single-region dependencies', items: regionPairs('added') },
    { title: 'New: single failures', items: [...trend.spofDomains.added.map(({ capability, item }) => `${capability} now stops when ${nameOf(item)} fails`), ...trend.spofComponents.added.map(({ capability, item }) => `${capability} now stops when ${item} fails alone`)] },
    { title: 'Fixed: single-region dependencies', items: regionPairs('resolved') },
    { title: 'Fixed: single failures', items: [...trend.spofDomains.resolved.map(({ capability, item }) => `${capability} no longer stops when ${nameOf(item)} fails`), ...trend.spofComponents.resolved.map(({ capability, item }) => `${capability} no longer stops when ${item} fails alone`)] },
  ];
  return { since: trend.since, summary, lists: lists.filter((list) => list.items.length > 0).map((list) => ({ title: list.title, items: capped(list.items) })) };
}

function movement(before: number, now: number): string {
  if (before === now) return `unchanged at ${now}`;
  return `${before < now ? 'up' : 'down'} from ${before} to ${now}`;
}

function capped(items: string[]): string[] {
  return items.length <= maxItems ? items : [...items.slice(0, maxItems), `… and ${items.length - maxItems} more`];
}

/** Up to this many capabilities, an outage table lists every one; above, those still up are counted in one row. */
const allRowsUpTo = 12;

export function outageRows(outage: Outage): { rows: Outage['capabilities']; up: number } {
  if (outage.capabilities.length <= allRowsUpTo) return { rows: outage.capabilities, up: 0 };
  const rows = outage.capabilities.filter((capability) => capability.status !== 'up');
  return { rows, up: outage.capabilities.length - rows.length };
}

/** A baseline pair "capability -> component" said as a path. */
export function pairAsPath(key: string): string {
  const { capability, component } = splitPairKey(key);
  return `${capability} → ${component}`;
}

/** Each risk's fix, written out the first time its rule appears and referred back to after. */
export function riskFixes(risks: Brief['risks']): string[] {
  const explained = new Set<string>();
  return risks.map((risk) => {
    const fix = explained.has(risk.rule) ? `as for ${risk.rule} above.` : risk.fix;
    explained.add(risk.rule);
    return fix;
  });
}

/** A System's members that alone stop a capability, each with what it stops: `component:default/checkout (take-payments); …`; `none` when none does. */
export function spofText(system: CatalogSystem): string {
  if (system.spofs.length === 0) return 'none';
  return system.spofs.map((spof) => `${spof.id} (${spof.capabilities.join(', ')})`).join('; ');
}
