/**
 * Every rule, in the order their findings are reported. Adding a rule is adding
 * a folder with meta.ts and check.ts and one line here; a test keeps folder
 * names, ids and the README in step.
 */
import type { Rule } from './types.js';
import * as capabilitySpofDomain from './capability-spof-domain/check.js';
import { meta as capabilitySpofDomainMeta } from './capability-spof-domain/meta.js';
import * as sharedFate from './shared-fate/check.js';
import { meta as sharedFateMeta } from './shared-fate/meta.js';
import * as fallbackSharesFate from './fallback-shares-fate/check.js';
import { meta as fallbackSharesFateMeta } from './fallback-shares-fate/meta.js';
import * as concentrationOverLimit from './concentration-over-limit/check.js';
import { meta as concentrationOverLimitMeta } from './concentration-over-limit/meta.js';

export const rules: readonly Rule[] = [
  { meta: capabilitySpofDomainMeta, check: capabilitySpofDomain.check },
  { meta: sharedFateMeta, check: sharedFate.check },
  { meta: fallbackSharesFateMeta, check: fallbackSharesFate.check },
  { meta: concentrationOverLimitMeta, check: concentrationOverLimit.check },
];
