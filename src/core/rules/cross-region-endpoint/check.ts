/**
 * A regional workload that DNS logs show calling an AWS endpoint served from another
 * region: a regional endpoint elsewhere, or a global endpoint served from one region
 * (its `via` says which, and the source). The edge global data plane is no region.
 */
import { isGlobalRegion } from '../../inventory.js';
import type { Finding } from '../../report.js';
import { evidenceOf, evidenceText, observedNeeds } from '../observed-needs.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const { from, to, need } of observedNeeds(context.model)) {
    const target = context.componentOf(to);
    if (target?.type?.endsWith(':data-plane') !== true || isGlobalRegion(target.region) || isGlobalRegion(from.region)) continue;
    if (target.region === from.region) continue;
    const domain = `region:aws/${target.region!}`;
    const { ids: capabilities } = context.firstDependents(context.index.positionOf(from.id)!);
    const global = need.via?.split('; ').find((part) => part.includes('global endpoint'));
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `${from.id} in ${from.region!} calls ${to}, served from ${target.region!} (${evidenceText(need.evidence)}${global !== undefined ? `; ${global}` : ''}): it stops when ${target.region!} fails, whatever ${from.region!} does`,
      ...(capabilities[0] !== undefined && { capability: capabilities[0], capabilities, path: [...context.pathTo(capabilities[0], from.id), to] }),
      component: from.id,
      domain,
      target: to,
      evidence: evidenceOf(need),
    });
  }
  return findings;
}
