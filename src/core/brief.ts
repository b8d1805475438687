/**
 * The leadership brief: in plain words, what happens to each capability when a
 * region, provider, account or vendor fails, what is concentrated where, and what
 * to fix first. Built from the analysis and outage simulations; renderers only format it.
 */
import { domainKindOf } from './domain.js';
import type { Prepared } from './prepare.js';
import type { Analysis, CapabilityResult } from './report.js';
import { severityRank } from './report.js';
import { rules } from './rules/registry.js';
import { resolveScenario } from './scenario.js';
import { simulate } from './simulate.js';

export interface Brief {
  name: string;
  headline: string;
  capabilities: Array<{ id: string; description?: string; sentence: string; status: CapabilityResult['status'] }>;
  outages: Array<{ domain: string; title: string; capabilities: Array<{ id: string; status: string; why: string }> }>;
  risks: Array<{ rank: number; severity: string; rule: string; message: string; fix: string }>;
  concentration: Array<{ kind: string; largest: string; share: number; hhi: number; effective: number }>;
  /** Capability -> critical path, for diagrams. */
  paths: Array<{ capability: string; domain: string; path: string[] }>;
}

/** Which SPOF domain a sentence names first: the most specific, most likely failure. */
const mention = ['region', 'vendor', 'account', 'zone', 'custom', 'provider'];

export function buildBrief(prepared: Prepared, analysis: Analysis, options: { maxRisks?: number } = {}): Brief {
  const spof = analysis.capabilities.filter((capability) => capability.status === 'spof').length;
  const headline =
    spof === 0
      ? `None of the ${analysis.capabilities.length} capabilities stops when any single region, provider, account or vendor fails.`
      : `${spof} of ${analysis.capabilities.length} capabilities stop when a single region, provider, account or vendor fails.`;
  // Among domains of a kind, the one holding most of the estate is named first.
  const weight = new Map<string, number>();
  for (const kind of ['region', 'provider', 'account', 'vendor', 'zone'] as const) analysis.concentration[kind].shares.forEach((share, i) => weight.set(share.domain, i));
  const pickDomain = (capability: CapabilityResult) => pickMention(capability, weight);
  const capabilities = analysis.capabilities.map((capability) => ({
    id: capability.id,
    ...(capability.description !== undefined && { description: capability.description }),
    sentence: sentenceFor(capability, pickDomain(capability)),
    status: capability.status,
  }));
  const outageDomains = prepared.index.domainIds.filter((domain) => ['region', 'provider'].includes(domainKindOf(domain)) && !domain.endsWith('/global'));
  const outages = outageDomains
    .map((domain) => {
    const simulation = simulate(prepared, resolveScenario(prepared.index, [domain]));
    return {
      domain,
      title: nameOf(domain),
      capabilities: simulation.capabilities.map((capability) => ({
        id: capability.id,
        status: capability.status,
        why: capability.status === 'down' ? capability.path.join(' → ') : capability.status === 'degraded' ? 'running on an alternative' : '',
      })),
    };
    })
    // The worst outages first.
    .sort((a, b) => downCount(b) - downCount(a) || (a.domain < b.domain ? -1 : 1));
  const fixes = new Map(rules.map((rule) => [rule.meta.id, rule.meta.fix]));
  const risks = [...analysis.findings]
    .filter((finding) => finding.severity !== 'info')
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (b.capabilities?.length ?? 1) - (a.capabilities?.length ?? 1))
    .slice(0, options.maxRisks ?? 10)
    .map((finding, i) => ({ rank: i + 1, severity: finding.severity, rule: finding.rule, message: finding.message, fix: fixes.get(finding.rule) ?? '' }));
  const concentration = (['region', 'provider', 'account', 'vendor'] as const)
    .filter((kind) => analysis.concentration[kind].shares.length > 0)
    .map((kind) => {
      const entry = analysis.concentration[kind];
      return { kind, largest: nameOf(entry.shares[0]!.domain), share: entry.shares[0]!.share, hhi: entry.hhi, effective: entry.effective };
    });
  const paths = analysis.capabilities.flatMap((capability) => {
    const first = pickDomain(capability);
    const entry = first === undefined ? undefined : capability.paths.find((path) => path.domain === first);
    return entry === undefined ? [] : [{ capability: capability.id, domain: entry.domain, path: entry.path }];
  });
  return { name: analysis.name, headline, capabilities, outages, risks, concentration, paths };
}

function downCount(outage: { capabilities: Array<{ status: string }> }): number {
  return outage.capabilities.filter((capability) => capability.status === 'down').length;
}

/** The SPOF domain a sentence names: by kind (a region before a provider), the global edge last among regions, then the largest. */
function pickMention(capability: CapabilityResult, weight: ReadonlyMap<string, number>): string | undefined {
  const rank = (domain: string) => mention.indexOf(domainKindOf(domain)) * 2 + (domain.endsWith('/global') ? 1 : 0);
  return [...capability.spofDomains].sort((a, b) => rank(a) - rank(b) || (weight.get(a) ?? 1e9) - (weight.get(b) ?? 1e9) || (a < b ? -1 : 1))[0];
}

function sentenceFor(capability: CapabilityResult, domain: string | undefined): string {
  if (domain !== undefined) {
    const path = capability.paths.find((entry) => entry.domain === domain)!.path;
    const others = capability.spofDomains.length - 1;
    return `${capability.id} stops if ${nameOf(domain)} fails, because ${path.join(' → ')}${others > 0 ? ` (and ${others} other single failure${others === 1 ? '' : 's'} stop it too)` : ''}.`;
  }
  if (capability.cutSets.length > 0) return `${capability.id} survives any single failure; the smallest combination that stops it is ${capability.cutSets[0]!.map(nameOf).join(' together with ')}.`;
  return `${capability.id} survives any single failure, and no combination of two.`;
}

/** A domain as people say it: "AWS us-east-1", "the vendor intercom", "AWS account 111122223333". */
export function nameOf(domain: string): string {
  const kind = domainKindOf(domain);
  const value = domain.slice(domain.indexOf(':') + 1);
  const [provider, name] = value.split('/') as [string, string | undefined];
  const brand = provider === 'aws' ? 'AWS' : provider === 'gcp' ? 'Google Cloud' : provider === 'azure' ? 'Azure' : provider;
  if (kind === 'provider') return brand;
  if (kind === 'region') return name === 'global' ? `${brand}'s global services (CloudFront, Route 53 and the like)` : `${brand} ${name}`;
  if (kind === 'zone') return `${brand} zone ${name}`;
  if (kind === 'account') return `${brand} account ${name}`;
  if (kind === 'vendor') return `the vendor ${value}`;
  return value;
}
