import type { ConcentrationKind } from '../analysis/concentration.js';
import type { Finding } from '../report.js';
import type { RuleContext, RuleMeta } from './types.js';

/** A finding for the largest domain of a kind when it holds at least `threshold` of at least `minimum` components. */
export function concentrationFinding(context: RuleContext, meta: RuleMeta, kind: ConcentrationKind, threshold: number, minimum: number): Finding[] {
  const { shares, total } = context.concentration[kind];
  const top = shares[0];
  if (top === undefined || total < minimum || top.share < threshold) return [];
  const capabilities = context.dependentsOfDomain(top.domain);
  return [
    {
      rule: meta.id,
      severity: meta.severity,
      message: `${top.domain} holds ${Math.round(top.share * 1000) / 10}% of the depended-on components (${top.count} of ${total})`,
      ...(capabilities[0] !== undefined && { capability: capabilities[0] }),
      capabilities,
      domain: top.domain,
    },
  ];
}
