/**
 * Every rule, in the order their findings are reported. Adding a rule is adding
 * a folder with meta.ts and check.ts and one line here; a test keeps folder
 * names, ids and the README in step.
 */
import type { Rule } from './types.js';
import { check as capabilitySpofDomain } from './capability-spof-domain/check.js';
import { meta as capabilitySpofDomainMeta } from './capability-spof-domain/meta.js';
import { check as controlPlaneInRegion } from './control-plane-in-region/check.js';
import { meta as controlPlaneInRegionMeta } from './control-plane-in-region/meta.js';
import { check as sharedFate } from './shared-fate/check.js';
import { meta as sharedFateMeta } from './shared-fate/meta.js';
import { check as manualFallbackNeedsControlPlane } from './manual-fallback-needs-control-plane/check.js';
import { meta as manualFallbackNeedsControlPlaneMeta } from './manual-fallback-needs-control-plane/meta.js';
import { check as fallbackSharesFate } from './fallback-shares-fate/check.js';
import { meta as fallbackSharesFateMeta } from './fallback-shares-fate/meta.js';
import { check as concentrationOverLimit } from './concentration-over-limit/check.js';
import { meta as concentrationOverLimitMeta } from './concentration-over-limit/meta.js';
import { check as regionConcentration } from './region-concentration/check.js';
import { meta as regionConcentrationMeta } from './region-concentration/meta.js';
import { check as providerConcentration } from './provider-concentration/check.js';
import { meta as providerConcentrationMeta } from './provider-concentration/meta.js';
import { check as singleAccount } from './single-account/check.js';
import { meta as singleAccountMeta } from './single-account/meta.js';
import { check as unknownHosting } from './unknown-hosting/check.js';
import { meta as unknownHostingMeta } from './unknown-hosting/meta.js';
import { check as unlocated } from './unlocated/check.js';
import { meta as unlocatedMeta } from './unlocated/meta.js';
import { check as undeclaredDependency } from './undeclared-dependency/check.js';
import { meta as undeclaredDependencyMeta } from './undeclared-dependency/meta.js';
import { check as crossRegionEndpoint } from './cross-region-endpoint/check.js';
import { meta as crossRegionEndpointMeta } from './cross-region-endpoint/meta.js';
import { check as unknownSaas } from './unknown-saas/check.js';
import { meta as unknownSaasMeta } from './unknown-saas/meta.js';
import { check as inventoryGap } from './inventory-gap/check.js';
import { meta as inventoryGapMeta } from './inventory-gap/meta.js';

export const rules: readonly Rule[] = [
  { meta: capabilitySpofDomainMeta, check: capabilitySpofDomain },
  { meta: controlPlaneInRegionMeta, check: controlPlaneInRegion },
  { meta: sharedFateMeta, check: sharedFate },
  { meta: manualFallbackNeedsControlPlaneMeta, check: manualFallbackNeedsControlPlane },
  { meta: fallbackSharesFateMeta, check: fallbackSharesFate },
  { meta: concentrationOverLimitMeta, check: concentrationOverLimit },
  { meta: regionConcentrationMeta, check: regionConcentration },
  { meta: providerConcentrationMeta, check: providerConcentration },
  { meta: singleAccountMeta, check: singleAccount },
  { meta: unknownHostingMeta, check: unknownHosting },
  { meta: crossRegionEndpointMeta, check: crossRegionEndpoint },
  { meta: undeclaredDependencyMeta, check: undeclaredDependency },
  { meta: unknownSaasMeta, check: unknownSaas },
  { meta: unlocatedMeta, check: unlocated },
  { meta: inventoryGapMeta, check: inventoryGap },
];
