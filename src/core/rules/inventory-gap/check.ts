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
    if ((snapshot.unreadable ?? 0) > 0) {
      const n = snapshot.unreadable!;
      findings.push({ rule: meta.id, severity: 'low', message: `${snapshot.file}: ${n} resource${n === 1 ? '' : 's'} whose ARN could not be read ${n === 1 ? 'is' : 'are'} left out (its errors list ${n === 1 ? 'it' : 'them'}); if something depends on ${n === 1 ? 'it' : 'them'}, name ${n === 1 ? 'it' : 'them'} in the manifest` });
    }
    if (snapshot.scanned) {
      findings.push({ rule: meta.id, severity: meta.severity, message: `${snapshot.file} comes from the Tagging API, which lists only resources that are or were tagged; never-tagged resources are missing` });
    }
  }
  return findings;
}
