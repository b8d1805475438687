import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'shared-fate',
  severity: 'high',
  title: 'Capabilities declared independent fail together',
  why: 'A capability listed in independentOf exists to work when the other one fails (telling customers during an outage, say); a shared failure domain or component means both stop at once.',
  fix: 'Move the capability, or what it needs, off the shared domain or component: another provider, region or vendor hosted elsewhere.',
};
