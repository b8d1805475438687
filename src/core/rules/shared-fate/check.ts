import type { Finding } from '../../report.js';
import { intersect } from '../../analysis/single-failure-sets.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const { index, domainSets, componentSets } = context;
  const findings: Finding[] = [];
  for (const capability of context.model.components) {
    if (capability.kind !== 'capability') continue;
    const k = index.positionOf(capability.id)!;
    for (const other of capability.independentOf ?? []) {
      const j = index.positionOf(other)!;
      const sharedDomains = Array.from(intersect(domainSets[k]!, domainSets[j]!), (d) => index.domainIds[d]!).sort();
      for (const domain of sharedDomains) {
        findings.push({
          rule: meta.id,
          severity: severityForDomain(domain, meta.severity),
          message: `${capability.id} and ${other} both go down when ${domain} fails, though ${capability.id} is declared independent of ${other}`,
          capability: capability.id,
          capabilities: [capability.id, other].sort(),
          domain,
          path: context.criticalPath(capability.id, domain),
        });
      }
      if (sharedDomains.length > 0) continue;
      // No shared domain; a shared component still ties their fates.
      const sharedComponents = Array.from(intersect(componentSets[k]!, componentSets[j]!), (v) => index.ids[v]!)
        .filter((id) => id !== capability.id && id !== other)
        .sort();
      for (const component of sharedComponents) {
        findings.push({
          rule: meta.id,
          severity: meta.severity,
          message: `${capability.id} and ${other} both go down when ${component} fails, though ${capability.id} is declared independent of ${other}`,
          capability: capability.id,
          capabilities: [capability.id, other].sort(),
          component,
        });
      }
    }
  }
  return findings;
}
