/**
 * The catalog's Systems as the brief tells them: for each System (a Backstage entity's
 * `backstage/system` tag), its members, who owns them, which capabilities need any of
 * them, and which members alone stop a capability. Built from the analysis; a model
 * without catalog entities has none.
 */
import { findDependencyCone } from './analysis/dependency-cone.js';
import type { Prepared } from './prepare.js';
import type { Analysis } from './report.js';

export interface CatalogSystem {
  /** The System's entity ref: `system:default/payments`. */
  system: string;
  /** Its catalog Domain, when it names one. */
  domain?: string;
  members: number;
  /** The owners of its members, sorted. */
  owners: string[];
  /** The capabilities that need at least one member, sorted. */
  capabilities: string[];
  /** Members that alone stop a capability, each with the capabilities they stop, sorted by id. */
  spofs: Array<{ id: string; capabilities: string[] }>;
}

/** The Systems, those with the most single points of failure first, then by name. */
export function describeCatalogSystems(prepared: Prepared, analysis: Analysis): CatalogSystem[] {
  const { model, index } = prepared;
  // A component's position in the model is its node in the index.
  const bySystem = new Map<string, { domain?: string; members: number[]; owners: Set<string> }>();
  for (const [position, component] of model.components.entries()) {
    const system = component.tags?.['backstage/system'];
    if (system === undefined) continue;
    let entry = bySystem.get(system);
    if (entry === undefined) bySystem.set(system, (entry = { members: [], owners: new Set() }));
    entry.members.push(position);
    const domain = component.tags?.['backstage/domain'];
    if (domain !== undefined) entry.domain ??= domain;
    const owner = component.tags?.['backstage/owner'];
    if (owner !== undefined) entry.owners.add(owner);
  }
  if (bySystem.size === 0) return [];
  // Each capability's cone is walked once, whatever the number of Systems.
  const cones = analysis.capabilities.map((capability) => ({ id: capability.id, cone: findDependencyCone(index, [index.positionOf(capability.id)!]) }));
  const stops = new Map<string, string[]>();
  for (const capability of analysis.capabilities) for (const id of capability.spofComponents) stops.set(id, [...(stops.get(id) ?? []), capability.id]);
  const systems = [...bySystem].map(([system, entry]): CatalogSystem => {
    const ids = entry.members.map((position) => model.components[position]!.id).sort();
    return {
      system,
      ...(entry.domain !== undefined && { domain: entry.domain }),
      members: entry.members.length,
      owners: [...entry.owners].sort(),
      capabilities: cones.filter(({ cone }) => entry.members.some((position) => cone[position] === 1)).map(({ id }) => id).sort(),
      spofs: ids.flatMap((id) => (stops.has(id) ? [{ id, capabilities: [...stops.get(id)!].sort() }] : [])),
    };
  });
  return systems.sort((a, b) => b.spofs.length - a.spofs.length || (a.system < b.system ? -1 : 1));
}
