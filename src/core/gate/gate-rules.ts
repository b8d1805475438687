/**
 * What `check` fails on: `policy.failOn` of the manifest, unless the command line
 * says otherwise. Without either, a new single-region dependency on us-east-1
 * fails; SPOF and share rules apply when `failOn` lists them.
 */
import type { Policy } from '../manifest/schema.js';
import type { GateRules } from './baseline.js';
import type { PlaceNames } from '../place-names.js';
import { splitRegion } from '../manifest/manifest-regions.js';

export interface GateFlags {
  regions?: string[];
  spofDomainKinds?: string[];
  spofComponents?: boolean;
}

export function gateRules(policy: Policy, flags: GateFlags): GateRules {
  const failOn = policy.failOn ?? [];
  const fromPolicy = failOn.flatMap((rule) => ('newSingleRegion' in rule ? [rule.newSingleRegion] : []));
  // `--region us-east-1,eu-west-1` and `--region us-east-1 eu-west-1` mean the same.
  const given = flags.regions?.flatMap((entry) => entry.split(',')).map((entry) => entry.trim()).filter((entry) => entry !== '');
  const regions = (given ?? (fromPolicy.length > 0 || failOn.length > 0 ? fromPolicy : ['us-east-1'])).map(regionDomain);
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

/**
 * Problems with the regions a gate is on: a name that is not a region of its
 * provider (an error: the gate would pass for ever), and regions that hold
 * nothing in this estate (said, since a gate on them cannot fail yet).
 */
export function checkGateRegions(regions: readonly string[], places: PlaceNames, estateDomains: ReadonlySet<string>): { errors: string[]; idle: string[] } {
  const errors: string[] = [];
  const idle: string[] = [];
  for (const region of regions) {
    const [provider, name] = splitRegion(region);
    const check = places.checkRegion(provider, name);
    if (!check.ok) errors.push(`--region ${provider === 'aws' ? name : `${provider}/${name}`}: ${check.problem}; ${check.fix}`);
    else if (!estateDomains.has(region)) idle.push(region);
  }
  return { errors, idle };
}
