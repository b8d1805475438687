import type { Finding } from '../../report.js';
import { domainKindOf } from '../../domain.js';
import { reasonText } from '../../failure-words.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const capability of context.capabilities) {
    if (context.componentOf(capability.id)?.plane !== 'control') continue;
    for (const explanation of capability.paths) {
      const { domain, path } = explanation;
      if (domainKindOf(domain) !== 'region') continue;
      findings.push({
        rule: meta.id,
        severity: meta.severity,
        message: `${capability.id} (changing things) cannot work when ${domain} fails, ${reasonText(explanation)}`,
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
