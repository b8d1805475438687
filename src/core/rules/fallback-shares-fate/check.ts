import type { Finding } from '../../report.js';
import { childrenOf } from '../../graph/compiled-index.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/**
 * A group is an anyOf or an atLeast with at least two alternatives (threshold > 1
 * failed children are needed to fail it). Its single-failure set over domains is
 * exactly the domains that defeat it.
 */
export function check(context: RuleContext): Finding[] {
  const { index, domainSets } = context;
  const findings: Finding[] = [];
  for (let gate = index.componentCount; gate < index.size; gate++) {
    const alternatives = childrenOf(index, gate);
    if (index.threshold[gate]! < 2 || alternatives.length < 2) continue;
    const capabilities = context.dependents(gate);
    if (capabilities.length === 0) continue;
    const owner = index.ids[gate]!.slice(0, index.ids[gate]!.lastIndexOf('#'));
    const names = [...new Set(Array.from(alternatives, (v) => describe(context, v)))];
    const defeating = domainSets[gate]!;
    for (let i = 0; i < defeating.length; i++) {
      const domain = index.domainIds[defeating[i]!]!;
      const capability = capabilities[0]!;
      findings.push({
        rule: meta.id,
        severity: severityForDomain(domain, meta.severity),
        message: `the alternatives of ${owner} (${names.join(', ')}) all fail when ${domain} fails`,
        capability,
        capabilities,
        component: owner,
        domain,
        path: context.criticalPath(capability, domain),
      });
    }
  }
  return findings;
}

function describe(context: RuleContext, v: number): string {
  const { index } = context;
  if (v < index.componentCount) return index.ids[v]!;
  const members = childrenOf(index, v);
  const parts = Array.from(members.subarray(0, 3), (member) => describe(context, member));
  const rest = members.length > 3 ? ` + ${members.length - 3} more` : '';
  return members.length === 1 ? parts[0]! : `(${parts.join(index.threshold[v] === 1 ? ' + ' : ' | ')}${rest})`;
}
