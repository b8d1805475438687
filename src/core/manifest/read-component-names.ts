/**
 * The names a component places itself with (provider, region, zone, vendor,
 * hosting, domains), checked and read before anything is built from them: a
 * vendor however spelled becomes its catalog id; a region must be one of its
 * provider's; every name must be expressible in a failure domain.
 */
import type { KeyPath, ManifestIssue } from '../errors.js';
import { parseDomain } from '../domain.js';
import { checkName, readVendor, type NameCheck, type PlaceNames } from '../place-names.js';
import type { SaasVendor } from '../../knowledge/schema.js';
import type { ComponentSpec } from './schema.js';

export interface NameReaders {
  places: PlaceNames;
  catalog: readonly SaasVendor[];
}

/** The spec with its vendor read as a catalog id; problems go to `issues` at their key. */
export function readComponentNames(spec: ComponentSpec, path: KeyPath, readers: NameReaders, issues: ManifestIssue[]): ComponentSpec {
  const report = (key: KeyPath, check: NameCheck) => {
    if (!check.ok) issues.push({ path: [...path, ...key], message: check.problem, fix: check.fix });
  };
  if (spec.provider !== undefined) report(['provider'], checkName('provider', spec.provider));
  if (spec.provider !== undefined && spec.region !== undefined) report(['region'], readers.places.checkRegion(spec.provider, spec.region));
  if (spec.zone !== undefined) report(['zone'], checkName('zone', spec.zone));
  (spec.hosting ?? []).forEach((entry, i) => {
    const [provider, region] = entry.split('/');
    if (provider) report(['hosting', i], checkName('provider', provider));
    if (provider && region) report(['hosting', i], readers.places.checkRegion(provider, region));
  });
  checkRegionDomains(spec.domains, [...path, 'domains'], readers.places, issues);
  if (spec.saas === undefined) return spec;
  const vendor = readVendor(spec.saas, readers.catalog, { hostingDeclared: spec.hosting !== undefined });
  if (!vendor.ok) {
    issues.push({ path: [...path, 'saas'], message: vendor.problem, fix: vendor.fix });
    return spec;
  }
  return vendor.id === spec.saas ? spec : { ...spec, saas: vendor.id };
}

/** `domains: [region:aws/eu-centrl-1]` is checked like a `region:` key. */
export function checkRegionDomains(names: readonly string[] | undefined, path: KeyPath, places: PlaceNames, issues: ManifestIssue[]): void {
  (names ?? []).forEach((name, i) => {
    const parsed = parseDomain(name);
    if (!parsed.ok || parsed.domain.kind !== 'region') return;
    const check = places.checkRegion(parsed.domain.provider!, parsed.domain.name);
    if (!check.ok) issues.push({ path: [...path, i], message: check.problem, fix: check.fix });
  });
}
