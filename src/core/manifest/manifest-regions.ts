/**
 * Regions the manifest names outside its components (the gate's regions,
 * Identity Center's home, what a select or a scan asks for), checked against the
 * providers' lists like every `region:` key.
 */
import type { KeyPath, ManifestIssue } from '../errors.js';
import type { PlaceNames } from '../place-names.js';
import type { Manifest } from './schema.js';

/** Regions the manifest names outside components: the gate's, Identity Center's home, what a select or a scan asks for. */
export function checkManifestRegions(manifest: Manifest, places: PlaceNames, issues: ManifestIssue[]): void {
  const check = (path: KeyPath, provider: string, region: string) => {
    const result = places.checkRegion(provider, region);
    if (!result.ok) issues.push({ path, message: result.problem, fix: result.fix });
  };
  (manifest.policy?.failOn ?? []).forEach((rule, i) => {
    if (!('newSingleRegion' in rule)) return;
    const [provider, region] = splitRegion(rule.newSingleRegion);
    check(['policy', 'failOn', i, 'newSingleRegion'], provider, region);
  });
  if (manifest.aws?.identityCenterRegion !== undefined) check(['aws', 'identityCenterRegion'], 'aws', manifest.aws.identityCenterRegion);
  for (const [id, spec] of Object.entries(manifest.components)) {
    const regions = spec.select?.region;
    (Array.isArray(regions) ? regions : regions === undefined ? [] : [regions]).forEach((region, i) => check(['components', id, 'select', 'region', ...(Array.isArray(regions) ? [i] : [])], 'aws', region));
  }
  (manifest.inventory ?? []).forEach((entry, i) => {
    const regions = 'aws' in entry ? entry.aws.regions : undefined;
    if (Array.isArray(regions)) regions.forEach((region, j) => check(['inventory', i, 'aws', 'regions', j], 'aws', region));
  });
}

/** `us-east-1` (AWS), `gcp/us-central1`, or `region:gcp/us-central1`, as provider and region. */
export function splitRegion(text: string): [string, string] {
  const bare = text.startsWith('region:') ? text.slice('region:'.length) : text;
  const slash = bare.indexOf('/');
  return slash < 0 ? ['aws', bare] : [bare.slice(0, slash), bare.slice(slash + 1)];
}

