import type { Finding } from '../../report.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  for (const snapshot of context.model.inventory.snapshots ?? []) {
    if (snapshot.partial) {
      findings.push({
        rule: meta.id,
        severity: 'medium',
        message: `${snapshot.file} is partial: ${snapshot.missing.length > 0 ? `not scanned: ${snapshot.missing.join(', ')}` : 'some of it could not be read'}; dependencies there are missing`,
      });
    }
    if (snapshot.scanned) {
      findings.push({ rule: meta.id, severity: meta.severity, message: `${snapshot.file} comes from the Tagging API, which lists only resources that are or were tagged; never-tagged resources are missing` });
    }
  }
  return findings;
}
