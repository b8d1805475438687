import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'fallback-shares-fate',
  severity: 'high',
  title: 'Every alternative of a fallback falls with one domain',
  why: 'An anyOf (or a k-of-n quorum) looks redundant, but one domain takes out enough of its alternatives that the group fails anyway: the fallback is not one.',
  fix: 'Put at least one alternative (or enough quorum members) in another region, zone, account or vendor, including whatever that alternative needs to take over (a deploy, a sign-in).',
};
