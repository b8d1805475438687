import type { Finding } from '../../report.js';
import { concentrationKinds } from '../../analysis/concentration.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const limits = context.model.policy.maxShare ?? {};
  const findings: Finding[] = [];
  for (const kind of concentrationKinds) {
    const limit = limits[kind];
    if (limit === undefined) continue;
    for (const { domain, share, count } of context.concentration[kind].shares) {
      if (share <= limit) continue;
      const capabilities = context.dependentsOfDomain(domain);
      findings.push({
        rule: meta.id,
        severity: meta.severity,
        message: `${domain} holds ${percent(share)} of depended-on components (${count}), over the ${kind} limit of ${percent(limit)}`,
        ...(capabilities[0] !== undefined && { capability: capabilities[0] }),
        capabilities,
        domain,
      });
    }
  }
  return findings;
}

function percent(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}
