/**
 * What a queried name is, from knowledge that cites its sources: an AWS service
 * endpoint (the data plane of that service in a region, or a host served from one
 * region), a SaaS vendor's domain, one of the estate's own names, a name that is no
 * call at all (reverse lookups, the estate's instances, reserved names), or unknown,
 * grouped by registrable domain (the Public Suffix List, ICANN section, via tldts).
 *
 * Order matters and follows src/knowledge/aws-endpoints: the estate's own names first
 * (the manifest knows best), then a vendor's exact host, the AWS hosts served from one
 * region, names that are no call, the AWS patterns in their order, vendor wildcards.
 */
import { parse } from 'tldts';
import type { GlobalEndpoint, Knowledge } from '../../knowledge/index.js';
import { nameTable } from './name-table.js';

export type NameClass =
  | { kind: 'aws'; service: string; /** A region code, or `global` for the edge (CloudFront, Global Accelerator). */ region: string; global?: GlobalEndpoint; pattern: string }
  | { kind: 'saas'; vendor: string; matched: string }
  | { kind: 'estate'; target: string; matched: string }
  | { kind: 'internal'; why: string }
  | { kind: 'unknown'; /** The registrable domain, or the name itself when it has none. */ domain: string; /** Under a public (ICANN) suffix: somebody else's service. */ public: boolean };

export interface ClassifierOptions {
  /** The estate's own names: `links.shortio.internal` or `*.shortio.internal` -> a component id or ARN. */
  names?: Readonly<Record<string, string>>;
}

/** A classifier for one run: patterns compiled once, every answer cached by name. */
export function createNameClassifier(knowledge: Knowledge, options: ClassifierOptions = {}): (name: string) => NameClass {
  const estate = nameTable(Object.entries(options.names ?? {}));
  const vendors = nameTable(knowledge.saas.flatMap((vendor) => vendor.domains.map((domain) => [domain.name, vendor.id] as [string, string])));
  const globals = new Map(knowledge.awsEndpoints.globals.filter((entry) => !entry.host.includes('<')).map((entry) => [entry.host, entry]));
  const globalByService = new Map<string, GlobalEndpoint>();
  for (const entry of globals.values()) if (!globalByService.has(entry.service)) globalByService.set(entry.service, entry);
  const internal = knowledge.awsEndpoints.internal.map((entry) => ({ regex: new RegExp(entry.regex), why: entry.why }));
  const patterns = knowledge.awsEndpoints.patterns.map((pattern) => ({ pattern, regex: new RegExp(pattern.regex) }));
  const shortRegions = elastiCacheRegions(knowledge);
  const cache = new Map<string, NameClass>();

  const classify = (name: string): NameClass => {
    const own = estate.find(name);
    if (own !== undefined) return { kind: 'estate', target: own.value, matched: own.key };
    const exactVendor = vendors.exact(name);
    if (exactVendor !== undefined) return { kind: 'saas', vendor: exactVendor, matched: name };
    const global = globals.get(name);
    if (global !== undefined) return { kind: 'aws', service: global.service, region: global.servedFrom, global, pattern: 'global endpoint' };
    const none = internal.find(({ regex }) => regex.test(name));
    if (none !== undefined) return { kind: 'internal', why: none.why };
    for (const { pattern, regex } of patterns) {
      const match = regex.exec(name);
      if (match === null) continue;
      const groups = match.groups ?? {};
      if (pattern.kind === 'internal') return { kind: 'internal', why: `${pattern.name}: one of the estate's own instances, not a service call` };
      const service = pattern.serviceCode ?? groups.service ?? 'unknown';
      const written = groups.region ?? pattern.impliedRegion;
      const region = written === undefined ? undefined : (shortRegions.get(written) ?? written);
      if (region !== undefined) {
        // A legacy global form (`<bucket>.s3.amazonaws.com`) names no region: it is served where the service's global host is.
        const host = groups.region === undefined ? globalByService.get(service) : undefined;
        return { kind: 'aws', service, region, ...(host?.servedFrom === region && { global: host }), pattern: pattern.name };
      }
      // A global API form without a region (iam-fips.amazonaws.com, iam.global.api.aws) is served where the service's global host is;
      // a resource on the edge (a CloudFront distribution) is served by the global data plane, not by its control plane's region.
      const host = pattern.kind === 'service' ? globalByService.get(service) : undefined;
      if (host !== undefined) return { kind: 'aws', service, region: host.servedFrom, global: host, pattern: pattern.name };
      return { kind: 'aws', service, region: 'global', pattern: pattern.name };
    }
    const vendor = vendors.find(name);
    if (vendor !== undefined) return { kind: 'saas', vendor: vendor.value, matched: vendor.key };
    const parsed = parse(name);
    return { kind: 'unknown', domain: parsed.domain ?? name, public: parsed.isIcann === true };
  };

  return (name) => {
    let known = cache.get(name);
    if (known === undefined) cache.set(name, (known = classify(name)));
    return known;
  };
}

/**
 * ElastiCache host names carry a short region code (`use1`). AWS publishes no table of
 * them (src/knowledge/aws-endpoints, open question); the codes seen in AWS examples
 * (use1, usw2, euw1, apse1, ...) are the first letters of each word of the region,
 * the compass words abbreviated, which is what this derives.
 */
function elastiCacheRegions(knowledge: Knowledge): Map<string, string> {
  const compass: Record<string, string> = { east: 'e', west: 'w', north: 'n', south: 's', central: 'c', northeast: 'ne', northwest: 'nw', southeast: 'se', southwest: 'sw' };
  const codes = new Map<string, string>();
  for (const list of knowledge.regions) {
    if (list.provider !== 'aws') continue;
    for (const { name } of list.regions) {
      const parts = name.split('-');
      const code = parts.map((part, i) => (i === 0 || /^\d+$/.test(part) ? part : (compass[part] ?? part[0]))).join('');
      if (!codes.has(code)) codes.set(code, name);
    }
  }
  return codes;
}
