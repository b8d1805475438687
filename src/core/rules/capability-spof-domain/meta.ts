import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'capability-spof-domain',
  severity: 'high',
  title: 'A single failure domain takes a capability down',
  why: 'One region, zone, account, provider or vendor failing is enough to stop this capability; nothing else has to go wrong.',
  fix: 'Give every component on the path an alternative outside the domain (anyOf, or redundancy: any-region) and make sure the alternative does not need the failed domain to take over.',
};
