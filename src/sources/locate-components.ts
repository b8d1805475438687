/**
 * Where a component is declared, for annotations: the manifest line of
 * `components.<id>` (or `capabilities.<id>`); for a resource a Terraform plan
 * holds, its `resource` block in the configuration files beside the plan, else its
 * block in the plan's or state's JSON, with its address; for a scanned resource, the line of the snapshot that lists it
 * (snapshots hold one resource per line).
 */
import { readFileSync } from 'node:fs';
import type { KeyPath } from '../core/errors.js';
import type { ResourceOrigin } from '../core/inventory.js';
import { locateProblems } from './json-problems.js';
import { parseYamlWithPositions } from './manifest/read-yaml.js';
import { terraformAddressPath, terraformSourceLine } from './terraform/locate-address.js';
import { locate } from './yaml-positions.js';

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
  /** The Terraform address of the resource, when the place is in a state or plan. */
  address?: string;
}

export type Locator = (target: { component?: string; capability?: string; path?: KeyPath }) => SourceLocation;

/** `snapshots`: the files the inventory entries read; `originsOf`: where the sources found a resource (the model's component keeps it). */
export function createLocator(manifestFile: string, snapshots: readonly { file: string }[], originsOf: (id: string) => readonly ResourceOrigin[] | undefined): Locator {
  const { doc, lineCounter } = parseYamlWithPositions(readFileSync(manifestFile, 'utf8'));
  const snapshotLines = new Map<string, string[]>();
  const terraformFiles = new Map<string, { text: string; data: unknown } | undefined>();
  const inManifest = (path: KeyPath): SourceLocation | undefined => {
    if (doc.getIn(path) === undefined) return undefined;
    return { file: manifestFile, ...locate(doc, lineCounter, path, 'key') };
  };
  const inTerraform = (id: string): SourceLocation | undefined => {
    const origin = originsOf(id)?.find((entry) => entry.source === 'terraform' && entry.address !== undefined);
    if (origin === undefined) return undefined;
    const read = readTerraformFile(terraformFiles, origin.file);
    const source = read === undefined ? undefined : terraformSourceLine(origin.file, read.data, origin.address!);
    if (source !== undefined) return { ...source, col: 1, address: origin.address! };
    const path = read === undefined ? undefined : terraformAddressPath(read.data, origin.address!);
    if (read === undefined || path === undefined) return { file: origin.file, line: 1, col: 1, address: origin.address! };
    const [place] = locateProblems(read.text, origin.file, [{ path, message: '', fix: '' }]);
    return { file: origin.file, line: place!.line ?? 1, col: place!.col ?? 1, address: origin.address! };
  };
  const inSnapshot = (id: string): SourceLocation | undefined => {
    const needle = `"id":${JSON.stringify(id)}`;
    for (const { file } of snapshots) {
      if (!snapshotLines.has(file)) snapshotLines.set(file, readFileSync(file, 'utf8').split('\n'));
      const index = snapshotLines.get(file)!.findIndex((line) => line.replace(/\s/g, '').includes(needle));
      if (index >= 0) return { file, line: index + 1, col: 1 };
    }
    return undefined;
  };
  return ({ component, capability, path }) =>
    (path && inManifest(path)) ??
    (component !== undefined ? (inManifest(['components', component]) ?? inTerraform(component) ?? inSnapshot(component)) : undefined) ??
    (capability !== undefined ? inManifest(['capabilities', capability]) : undefined) ??
    { file: manifestFile, line: 1, col: 1 };
}

/** A state or plan read once per run; one that cannot be read again (an S3 state) is located by name only. */
function readTerraformFile(cache: Map<string, { text: string; data: unknown } | undefined>, file: string): { text: string; data: unknown } | undefined {
  if (!cache.has(file)) {
    try {
      const text = readFileSync(file, 'utf8');
      cache.set(file, { text, data: JSON.parse(text) as unknown });
    } catch {
      cache.set(file, undefined);
    }
  }
  return cache.get(file);
}
