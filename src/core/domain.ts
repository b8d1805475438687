/**
 * Failure domains (DESIGN section 1): `provider:aws`, `region:aws/us-east-1`,
 * `zone:aws/use1-az1`, `account:aws/123456789012`, `vendor:intercom`, `custom:<name>`.
 */

export const domainKinds = ['provider', 'region', 'zone', 'account', 'vendor', 'custom'] as const;
export type DomainKind = (typeof domainKinds)[number];

/** Kinds whose value is scoped by a provider: `region:<provider>/<region>`. */
const scopedKinds: ReadonlySet<DomainKind> = new Set(['region', 'zone', 'account']);

const namePart = /^[A-Za-z0-9][A-Za-z0-9._@+-]*$/;

export interface ParsedDomain {
  kind: DomainKind;
  provider?: string;
  name: string;
}

export type DomainParse = { ok: true; domain: ParsedDomain } | { ok: false; problem: string; fix: string };

export function isDomainKind(value: string): value is DomainKind {
  return (domainKinds as readonly string[]).includes(value);
}

/** Parses a domain string; on failure says what is wrong and how to write it. */
export function parseDomain(text: string): DomainParse {
  const colon = text.indexOf(':');
  if (colon < 0) {
    return { ok: false, problem: `"${text}" is not a failure domain`, fix: `write kind:value, e.g. region:aws/us-east-1 or custom:${text}` };
  }
  const kind = text.slice(0, colon);
  const value = text.slice(colon + 1);
  if (!isDomainKind(kind)) {
    return { ok: false, problem: `unknown domain kind "${kind}"`, fix: `use one of ${domainKinds.join(', ')}` };
  }
  if (scopedKinds.has(kind)) {
    const [provider, name, extra] = value.split('/');
    if (provider === undefined || name === undefined || extra !== undefined || !namePart.test(provider) || !namePart.test(name)) {
      return { ok: false, problem: `"${text}" is not a valid ${kind} domain`, fix: `write ${kind}:<provider>/<${kind}>, e.g. ${exampleOf(kind)}` };
    }
    return { ok: true, domain: { kind, provider, name } };
  }
  if (!namePart.test(value)) {
    return { ok: false, problem: `"${text}" is not a valid ${kind} domain`, fix: `write ${kind}:<name> with letters, digits and . _ @ + -` };
  }
  return { ok: true, domain: { kind, name: value } };
}

export function domainKindOf(domain: string): DomainKind {
  const kind = domain.slice(0, domain.indexOf(':'));
  if (!isDomainKind(kind)) throw new Error(`domain: "${domain}" has no known kind`);
  return kind;
}

export function providerDomain(provider: string): string {
  return `provider:${provider}`;
}

export function scopedDomain(kind: 'region' | 'zone' | 'account', provider: string, name: string): string {
  return `${kind}:${provider}/${name}`;
}

function exampleOf(kind: DomainKind): string {
  if (kind === 'zone') return 'zone:aws/use1-az1';
  if (kind === 'account') return 'account:aws/123456789012';
  return 'region:aws/us-east-1';
}
