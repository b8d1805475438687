/**
 * What `check` fails on: `policy.failOn` of the manifest, unless the command line
 * says otherwise. Without either, a new single-region dependency on us-east-1
 * fails; SPOF and share rules apply when `failOn` lists them.
 */
import type { Policy } from '../manifest/schema.js';
import type { GateRules } from './baseline.js';

export interface GateFlags {
  regions?: string[];
  spofDomainKinds?: string[];
  spofComponents?: boolean;
}

export function gateRules(policy: Policy, flags: GateFlags): GateRules {
  const failOn = policy.failOn ?? [];
  const fromPolicy = failOn.flatMap((rule) => ('newSingleRegion' in rule ? [rule.newSingleRegion] : []));
  const regions = (flags.regions ?? (fromPolicy.length > 0 || failOn.length > 0 ? fromPolicy : ['us-east-1'])).map(regionDomain);
  return {
    regions: [...new Set(regions)].sort(),
    spofDomainKinds: flags.spofDomainKinds ?? failOn.flatMap((rule) => ('newSpofDomain' in rule ? rule.newSpofDomain : [])),
    spofComponents: flags.spofComponents ?? failOn.some((rule) => 'newSpofComponent' in rule && rule.newSpofComponent),
    maxShare: failOn.some((rule) => 'maxShare' in rule && rule.maxShare),
  };
}

/** `us-east-1` (AWS), `gcp/us-central1` or `region:aws/us-east-1`, as a region domain. */
export function regionDomain(text: string): string {
  if (text.startsWith('region:')) return text;
  return `region:${text.includes('/') ? text : `aws/${text}`}`;
}
