/**
 * Where a component is declared, for annotations: the manifest line of
 * `components.<id>` (or `capabilities.<id>`), or for a scanned resource the line
 * of the snapshot that lists it (snapshots hold one resource per line).
 */
import { readFileSync } from 'node:fs';
import type { KeyPath } from '../core/errors.js';
import type { Snapshot } from '../core/inventory.js';
import { parseYamlWithPositions } from './manifest/read-yaml.js';
import { locate } from './yaml-positions.js';

export interface SourceLocation {
  file: string;
  line: number;
  col: number;
}

export type Locator = (target: { component?: string; capability?: string; path?: KeyPath }) => SourceLocation;

export function createLocator(manifestFile: string, snapshots: readonly Pick<Snapshot, 'file'>[]): Locator {
  const { doc, lineCounter } = parseYamlWithPositions(readFileSync(manifestFile, 'utf8'));
  const snapshotLines = new Map<string, string[]>();
  const inManifest = (path: KeyPath): SourceLocation | undefined => {
    if (doc.getIn(path) === undefined) return undefined;
    return { file: manifestFile, ...locate(doc, lineCounter, path, 'key') };
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
    (component !== undefined ? (inManifest(['components', component]) ?? inSnapshot(component)) : undefined) ??
    (capability !== undefined ? inManifest(['capabilities', capability]) : undefined) ??
    { file: manifestFile, line: 1, col: 1 };
}
