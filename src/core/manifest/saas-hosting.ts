/**
 * Where a SaaS component runs: the manifest's `hosting:` if given, else the
 * built-in catalog's entry for its vendor, else unknown (an audit gap that the
 * `unknown-hosting` rule reports, never a pass).
 */
import type { SaasVendor } from '../../knowledge/schema.js';
import type { ComponentSpec } from './schema.js';

export interface ResolvedHosting {
  hosting?: string[];
  source?: 'manifest' | 'catalog' | 'unknown';
  category?: string;
}

export function resolveHosting(spec: ComponentSpec, catalog: readonly SaasVendor[]): ResolvedHosting {
  const entry = spec.saas === undefined ? undefined : catalog.find((vendor) => vendor.id === spec.saas);
  const category = spec.category ?? entry?.category;
  const withCategory = category === undefined ? {} : { category };
  if (spec.hosting !== undefined) return { hosting: spec.hosting, ...(spec.saas !== undefined && { source: 'manifest' }), ...withCategory };
  if (spec.saas === undefined) return withCategory;
  if (entry !== undefined && entry.hosting.length > 0) return { hosting: entry.hosting, source: 'catalog', ...withCategory };
  return { source: 'unknown', ...withCategory };
}
