/**
 * Runs the real pipeline (schema -> resolveModel -> prepare) on an inline manifest,
 * the way the loader does minus the file.
 */
import { manifestSchema } from '../../src/core/manifest/schema.js';
import { resolveModel } from '../../src/core/manifest/resolve-model.js';
import { prepare, type PrepareOptions, type Prepared } from '../../src/core/prepare.js';
import { analyze } from '../../src/core/analyze.js';
import { simulate } from '../../src/core/simulate.js';
import { resolveScenario } from '../../src/core/scenario.js';
import type { Resource } from '../../src/core/inventory.js';
import type { Analysis, Simulation } from '../../src/core/report.js';

export function prepareManifest(manifest: unknown, resources: Resource[] = [], options: PrepareOptions = {}): Prepared {
  const parsed = manifestSchema.parse(manifest);
  return prepare(resolveModel({ manifest: parsed, snapshots: resources.length > 0 ? [{ file: 'test.json', resources }] : [] }), options);
}

export function analyzeManifest(manifest: unknown, options: { resources?: Resource[]; maxOrder?: number } = {}): Analysis {
  return analyze(prepareManifest(manifest, options.resources), { maxOrder: options.maxOrder ?? 2 });
}

export function simulateManifest(manifest: unknown, fail: string[], resources: Resource[] = []): Simulation {
  const prepared = prepareManifest(manifest, resources);
  return simulate(prepared, resolveScenario(prepared.index, fail));
}

/** A tiny manifest: capabilities and components given as { id: spec }. */
export function manifestOf(capabilities: Record<string, unknown>, components: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  return { version: 1, name: 'test', capabilities, components, ...extra };
}

export function resource(id: string, fields: Partial<Resource> = {}): Resource {
  return { id, provider: 'aws', type: 'ec2:instance', tags: {}, ...fields };
}

/** The engine's own deterministic pseudo-random numbers, so failures reproduce from the seed. */
export { random } from '../../src/core/random.js';
