import type { Finding } from '../../report.js';
import { domainKindOf } from '../../domain.js';
import { reasonText } from '../../failure-words.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const capability of context.capabilities) {
    const control = context.componentOf(capability.id)?.plane === 'control';
    for (const explanation of capability.paths) {
      const { domain, path } = explanation;
      // control-plane-in-region says this more precisely.
      if (control && domainKindOf(domain) === 'region') continue;
      findings.push({
        rule: meta.id,
        severity: severityForDomain(domain, meta.severity),
        message: `${capability.id} goes down when ${domain} fails, ${reasonText(explanation)}`,
        capability: capability.id,
        component: path[path.length - 1]!,
        domain,
        path,
        ...(explanation.tree !== undefined && { tree: explanation.tree }),
      });
    }
  }
  return findings;
}
