/**
 * A Terraform state as an inventory (DESIGN section 8): every managed AWS resource a node,
 * every reference Terraform recorded either a dependency, read with the knowledge of what it
 * means at run time, or an ignored one with why. Pure: text in, snapshot out; the file is
 * read by load-terraform-state.ts.
 */
import type { Dependency, IgnoredDependency, Snapshot } from '../../core/inventory.js';
import type { TypeTables } from '../../core/resource-type.js';
import { knowledge as builtIn } from '../../knowledge/index.js';
import { terraformReferences, type TerraformReferenceKnowledge } from '../../knowledge/terraform/index.js';
import { appendTo } from './append-to.js';
import { classifyReferences } from './classify-references.js';
import { findReferences } from './find-references.js';
import { assignIds, identifyResources } from './resource-identity.js';
import { readStateInstances, type StateInstance } from './state-instances.js';

export interface ReadTerraformOptions {
  /** How messages, origins and provenance name the file. */
  file: string;
  /**
   * The region of each provider configuration, which no state records: `{ aws: 'us-east-1',
   * 'aws.west': 'us-west-2' }`, a module's own configuration as `module.net:aws`. Used for a
   * resource whose ARN, `region` argument and zone do not say its region.
   */
  providerRegions?: Readonly<Record<string, string>>;
  /** When the state was last written (the file's modification time), ISO 8601: the snapshot's `scannedAt`. */
  writtenAt: string;
  /** The tables of AWS types (defaults to the built-in knowledge). */
  typeTables?: TypeTables;
  /** What a reference means at run time (defaults to src/knowledge/terraform/). */
  references?: TerraformReferenceKnowledge;
}

export interface TerraformReading {
  snapshot: Snapshot & { source: 'terraform'; dependencies: Dependency[]; ignored: IgnoredDependency[] };
  /** Assumptions the reader made, one line each: a type it does not know, a region it could not tell, a provider it does not read. */
  warnings: string[];
  /** Which form the file was: a raw state or `terraform show -json` output. */
  form: 'state' | 'show-json';
  terraformVersion?: string;
}

/** Reads a raw state (format 4) or `terraform show -json` output; anything else is an InputError (exit 2). */
export function readTerraformState(text: string, options: ReadTerraformOptions): TerraformReading {
  const { file } = options;
  const references = options.references ?? terraformReferences;
  const typeTables = options.typeTables ?? builtIn;
  const state = readStateInstances(text, file);
  const isNode = (instance: StateInstance) => instance.mode === 'managed' && isAwsProvider(instance.provider);

  const nodes = state.instances.filter(isNode);
  const ids = assignIds(nodes, references);
  const found = findReferences(state.instances, isNode, references, ids);
  const attachedTo = (instance: StateInstance) => found.get(instance)?.references.map((reference) => reference.target) ?? [];
  const identified = identifyResources(nodes, { file, providerRegions: options.providerRegions ?? {}, typeTables, references, attachedTo, ids });
  const classified = classifyReferences(found, { file, references, ids });

  const resources = [...identified.resources.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    snapshot: {
      file,
      scannedAt: options.writtenAt,
      partial: false,
      errors: [],
      resources,
      dependencies: classified.dependencies,
      ignored: classified.ignored,
      source: 'terraform',
    },
    warnings: [...identified.warnings, ...classified.warnings, ...otherProviders(state.instances, file)],
    form: state.form,
    ...(state.terraformVersion === undefined ? {} : { terraformVersion: state.terraformVersion }),
  };
}

/** The AWS provider, from the public registry or a mirror of it (`registry.opentofu.org/hashicorp/aws`). */
export function isAwsProvider(source: string): boolean {
  return source === 'aws' || source.endsWith('/hashicorp/aws');
}

/** Managed resources of other providers are not read: said once per provider, never silently. */
export function otherProviders(instances: readonly StateInstance[], file: string): string[] {
  const counts = new Map<string, string[]>();
  for (const instance of instances) {
    if (instance.mode !== 'managed' || isAwsProvider(instance.provider)) continue;
    appendTo(counts, instance.provider, instance.address);
  }
  return [...counts].map(
    ([provider, addresses]) =>
      `${file}: ${addresses.length} resource${addresses.length === 1 ? '' : 's'} of provider ${provider} (${addresses.slice(0, 3).join(', ')}${addresses.length > 3 ? ', ...' : ''}) ${addresses.length === 1 ? 'is' : 'are'} not read: faultline reads the AWS provider; declare what they stand for as components`,
  );
}
