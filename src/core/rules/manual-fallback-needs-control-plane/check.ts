import type { Finding } from '../../report.js';
import { sortedIncludes } from '../../analysis/propagate-failures.js';
import { describeNode } from '../../graph/describe-node.js';
import { findFallbackGroups } from '../fallback-groups.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const { index, domainSets } = context;
  const findings: Finding[] = [];
  for (const group of findFallbackGroups(context)) {
    if (group.controlPlanes.length === 0) continue;
    const defeating = domainSets[group.gate]!;
    for (let i = 0; i < defeating.length; i++) {
      const d = defeating[i]!;
      const domain = index.domainIds[d]!;
      for (const control of group.controlPlanes) {
        if (!sortedIncludes(domainSets[index.positionOf(control)!]!, d)) continue;
        const path = context.criticalPath(control, domain);
        const names = [...new Set(Array.from(group.alternatives, (v) => describeNode(index, v)))];
        findings.push({
          rule: meta.id,
          severity: severityForDomain(domain, meta.severity),
          message: `when ${domain} fails, ${group.owner} cannot fall back (${names.join(', ')}): the fallback needs ${control}, which fails too, through ${path.join(' → ')}`,
          capability: group.capabilities[0]!,
          capabilities: group.capabilities,
        ...(group.moreCapabilities && { moreCapabilities: true as const }),
          component: group.owner,
          domain,
          path,
        });
      }
    }
  }
  return findings;
}
