/**
 * How concentrated the depended-on estate is, per kind of failure domain: the
 * count and share of components in each domain, the Herfindahl-Hirschman index
 * (HHI = Σ share², 1 when everything sits in one domain) and the effective number
 * of domains (1 / HHI). Shares are taken over component-domain memberships, so
 * they add up to 1 even when a vendor is hosted in two regions.
 */
import type { CompiledIndex } from '../graph/compiled-index.js';
import { domainKindOf } from '../domain.js';

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

/**
 * `sizes` counts each node as that many components: the classes of a folded index
 * (see class-graph.ts), whose members share their domains and their children.
 */
export function measureConcentration(index: CompiledIndex, inCone: Uint8Array, isCapability: (v: number) => boolean, options: { sizes?: ArrayLike<number> } = {}): Record<ConcentrationKind, Concentration> {
  const { sizes } = options;
  const kinds = concentrationKinds.length;
  // Kind number per domain, -1 for kinds not measured (custom).
  const kindOf = Int8Array.from(index.domainIds, (domain) => concentrationKinds.indexOf(domainKindOf(domain) as ConcentrationKind));
  const counts = new Int32Array(index.domainIds.length);
  const located = new Int32Array(kinds);
  const unlocated = new Int32Array(kinds);
  const { nodeDomainOffsets, nodeDomains, childOffsets } = index;
  for (let v = 0; v < index.componentCount; v++) {
    if (!inCone[v] || isCapability(v)) continue;
    const size = sizes === undefined ? 1 : sizes[v]!;
    let seen = 0;
    for (let e = nodeDomainOffsets[v]!; e < nodeDomainOffsets[v + 1]!; e++) {
      const domain = nodeDomains[e]!;
      const kind = kindOf[domain]!;
      if (kind < 0) continue;
      counts[domain]! += size;
      seen |= 1 << kind;
    }
    const isLeaf = childOffsets[v] === childOffsets[v + 1];
    for (let kind = 0; kind < kinds; kind++) {
      if (seen & (1 << kind)) located[kind]! += size;
      else if (isLeaf) unlocated[kind]! += size;
    }
  }
  const result = {} as Record<ConcentrationKind, Concentration>;
  concentrationKinds.forEach((kind, k) => {
    let memberships = 0;
    const entries: Array<{ domain: string; count: number }> = [];
    for (let d = 0; d < counts.length; d++) {
      if (kindOf[d] === k && counts[d]! > 0) {
        entries.push({ domain: index.domainIds[d]!, count: counts[d]! });
        memberships += counts[d]!;
      }
    }
    entries.sort((a, b) => b.count - a.count || (a.domain < b.domain ? -1 : 1));
    const hhi = entries.reduce((sum, entry) => sum + (entry.count / memberships) ** 2, 0);
    result[kind] = {
      shares: entries.map(({ domain, count }) => ({ domain, share: round(count / memberships), count })),
      hhi: round(hhi),
      effective: hhi > 0 ? round(1 / hhi) : 0,
      total: located[k]!,
      unlocated: unlocated[k]!,
    };
  });
  return result;
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
