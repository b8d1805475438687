/**
 * The leadership brief: in plain words, what happens to each capability when a
 * region, provider, account or vendor fails, what is concentrated where, and what
 * to fix first. Built from the analysis and outage simulations; renderers only format it.
 */
import { domainKindOf } from './domain.js';
import type { NamedScenario } from './named-scenario.js';
import type { Prepared } from './prepare.js';
import type { Analysis, CapabilityResult, FailureTree, SimulatedCapability } from './report.js';
import { chainText, treeSentence, weakenedText } from './failure-words.js';
import { severityRank } from './report.js';
import { rules } from './rules/registry.js';
import { resolveScenario, type Scenario } from './scenario.js';
import { simulate } from './simulate.js';
import { trendSince, type LabelledBaseline, type LabelledTrend } from './trend.js';
import { countOf, verb } from './count-words.js';
import { describeCatalogSystems, type CatalogSystem } from './catalog-systems.js';

export interface Brief {
  name: string;
  headline: string;
  capabilities: Array<{ id: string; description?: string; sentence: string; status: CapabilityResult['status'] }>;
  /** Named scenarios (the manifest's, then the library's that touch the estate), then each region and provider, the worst first. */
  outages: Outage[];
  /** `owner`: who to call, when the component at fault is a catalog entity with an owner (its `backstage/owner` tag); `system`: its catalog System. */
  risks: Array<{ rank: number; severity: string; rule: string; message: string; fix: string; owner?: string; system?: string }>;
  /** Per kind of domain: the largest, the index, and the shares for a chart (the largest few, the rest summed as "others"). */
  concentration: Array<{ kind: string; largest: string; share: number; hhi: number; effective: number; shares: Array<{ name: string; share: number }> }>;
  /** Capability -> critical path (and, when no single component explains it, the tree), for diagrams. */
  paths: Array<{ capability: string; domain: string; path: string[]; tree?: FailureTree }>;
  /** Against a baseline, when one is given: what got better and what got worse. */
  trend?: LabelledTrend;
  /**
   * What your systems call that nobody wrote down: dependencies seen at run time (DNS
   * query logs) that no manifest, Terraform or catalog declares, the most queried first.
   */
  undeclared?: { calls: Array<{ from: string; to: string; capability?: string; count?: number; firstSeen?: string; lastSeen?: string; example?: string }>; more: number };
  /** The catalog's Systems, when the inventory reads a Backstage catalog: what needs each, and which of its members alone stop something. */
  systems?: CatalogSystem[];
}

export interface Outage {
  /** A domain (`region:aws/us-east-1`) or a named scenario's id. */
  domain: string;
  kind: 'scenario' | 'domain';
  title: string;
  summary?: string;
  capabilities: Array<{ id: string; status: string; why: string }>;
}

export interface BriefOptions {
  /** How many risks "fix first" lists (10). */
  maxRisks?: number;
  /** Named scenarios told as outages before the regions and providers (see applicableScenarios). */
  scenarios?: readonly NamedScenario[];
  /** The baseline to show the trend against, and how to name it. */
  baseline?: LabelledBaseline;
  /** How many undeclared calls the brief lists (15). */
  maxUndeclared?: number;
}

/** How many domains a concentration chart shows before summing the rest. */
const chartSlices = 6;

/** Which SPOF domain a sentence names first: the most specific, most likely failure. */
const mention = ['region', 'vendor', 'account', 'zone', 'custom', 'provider'];

export function buildBrief(prepared: Prepared, analysis: Analysis, options: BriefOptions = {}): Brief {
  const spof = analysis.capabilities.filter((capability) => capability.status === 'spof').length;
  const headline =
    spof === 0
      ? analysis.capabilities.length === 1 ? 'The capability does not stop when any single region, provider, account or vendor fails.' : `None of the ${analysis.capabilities.length} capabilities stops when any single region, provider, account or vendor fails.`
      : `${spof} of ${countOf(analysis.capabilities.length, 'capability')} ${verb(spof, 'stops', 'stop')} when a single region, provider, account or vendor fails.`;
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
  const scenarioOutages = (options.scenarios ?? []).map((scenario) => outage(prepared, scenario, { domain: scenario.id, kind: 'scenario', title: scenario.title ?? scenario.id, ...(scenario.summary !== undefined && { summary: scenario.summary }) }));
  const domainOutages = prepared.index.domainIds
    .filter((domain) => ['region', 'provider'].includes(domainKindOf(domain)) && !domain.endsWith('/global'))
    .map((domain) => outage(prepared, resolveScenario(prepared.index, [domain]), { domain, kind: 'domain', title: nameOf(domain) }))
    // The worst outages first.
    .sort((a, b) => outageCounts(b).down - outageCounts(a).down || (a.domain < b.domain ? -1 : 1));
  const outages = [...scenarioOutages, ...domainOutages];
  const fixes = new Map(rules.map((rule) => [rule.meta.id, rule.meta.fix]));
  const risks = [...analysis.findings]
    .filter((finding) => finding.severity !== 'info')
    .sort((a, b) => severityRank(b.severity) - severityRank(a.severity) || (b.capabilities?.length ?? 1) - (a.capabilities?.length ?? 1))
    .slice(0, options.maxRisks ?? 10)
    .map((finding, i) => {
      const owned = ownerOf([...(finding.path ?? []), ...(finding.component !== undefined ? [finding.component] : [])], prepared);
      return { rank: i + 1, severity: finding.severity, rule: finding.rule, message: finding.message, fix: fixes.get(finding.rule) ?? '', ...owned };
    });
  const concentration = (['region', 'provider', 'account', 'vendor'] as const)
    .filter((kind) => analysis.concentration[kind].shares.length > 0)
    .map((kind) => {
      const entry = analysis.concentration[kind];
      const shares = entry.shares.slice(0, chartSlices).map((share) => ({ name: nameOf(share.domain, { short: true }), share: share.share }));
      const rest = entry.shares.slice(chartSlices).reduce((sum, share) => sum + share.share, 0);
      if (rest > 0) shares.push({ name: `${entry.shares.length - chartSlices} others`, share: rest });
      return { kind, largest: nameOf(entry.shares[0]!.domain), share: entry.shares[0]!.share, hhi: entry.hhi, effective: entry.effective, shares };
    });
  const paths = analysis.capabilities.flatMap((capability) => {
    const first = pickDomain(capability);
    const entry = first === undefined ? undefined : capability.paths.find((path) => path.domain === first);
    return entry === undefined ? [] : [{ capability: capability.id, domain: entry.domain, path: entry.path, ...(entry.tree !== undefined && { tree: entry.tree }) }];
  });
  const brief: Brief = { name: analysis.name, headline, capabilities, outages, risks, concentration, paths };
  const undeclared = undeclaredCalls(analysis, options.maxUndeclared ?? 15);
  if (undeclared !== undefined) brief.undeclared = undeclared;
  const systems = describeCatalogSystems(prepared, analysis);
  if (systems.length > 0) brief.systems = systems;
  if (options.baseline !== undefined) brief.trend = trendSince(prepared, analysis, options.baseline);
  return brief;
}

function undeclaredCalls(analysis: Analysis, max: number): Brief['undeclared'] {
  const found = analysis.findings.filter((finding) => finding.rule === 'undeclared-dependency' && finding.component !== undefined && finding.target !== undefined);
  if (found.length === 0) return undefined;
  const calls = found
    .map((finding) => ({ from: finding.component!, to: finding.target!, ...(finding.capability !== undefined && { capability: finding.capability }), ...finding.evidence }))
    .sort((a, b) => (b.count ?? 0) - (a.count ?? 0) || (a.from < b.from ? -1 : a.from > b.from ? 1 : a.to < b.to ? -1 : 1));
  return { calls: calls.slice(0, max), more: Math.max(0, calls.length - max) };
}

function outage(prepared: Prepared, scenario: Scenario, heading: Omit<Outage, 'capabilities'>): Outage {
  const simulation = simulate(prepared, scenario);
  return {
    ...heading,
    capabilities: simulation.capabilities.map((capability) => ({
      id: capability.id,
      status: capability.status,
      why: capability.status === 'down' ? downReason(capability) : capability.status === 'degraded' ? weakenedText(capability.weakened ?? []) : '',
    })),
  };
}

/** How many capabilities an outage stops, and how many stay up with less in reserve. */
export function outageCounts(outage: Outage): { down: number; degraded: number; total: number } {
  let down = 0;
  let degraded = 0;
  for (const capability of outage.capabilities) {
    if (capability.status === 'down') down++;
    else if (capability.status === 'degraded') degraded++;
  }
  return { down, degraded, total: outage.capabilities.length };
}

/** The SPOF domain a sentence names: by kind (a region before a provider), the global edge last among regions, then the largest. */
function pickMention(capability: CapabilityResult, weight: ReadonlyMap<string, number>): string | undefined {
  const rank = (domain: string) => mention.indexOf(domainKindOf(domain)) * 2 + (domain.endsWith('/global') ? 1 : 0);
  return [...capability.spofDomains].sort((a, b) => rank(a) - rank(b) || (weight.get(a) ?? 1e9) - (weight.get(b) ?? 1e9) || (a < b ? -1 : 1))[0];
}

/** Why a capability is down in an outage: the chain to its cause, or the alternatives that all fail. */
function downReason(capability: SimulatedCapability): string {
  return capability.tree === undefined ? chainText(capability.path) : treeSentence(capability.tree);
}

function sentenceFor(capability: CapabilityResult, domain: string | undefined): string {
  if (domain !== undefined) {
    const { path, tree } = capability.paths.find((entry) => entry.domain === domain)!;
    const others = capability.spofDomains.length - 1;
    const also = others > 0 ? ` (and ${others === 1 ? '1 other single failure stops' : `${others} other single failures stop`} it too)` : '';
    if (tree !== undefined) return `${capability.id} stops if ${nameOf(domain)} fails, though no single component there does: ${treeSentence({ ...tree, path: tree.path.slice(1) }, 'it')}${also}.`;
    if (path.length === 1) return `${capability.id} stops if ${nameOf(domain)} fails, since it runs there itself${also}.`;
    return `${capability.id} stops if ${nameOf(domain)} fails, because ${path[path.length - 1]!} does (${chainText(path)})${also}.`;
  }
  if (capability.cutSets.length > 0) return `${capability.id} survives any single failure; the smallest combination that stops it is ${capability.cutSets[0]!.map((domain) => nameOf(domain)).join(' together with ')}.`;
  return `${capability.id} survives any single failure, and no combination of two.`;
}

/**
 * A domain as people say it: "AWS us-east-1", "the vendor intercom", "AWS account
 * 111122223333". `short` is for chart labels: "intercom", "AWS global".
 */
export function nameOf(domain: string, { short = false } = {}): string {
  const kind = domainKindOf(domain);
  const value = domain.slice(domain.indexOf(':') + 1);
  const [provider, name] = value.split('/') as [string, string | undefined];
  const brand = provider === 'aws' ? 'AWS' : provider === 'gcp' ? 'Google Cloud' : provider === 'azure' ? 'Azure' : provider;
  if (kind === 'provider') return brand;
  if (kind === 'region' && name === 'global') return short ? `${brand} global` : `${brand}'s global services (CloudFront, Route 53 and the like)`;
  if (kind === 'region') return `${brand} ${name}`;
  if (kind === 'zone') return `${brand} zone ${name}`;
  if (kind === 'account') return `${brand} account ${name}`;
  if (kind === 'vendor') return short ? value : `the vendor ${value}`;
  return value;
}

/**
 * Who to call about a finding: the owner of the component at fault, or of the nearest
 * component before it on the path that has one (a cloud resource a catalog entity is tied
 * to has none of its own), from catalog entities' `backstage/owner` tag.
 */
function ownerOf(ids: readonly string[], prepared: Prepared): { owner?: string; system?: string } {
  for (let i = ids.length - 1; i >= 0; i--) {
    const position = prepared.model.positions.get(ids[i]!);
    const tags = position === undefined ? undefined : prepared.model.components[position]!.tags;
    const owner = tags?.['backstage/owner'];
    if (owner !== undefined) return { owner, ...(tags?.['backstage/system'] !== undefined && { system: tags['backstage/system'] }) };
  }
  return {};
}
