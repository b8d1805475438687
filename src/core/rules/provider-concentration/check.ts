import type { Finding } from '../../report.js';
import { concentrationFinding } from '../concentration-finding.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/** Applies when the policy sets no provider limit of its own (then concentration-over-limit does). */
export function check(context: RuleContext): Finding[] {
  if (context.model.policy.maxShare?.provider !== undefined) return [];
  return concentrationFinding(context, meta, 'provider', 0.9, 5);
}
