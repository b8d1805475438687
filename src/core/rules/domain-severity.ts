import { domainKindOf } from '../domain.js';
import type { Severity } from '../report.js';

/**
 * A whole provider failing is rarer than a region, an account or a vendor
 * failing, so findings about provider domains sit one step lower.
 */
export function severityForDomain(domain: string, severity: Severity): Severity {
  if (domainKindOf(domain) !== 'provider') return severity;
  return severity === 'critical' ? 'high' : severity === 'high' ? 'medium' : severity === 'medium' ? 'low' : severity;
}
