import type { Finding } from '../../report.js';
import { severityForDomain } from '../domain-severity.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const capability of context.capabilities) {
    for (const { domain, path } of capability.paths) {
      findings.push({
        rule: meta.id,
        severity: severityForDomain(domain, meta.severity),
        message: `${capability.id} goes down when ${domain} fails, through ${path.slice(1).join(' → ')}`,
        capability: capability.id,
        component: path[path.length - 1]!,
        domain,
        path,
      });
    }
  }
  return findings;
}
