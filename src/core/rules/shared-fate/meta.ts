import type { RuleMeta } from '../types.js';

export const meta: RuleMeta = {
  id: 'shared-fate',
  severity: 'high',
  title: 'Capabilities that must not fail together do',
  why: 'Telling customers and answering support exist to work when the product fails; so does any capability listed in independentOf. A shared failure domain or component means both stop at once, and nobody can say what is going on.',
  fix: 'Move the capability, or what it needs, off the shared domain or component: another provider, region or vendor hosted elsewhere.',
};
