/**
 * How concentrated the depended-on estate is, per kind of failure domain: the
 * count and share of components in each domain, the Herfindahl-Hirschman index
 * (HHI = Σ share², 1 when everything sits in one domain) and the effective number
 * of domains (1 / HHI). Shares are taken over component-domain memberships, so
 * they add up to 1 even when a vendor is hosted in two regions.
 */
import { domainsOfNode, type CompiledIndex } from '../graph/compiled-index.js';
import { domainKindOf, type DomainKind } from '../domain.js';

export const concentrationKinds = ['region', 'provider', 'account', 'vendor', 'zone'] as const;
export type ConcentrationKind = (typeof concentrationKinds)[number];

export interface DomainShare {
  domain: string;
  share: number;
  count: number;
}

export interface Concentration {
  shares: DomainShare[];
  hhi: number;
  effective: number;
  /** Components counted (those with a domain of this kind). */
  total: number;
  /** Depended-on leaf components with no domain of this kind: where they run is unknown. */
  unlocated: number;
}

export function measureConcentration(index: CompiledIndex, inCone: Uint8Array, isCapability: (v: number) => boolean): Record<ConcentrationKind, Concentration> {
  const kindOfDomain: DomainKind[] = index.domainIds.map(domainKindOf);
  const counts = new Map<ConcentrationKind, Map<number, number>>(concentrationKinds.map((kind) => [kind, new Map()]));
  const located = new Map<ConcentrationKind, number>(concentrationKinds.map((kind) => [kind, 0]));
  const unlocated = new Map<ConcentrationKind, number>(concentrationKinds.map((kind) => [kind, 0]));
  const seen = new Set<DomainKind>();
  for (let v = 0; v < index.componentCount; v++) {
    if (!inCone[v] || isCapability(v)) continue;
    seen.clear();
    for (const domain of domainsOfNode(index, v)) {
      const kind = kindOfDomain[domain]!;
      const byDomain = counts.get(kind as ConcentrationKind);
      if (!byDomain) continue;
      byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1);
      seen.add(kind);
    }
    const isLeaf = index.childOffsets[v] === index.childOffsets[v + 1];
    for (const kind of concentrationKinds) {
      if (seen.has(kind)) located.set(kind, located.get(kind)! + 1);
      else if (isLeaf) unlocated.set(kind, unlocated.get(kind)! + 1);
    }
  }
  const result = {} as Record<ConcentrationKind, Concentration>;
  for (const kind of concentrationKinds) {
    const byDomain = counts.get(kind)!;
    let memberships = 0;
    for (const count of byDomain.values()) memberships += count;
    const shares = [...byDomain.entries()]
      .map(([domain, count]) => ({ domain: index.domainIds[domain]!, share: count / memberships, count }))
      .sort((a, b) => b.count - a.count || (a.domain < b.domain ? -1 : 1));
    const hhi = shares.reduce((sum, entry) => sum + entry.share * entry.share, 0);
    result[kind] = {
      shares: shares.map((entry) => ({ ...entry, share: round(entry.share) })),
      hhi: round(hhi),
      effective: hhi > 0 ? round(1 / hhi) : 0,
      total: located.get(kind)!,
      unlocated: unlocated.get(kind)!,
    };
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
