/**
 * What DNS query logs show the estate calling, as components the analysis can fail
 * (DESIGN section 8). A source names its targets by what it knows; this turns them
 * into components:
 *
 * - `aws-data/<service>@<region>`: the data plane of an AWS service in a region, which
 *   calls to its endpoints there need (like the control planes of platform-components.ts,
 *   `aws-control/<service>@<region>`, that changing things needs). `aws-data/<service>`
 *   is a global edge service (CloudFront, Global Accelerator): the provider's global domain.
 * - `saas:<vendor>`: a vendor of the catalog, where the manifest declares no component
 *   for it (when it does, that component is the target: see `vendorTargets`).
 * - `dns:<registrable domain>`: names nobody knows, grouped by registrable domain: under a
 *   public suffix in their own vendor domain (hosting unknown), under a private one
 *   (`shortio.internal`) in `custom:<domain>`: reported, never dropped.
 */
import { parse } from 'tldts';
import { providerDomain, scopedDomain } from '../domain.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Component } from '../model.js';

const dataPlane = /^aws-data\/([a-z0-9-]+)(?:@([a-z0-9-]+))?$/;

export function isObservedTargetId(id: string): boolean {
  return dataPlane.test(id) || id.startsWith('saas:') || id.startsWith('dns:');
}

/** The component for an observed target id; undefined for a vendor the catalog does not have. */
export function createObservedTarget(id: string, knowledge: Knowledge): Component | undefined {
  const plane = dataPlane.exec(id);
  if (plane !== null) {
    const [, service, region = 'global'] = plane as unknown as [string, string, string | undefined];
    return {
      id,
      kind: 'component',
      provenance: 'knowledge',
      requires: [],
      domains: [providerDomain('aws'), scopedDomain('region', 'aws', region)].sort(),
      provider: 'aws',
      region,
      type: `${service}:data-plane`,
      description: region === 'global' ? `The ${service} global data plane: what calls to its endpoints need.` : `The ${service} data plane in ${region}: what calls to its endpoints there need (the endpoints seen in DNS query logs).`,
    };
  }
  if (id.startsWith('saas:')) {
    const vendor = knowledge.saas.find((entry) => entry.id === id.slice('saas:'.length));
    if (vendor === undefined) return undefined;
    const domains = new Set([`vendor:${vendor.id}`]);
    for (const entry of vendor.hosting) {
      const [provider, region] = entry.split('/') as [string, string | undefined];
      if (provider !== vendor.id || region !== undefined) domains.add(providerDomain(provider));
      if (region !== undefined) domains.add(scopedDomain('region', provider, region));
    }
    return {
      id,
      kind: 'component',
      provenance: 'knowledge',
      requires: [],
      domains: [...domains].sort(),
      vendor: vendor.id,
      category: vendor.category,
      type: vendor.category,
      description: `${vendor.name}, recognised by its domains in DNS query logs; the manifest declares no component for it.`,
      ...(vendor.hosting.length > 0 ? { hosting: [...vendor.hosting], hostingSource: 'catalog' as const } : { hostingSource: 'unknown' as const }),
    };
  }
  const domain = id.slice('dns:'.length);
  // Under a public (ICANN) suffix it is somebody else's service; under a private one (`.internal`) the estate's own.
  const isPublic = parse(domain).isIcann === true;
  return {
    id,
    kind: 'component',
    provenance: 'discovered',
    requires: [],
    domains: [isPublic ? `vendor:${domain}` : `custom:${domain}`],
    ...(isPublic && { vendor: domain }),
    type: isPublic ? 'dns:unknown' : 'dns:private',
    description: isPublic
      ? `Names under ${domain}, seen in DNS query logs, that neither the catalog, the AWS endpoint knowledge nor the manifest knows.`
      : `Names under ${domain}, a private zone seen in DNS query logs that the manifest does not map to a component (dnsLogs.names).`,
  };
}

/**
 * `saas:<vendor>` -> the manifest's component for that vendor, when it declares one
 * (the first by id when several): a vendor the manifest knows is reached through it.
 */
export function vendorTargets(components: readonly Component[]): Map<string, string> {
  const targets = new Map<string, string>();
  for (const component of [...components].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (component.kind !== 'component' || component.vendor === undefined) continue;
    if (!targets.has(`saas:${component.vendor}`)) targets.set(`saas:${component.vendor}`, component.id);
  }
  return targets;
}
