import type { Finding } from '../../report.js';
import { concentrationFinding } from '../concentration-finding.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/** Applies when the policy sets no region limit of its own (then concentration-over-limit does). */
export function check(context: RuleContext): Finding[] {
  if (context.model.policy.maxShare?.region !== undefined) return [];
  return concentrationFinding(context, meta, 'region', 0.5, 3);
}
