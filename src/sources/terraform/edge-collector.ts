/**
 * Collects the edges the classification finds, merging those that are one requirement:
 * the targets one argument names (all needed, or any one of them), and the members that
 * serve one resource from several places (an Aurora cluster's instances, the services and
 * groups behind one target group), which are alternatives of one another.
 */
import type { Dependency, IgnoredDependency } from '../../core/inventory.js';

interface Draft {
  from: string;
  to: Set<string>;
  alternatives: boolean;
  addresses: Set<string>;
  vias: Set<string>;
  reason?: string;
}

export class EdgeCollector {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly file: string) {}

  /**
   * `from` needs `to`. Edges with one `group` merge: give the argument for targets of one
   * argument, or `members` for the alternatives that serve `from` across resources.
   */
  need(edge: { from: string; to: readonly string[]; alternatives: boolean; address: string; via: string; group: string }): void {
    this.add(`need ${edge.from} ${edge.group}`, edge);
  }

  ignore(edge: { from: string; to: readonly string[]; address: string; via?: string; reason: string }): void {
    this.add(`ignored ${edge.from} ${edge.address} ${edge.via ?? ''} ${edge.reason}`, { ...edge, alternatives: false });
  }

  private add(key: string, edge: { from: string; to: readonly string[]; alternatives: boolean; address: string; via?: string; reason?: string }): void {
    let draft = this.drafts.get(key);
    if (draft === undefined) {
      draft = { from: edge.from, to: new Set(), alternatives: edge.alternatives, addresses: new Set(), vias: new Set(), ...(edge.reason === undefined ? {} : { reason: edge.reason }) };
      this.drafts.set(key, draft);
    }
    for (const id of edge.to) draft.to.add(id);
    draft.addresses.add(edge.address);
    if (edge.via !== undefined && edge.via !== '') draft.vias.add(edge.via);
  }

  /** Sorted, so the same state always reads the same; one requirement made by two arguments (a template's id and name) is one edge. */
  result(): { dependencies: Dependency[]; ignored: IgnoredDependency[] } {
    const dependencies = new Map<string, Dependency>();
    const ignored: IgnoredDependency[] = [];
    for (const draft of this.drafts.values()) {
      const edge: Dependency = {
        from: draft.from,
        to: [...draft.to].sort(),
        ...(draft.alternatives ? { alternatives: true } : {}),
        kind: 'declared',
        provenance: `terraform ${this.file} ${[...draft.addresses].sort().join(', ')}`,
        ...(draft.vias.size === 0 ? {} : { via: [...draft.vias].sort().join(', ') }),
      };
      if (draft.reason !== undefined) {
        ignored.push({ ...edge, reason: draft.reason });
        continue;
      }
      const same = `${edge.from} ${edge.to.join(' ')} ${edge.alternatives === true} ${edge.provenance}`;
      const earlier = dependencies.get(same);
      if (earlier === undefined) dependencies.set(same, edge);
      else earlier.via = [...new Set([...(earlier.via ?? '').split(', '), ...(edge.via ?? '').split(', ')])].filter((via) => via !== '').sort().join(', ');
    }
    return { dependencies: [...dependencies.values()].sort(byEdge), ignored: ignored.sort(byEdge) };
  }
}

/** The order every list of edges the reader returns is in: by from, to, via, provenance. */
export function byEdge(a: Dependency, b: Dependency): number {
  const left = `${a.from}\u0000${a.to.join(' ')}\u0000${a.via ?? ''}\u0000${a.provenance}`;
  const right = `${b.from}\u0000${b.to.join(' ')}\u0000${b.via ?? ''}\u0000${b.provenance}`;
  return left < right ? -1 : left > right ? 1 : 0;
}
