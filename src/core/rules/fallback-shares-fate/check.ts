import type { Finding } from '../../report.js';
import { sortedIncludes } from '../../analysis/propagate-failures.js';
import { describeNode } from '../../graph/describe-node.js';
import { findFallbackGroups } from '../fallback-groups.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/**
 * A group's single-failure set over domains is exactly the domains that defeat
 * it. Where an alternative is a manual fallback whose control plane falls with
 * the same domain, manual-fallback-needs-control-plane says it better.
 */
export function check(context: RuleContext): Finding[] {
  const { index, domainSets } = context;
  const findings: Finding[] = [];
  for (const group of findFallbackGroups(context)) {
    const names = [...new Set(Array.from(group.alternatives, (v) => describeNode(index, v)))];
    const defeating = domainSets[group.gate]!;
    for (let i = 0; i < defeating.length; i++) {
      const d = defeating[i]!;
      const domain = index.domainIds[d]!;
      const manual = group.controlPlanes.some((id) => sortedIncludes(domainSets[index.positionOf(id)!]!, d));
      if (manual) continue;
      const capability = group.capabilities[0]!;
      // "All fail" hides the reason when they all need one thing in the domain: name it.
      const last = context.singleCause(index.ids[group.gate]!, domain);
      const common = last !== undefined && !Array.from(group.alternatives, (v) => index.ids[v]).includes(last) ? last : undefined;
      findings.push({
        rule: meta.id,
        severity: severityForDomain(domain, meta.severity),
        message: common === undefined ? `the alternatives of ${group.owner} (${names.join(', ')}) all fail when ${domain} fails` : `the alternatives of ${group.owner} (${names.join(', ')}) all need ${common}, which fails when ${domain} fails`,
        capability,
        capabilities: group.capabilities,
        ...(group.moreCapabilities && { moreCapabilities: true as const }),
        component: group.owner,
        domain,
        path: context.criticalPath(capability, domain),
      });
    }
  }
  return findings;
}
