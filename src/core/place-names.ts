/**
 * Names of places and vendors, checked where a typo changes the answer: a region
 * spelled `eu-centrl-1` would silently make a failure domain of its own, and a
 * vendor spelled `Intercom` one apart from `vendor:intercom`. Regions of the
 * providers faultline has a list for are checked against it (plus the manifest's
 * own `knowledge.regions`); any other provider accepts any region. Every name
 * must also be expressible in a domain: lower case letters, digits, `.`, `_`, `-`.
 */
import type { RegionList, SaasVendor } from '../knowledge/schema.js';
import { suggest } from './suggest.js';
import { ownValue } from './own-value.js';

export type NameCheck = { ok: true } | { ok: false; problem: string; fix: string };
export type VendorReading = { ok: true; id: string } | { ok: false; problem: string; fix: string };

const namePattern = /^[a-z0-9][a-z0-9._-]*$/;

/** The form a name must take: `On Prem` -> `on-prem`. */
export function nameForm(written: string): string {
  return written
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '');
}

/** A provider, zone or account-free name: what the domain grammar can express. */
export function checkName(what: string, written: string): NameCheck {
  if (namePattern.test(written)) return { ok: true };
  const form = nameForm(written);
  return { ok: false, problem: `${what} "${written}" cannot name a failure domain (lower case letters, digits, . _ - only)`, fix: form === '' ? `write a name such as on-prem` : `write "${form}"` };
}

const providerNames: Readonly<Record<string, string>> = { aws: 'an AWS', gcp: 'a Google Cloud', azure: 'an Azure' };

export interface PlaceNames {
  /** Whether `region` is a region of `provider` (any name is, for a provider without a list). */
  checkRegion(provider: string, region: string): NameCheck;
  /** Every region faultline knows of a provider (none for a provider without a list). */
  regionsOf(provider: string): readonly string[];
}

export function createPlaceNames(lists: readonly RegionList[], pseudo: Readonly<Record<string, readonly string[]>>, extra: Readonly<Record<string, readonly string[]>> = {}): PlaceNames {
  const known = new Map<string, Set<string>>();
  for (const list of lists) {
    const names = known.get(list.provider) ?? new Set<string>();
    for (const region of list.regions) names.add(region.name);
    known.set(list.provider, names);
  }
  for (const [provider, names] of Object.entries(extra)) {
    const set = known.get(provider) ?? new Set<string>();
    for (const name of names) set.add(name);
    known.set(provider, set);
  }
  return {
    checkRegion(provider, region) {
      const named = checkName('region', region);
      if (!named.ok) return named;
      const names = known.get(provider);
      if (names === undefined || names.has(region) || (ownValue(pseudo, provider) ?? []).includes(region)) return { ok: true };
      const near = suggest(region, names);
      const which = ownValue(providerNames, provider) ?? `a ${provider}`;
      return {
        ok: false,
        problem: `"${region}" is not ${which} region`,
        fix: near !== undefined ? `did you mean "${near}"?` : `name ${which} region (e.g. ${[...names][0]}); if it is newer than faultline's list, add it under knowledge.regions.${provider}`,
      };
    },
    regionsOf: (provider) => [...(known.get(provider) ?? [])],
  };
}

/**
 * A `saas:` value as a catalog vendor id: the id itself, or its name or an alias
 * however cased and spaced (`Intercom`, `atlassian statuspage`). A near miss of a
 * catalog vendor is refused with a did-you-mean, unless the component says where
 * it is hosted (then it is a vendor of its own). Anything else must be a name
 * (`acme-chat`); an unknown vendor is reported by the `unknown-hosting` rule.
 */
export function readVendor(written: string, catalog: readonly SaasVendor[], options: { hostingDeclared: boolean }): VendorReading {
  const spelled = normaliseSpelling(written);
  for (const vendor of catalog) {
    if (vendor.id === written) return { ok: true, id: vendor.id };
    if ([vendor.id, vendor.name, ...vendor.aliases].some((name) => normaliseSpelling(name) === spelled)) return { ok: true, id: vendor.id };
  }
  if (!options.hostingDeclared) {
    const near = suggest(written, catalog.map((vendor) => vendor.id));
    if (near !== undefined) return { ok: false, problem: `"${written}" is not a vendor faultline knows`, fix: `did you mean "${near}"? (or say where it runs with hosting:, if it is another vendor)` };
  }
  const named = checkName('vendor', written);
  return named.ok ? { ok: true, id: written } : named;
}

/** Lower case, with spaces, dashes, underscores and dots alike: `Atlassian StatusPage` = `atlassian-statuspage`. */
function normaliseSpelling(text: string): string {
  return text.trim().toLowerCase().replace(/[\s_.-]+/g, ' ');
}
