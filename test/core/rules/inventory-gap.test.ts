import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import { manifestSchema } from '../../../src/core/manifest/schema.js';
import { resolveModel } from '../../../src/core/manifest/resolve-model.js';
import { prepare } from '../../../src/core/prepare.js';
import type { SnapshotSummary } from '../../../src/core/model.js';
import { manifestOf, resource } from '../../helpers/pipeline.js';

function findings(snapshots: SnapshotSummary[]) {
  const manifest = manifestSchema.parse(manifestOf({ k: { requires: ['arn:x'] } }));
  const model = resolveModel({ manifest, snapshots: [{ file: 'inv.json', resources: [resource('arn:x')] }], inventory: { files: ['inv.json'], partial: snapshots.some((s) => s.partial), snapshots } });
  return analyze(prepare(model)).findings.filter((f) => f.rule === 'inventory-gap');
}
const snapshot = (fields: Partial<SnapshotSummary>): SnapshotSummary => ({ file: 'inv.json', scannedAt: '2026-11-20T10:00:00Z', partial: false, missing: [], scanned: false, ...fields });

describe('inventory-gap', () => {
  it('reports a partial snapshot with what was not read', () => {
    expect(findings([snapshot({ partial: true, missing: ['1/ap-south-2'] })])).toEqual([
      { rule: 'inventory-gap', severity: 'medium', message: 'inv.json is partial: not scanned: 1/ap-south-2; dependencies there are missing' },
    ]);
  });

  it('counts resources whose ARN could not be read apart from places that were not read', () => {
    expect(findings([snapshot({ unreadable: 2 })])).toEqual([
      { rule: 'inventory-gap', severity: 'low', message: 'inv.json: 2 resources whose ARN could not be read are left out (its errors list them); if something depends on them, name them in the manifest' },
    ]);
  });

  it('reminds that a Tagging API scan lists only tagged resources', () => {
    expect(findings([snapshot({ scanned: true })])).toEqual([
      { rule: 'inventory-gap', severity: 'info', message: 'inv.json comes from the Tagging API, which lists only resources that are or were tagged; never-tagged resources are missing' },
    ]);
  });

  it('passes for a complete snapshot not written by a scan, and does not apply without snapshots', () => {
    expect(findings([snapshot({})])).toEqual([]);
    expect(findings([])).toEqual([]);
  });
});
