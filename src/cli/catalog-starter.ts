/**
 * The starter manifest `faultline init --from-catalog` proposes for a person to edit:
 * the catalog as its inventory, and one capability per System that needs the System's
 * user-facing components. A component is user-facing when its entity says so (a
 * `user-facing`, `frontend` or `public` tag, or `spec.type: website`); in a System
 * where none says so, its components that nothing else in the catalog needs are
 * proposed. Pure: entities in, text out.
 */
import type { CatalogEntity } from '../sources/backstage/read-catalog.js';
import { normaliseRef, refOf } from '../sources/backstage/entity-ref.js';

const userFacingTags = new Set(['user-facing', 'frontend', 'public']);

export interface CatalogStarterOptions {
  /** The inventory entry's glob, relative to the manifest. */
  files: string;
  name: string;
}

export function catalogStarter(entities: readonly CatalogEntity[], options: CatalogStarterOptions): string {
  const components = entities.filter(({ entity }) => entity.kind.toLocaleLowerCase('en-US') === 'component');
  const systems = new Map(entities.filter(({ entity }) => entity.kind.toLocaleLowerCase('en-US') === 'system').map(({ entity }) => [refOf(entity), entity]));
  const needed = neededRefs(entities);
  const bySystem = new Map<string, string[]>();
  const userFacing = new Set<string>();
  for (const { entity } of components) {
    const ref = refOf(entity);
    const spec = (entity.spec ?? {}) as { system?: unknown; type?: unknown };
    const system = spec.system === undefined ? undefined : normaliseRef(spec.system, { defaultKind: 'System', defaultNamespace: entity.metadata.namespace ?? 'default' });
    const key = system?.ok === true ? system.ref : `component:${ref}`;
    bySystem.set(key, [...(bySystem.get(key) ?? []), ref]);
    if ((entity.metadata.tags ?? []).some((tag) => userFacingTags.has(tag)) || spec.type === 'website') userFacing.add(ref);
  }
  const used = new Set<string>();
  const capabilities: string[] = [];
  for (const [key, refs] of [...bySystem].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const facing = refs.filter((ref) => userFacing.has(ref));
    const proposed = (facing.length > 0 ? facing : refs.filter((ref) => !needed.has(ref))).sort();
    if (proposed.length === 0) continue;
    const isSystem = !key.startsWith('component:');
    const name = key.slice(key.indexOf('/') + 1);
    let id = `serve-${name}`;
    for (let n = 2; used.has(id); n++) id = `serve-${name}-${n}`;
    used.add(id);
    const description = isSystem ? systems.get(key)?.metadata.description : undefined;
    capabilities.push(
      [
        `  ${id}:${isSystem ? `   # system ${key}${facing.length === 0 ? '; none of its components says it is user-facing: these are the ones nothing else needs' : ''}` : ''}`,
        ...(description !== undefined ? [`    description: ${JSON.stringify(description.trim().split('\n')[0])}`] : []),
        `    requires: [${proposed.join(', ')}]`,
      ].join('\n'),
    );
  }
  return `# faultline manifest proposed from a Backstage catalog: one capability per system,
# needing the system's user-facing components. Edit it: name what the organisation
# must keep doing, and say what the catalog cannot (fallbacks, SaaS, corrections).
# Reference: the README's "Discovering the estate from a Backstage catalog".
version: 1
name: ${JSON.stringify(options.name)}

inventory:
  - backstage: { files: ${JSON.stringify(options.files)} }
  # A scan places the entities tied to AWS resources by tags (and joins those tied by ARN):
  # - file: inventory/aws-prod.json

capabilities:${capabilities.length === 0 ? ' {}   # no Component entity was found: declare what must keep working' : ''}
${capabilities.join('\n')}
`;
}

/** Entities something else in the catalog depends on, consumes or provides an API for. */
function neededRefs(entities: readonly CatalogEntity[]): Set<string> {
  const needed = new Set<string>();
  for (const { entity } of entities) {
    const spec = (entity.spec ?? {}) as Record<string, unknown>;
    const namespace = entity.metadata.namespace ?? 'default';
    for (const [field, defaultKind] of [['dependsOn', undefined], ['consumesApis', 'API']] as const) {
      const value = spec[field];
      for (const written of Array.isArray(value) ? value : []) {
        const reading = normaliseRef(written, { defaultNamespace: namespace, ...(defaultKind !== undefined && { defaultKind }) });
        if (reading.ok) needed.add(reading.ref);
      }
    }
    for (const written of Array.isArray(spec.dependencyOf) ? spec.dependencyOf : []) {
      if (normaliseRef(written, { defaultNamespace: namespace }).ok) needed.add(refOf(entity));
    }
  }
  // A component that provides a consumed API is needed through it.
  for (const { entity } of entities) {
    const provides = (entity.spec as { providesApis?: unknown } | undefined)?.providesApis;
    for (const written of Array.isArray(provides) ? provides : []) {
      const reading = normaliseRef(written, { defaultKind: 'API', defaultNamespace: entity.metadata.namespace ?? 'default' });
      if (reading.ok && needed.has(reading.ref)) needed.add(refOf(entity));
    }
  }
  return needed;
}
