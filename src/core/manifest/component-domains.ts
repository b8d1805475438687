/**
 * The failure domains of a declared component or capability (DESIGN section 2):
 * provider, region, zone and account (scoped by provider), vendor, hosting, and
 * extra `domains:` (a bare name is `custom:<name>`).
 */
import type { KeyPath, ManifestIssue } from '../errors.js';
import { parseDomain, providerDomain, scopedDomain } from '../domain.js';
import type { ComponentSpec } from './schema.js';

export function declaredDomains(spec: ComponentSpec, path: KeyPath, issues: ManifestIssue[]): string[] {
  const domains = new Set<string>(customDomains(spec.domains, [...path, 'domains'], issues));
  const { provider } = spec;
  if (provider !== undefined) domains.add(providerDomain(provider));
  for (const kind of ['region', 'zone', 'account'] as const) {
    const value = spec[kind];
    if (value === undefined) continue;
    if (provider === undefined) {
      issues.push({ path: [...path, kind], message: `${kind} "${value}" needs a provider`, fix: 'add provider: (e.g. provider: aws)' });
    } else {
      domains.add(scopedDomain(kind, provider, value));
    }
  }
  if (spec.saas !== undefined) domains.add(`vendor:${spec.saas}`);
  (spec.hosting ?? []).forEach((entry, i) => {
    const [hostProvider, hostRegion, extra] = entry.split('/');
    if (!hostProvider || hostRegion === '' || extra !== undefined) {
      issues.push({ path: [...path, 'hosting', i], message: `"${entry}" is not a hosting location`, fix: 'write <provider> or <provider>/<region>, e.g. aws/us-east-1' });
      return;
    }
    // A vendor on its own infrastructure (hosting: [<its own id>]) is its vendor domain already.
    if (hostProvider !== spec.saas || hostRegion !== undefined) domains.add(providerDomain(hostProvider));
    if (hostRegion !== undefined) domains.add(scopedDomain('region', hostProvider, hostRegion));
  });
  return [...domains].sort();
}

/** `domains: [name]` means `custom:<name>`; a full domain string is taken as written. */
export function customDomains(names: string[] | undefined, path: KeyPath, issues: ManifestIssue[]): string[] {
  const domains: string[] = [];
  (names ?? []).forEach((name, i) => {
    const domain = name.includes(':') ? name : `custom:${name}`;
    const parsed = parseDomain(domain);
    if (parsed.ok) domains.push(domain);
    else issues.push({ path: [...path, i], message: parsed.problem, fix: parsed.fix });
  });
  return [...new Set(domains)].sort();
}
