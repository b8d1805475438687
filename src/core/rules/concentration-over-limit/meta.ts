import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'concentration-over-limit',
  severity: 'medium',
  title: 'One domain holds more of the estate than the policy allows',
  why: 'policy.maxShare caps how much of what the capabilities depend on may sit in one region, provider, account, vendor or zone; above it, one failure reaches too much at once.',
  fix: 'Move components out of the domain, or raise policy.maxShare if the concentration is accepted.',
};
