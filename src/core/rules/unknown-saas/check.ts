/**
 * Names under a public registrable domain that no catalog, AWS knowledge or manifest
 * knows (the `dns:<domain>` components DNS logs bring), with the evidence of all their
 * callers together. Names under a private suffix (`.internal`) are the estate's own: the
 * undeclared-dependency rule reports those.
 */
import type { DiscoveredNeed } from '../../model.js';
import type { Finding } from '../../report.js';
import { evidenceText, observedNeeds } from '../observed-needs.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const byTarget = new Map<string, { callers: Set<string>; evidence: NonNullable<DiscoveredNeed['evidence']>; best: number }>();
  for (const { from, to, need } of observedNeeds(context.model)) {
    if (context.componentOf(to)?.type !== 'dns:unknown') continue;
    const seen = need.evidence ?? {};
    let entry = byTarget.get(to);
    if (entry === undefined) byTarget.set(to, (entry = { callers: new Set(), evidence: { count: 0 }, best: -1 }));
    entry.callers.add(from.id);
    const total = entry.evidence;
    total.count = (total.count ?? 0) + (seen.count ?? 0);
    if (seen.firstSeen !== undefined && (total.firstSeen === undefined || seen.firstSeen < total.firstSeen)) total.firstSeen = seen.firstSeen;
    if (seen.lastSeen !== undefined && (total.lastSeen === undefined || seen.lastSeen > total.lastSeen)) total.lastSeen = seen.lastSeen;
    if (seen.example !== undefined && (seen.count ?? 0) > entry.best) {
      total.example = seen.example;
      entry.best = seen.count ?? 0;
    }
  }
  const findings: Finding[] = [];
  for (const [to, { callers, evidence }] of [...byTarget].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const { ids: capabilities } = context.firstDependents(context.index.positionOf(to)!);
    const domain = to.slice('dns:'.length);
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `${domain} is called by ${callers.size} source${callers.size === 1 ? '' : 's'} (${evidenceText(evidence)}), and neither the catalog nor the manifest knows what it is or where it runs`,
      ...(capabilities[0] !== undefined && { capability: capabilities[0], capabilities, path: context.pathTo(capabilities[0], to) }),
      component: to,
      domain: `vendor:${domain}`,
      evidence,
    });
  }
  return findings;
}
