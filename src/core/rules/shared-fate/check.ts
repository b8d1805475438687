import type { Finding } from '../../report.js';
import { intersect } from '../../analysis/single-failure-sets.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/** Components of these categories make a capability one of talking to customers. */
const communicationCategories: ReadonlySet<string> = new Set(['status-page', 'support-chat']);

/**
 * Pairs that must not fail together: those the manifest declares with
 * independentOf, and, inferred, every communication capability (one that needs a
 * status page or support chat) against every data-plane capability that is not
 * one: the product it must be able to talk about.
 */
export function check(context: RuleContext): Finding[] {
  const { index, domainSets, componentSets, model } = context;
  const communication = new Set<string>();
  // Indexed loops over every resource: an iterator allocates per step in code that runs once.
  for (let v = 0; v < model.components.length; v++) {
    const component = model.components[v]!;
    if (component.category !== undefined && communicationCategories.has(component.category)) {
      for (const capability of context.dependents(index.positionOf(component.id)!)) communication.add(capability);
    }
  }
  const pairs: Array<{ capability: string; other: string; declared: boolean }> = [];
  for (let v = 0; v < model.components.length; v++) {
    const capability = model.components[v]!;
    if (capability.kind !== 'capability') continue;
    const declared = new Set(capability.independentOf ?? []);
    for (const other of declared) pairs.push({ capability: capability.id, other, declared: true });
    if (!communication.has(capability.id)) continue;
    for (const other of model.capabilities) {
      const product = context.componentOf(other)!;
      if (other !== capability.id && !declared.has(other) && !communication.has(other) && (product.plane ?? 'data') === 'data') pairs.push({ capability: capability.id, other, declared: false });
    }
  }

  const findings: Finding[] = [];
  for (const { capability, other, declared } of pairs) {
    const k = index.positionOf(capability)!;
    const j = index.positionOf(other)!;
    const because = declared ? `though ${capability} is declared independent of ${other}` : `so ${capability} is lost exactly when it is needed to talk about ${other}`;
    const sharedDomains = Array.from(intersect(domainSets[k]!, domainSets[j]!), (d) => index.domainIds[d]!).sort();
    for (const domain of sharedDomains) {
      findings.push({
        rule: meta.id,
        severity: severityForDomain(domain, meta.severity),
        message: `${capability} and ${other} both go down when ${domain} fails, ${because}`,
        capability,
        capabilities: [capability, other].sort(),
        domain,
        path: context.criticalPath(capability, domain),
      });
    }
    if (sharedDomains.length > 0) continue;
    // No shared domain; a shared component still ties their fates.
    const sharedComponents = Array.from(intersect(componentSets.of(k), componentSets.of(j)), (v) => index.ids[v]!)
      .filter((id) => id !== capability && id !== other)
      .sort();
    for (const component of sharedComponents) {
      findings.push({
        rule: meta.id,
        severity: meta.severity,
        message: `${capability} and ${other} both go down when ${component} fails, ${because}`,
        capability,
        capabilities: [capability, other].sort(),
        component,
        path: context.pathTo(capability, component),
      });
    }
  }
  return findings;
}
