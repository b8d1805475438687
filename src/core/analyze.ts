/**
 * `analyze`: per capability its SPOF components and domains, minimal cut sets
 * and critical paths; concentration per kind of domain; findings of every rule.
 */
import { createDomainExplainer, findPathTo, pathIds } from './analysis/critical-paths.js';
import { findDependencyCone } from './analysis/dependency-cone.js';
import { createDependentsLookup, findDependentCapabilities } from './analysis/find-dependents.js';
import { measureConcentration } from './analysis/concentration.js';
import { membersOf } from './graph/compiled-index.js';
import { findComponentSets, findCutSets, findDomainSets, type Prepared } from './prepare.js';
import { severities, severityRank, type Analysis, type CapabilityResult, type CriticalPath, type Finding, type Severity } from './report.js';
import { rules } from './rules/registry.js';
import type { RuleContext } from './rules/types.js';
import { compareText } from './compare-text.js';
import type { Component } from './model.js';
import type { Dependency, IgnoredDependency } from './inventory.js';
import { measureBetweenness } from './analysis/betweenness-centrality.js';
import { findComponentEdges } from './graph/component-edges.js';
import { toClassGraph } from './graph/class-graph.js';
import { findStronglyConnected } from './graph/strongly-connected.js';
import type { CompiledIndex } from './graph/compiled-index.js';
import type { Centrality } from './report.js';

export interface AnalyzeOptions {
  /** Largest cut-set order to enumerate exactly (default 2). */
  maxOrder?: number;
}

export const defaultMaxOrder = 2;

export function analyze(prepared: Prepared, options: AnalyzeOptions = {}): Analysis {
  const { model, index } = prepared;
  const maxOrder = options.maxOrder ?? defaultMaxOrder;
  const domainSets = findDomainSets(prepared);
  const componentSets = findComponentSets(prepared);
  // Cones, dependents and counts are asked of the classes (see class-graph.ts).
  const classes = toClassGraph(index, prepared.folded, prepared.isCapability);
  const inCone = findDependencyCone(classes.index, classes.index.capabilities);

  const relevantDomains: number[] = [];
  for (let d = 0; d < index.domainIds.length; d++) {
    if (membersOf(classes.index, d).some((c) => inCone[c] === 1)) relevantDomains.push(d);
  }
  const cutSets = findCutSets(prepared, { domains: relevantDomains, maxOrder });
  const domainNames = (sets: number[][]) => sets.map((set) => set.map((d) => index.domainIds[d]!).sort());
  const explainer = createDomainExplainer(index, domainSets, componentSets, prepared.folded);
  // Rules ask for the same capability-domain explanations many times over; compute each once.
  const explanations = new Map<string, CriticalPath>();
  const explain = (from: string, domain: string): CriticalPath => {
    const key = `${from}\u0000${domain}`;
    let known = explanations.get(key);
    if (known === undefined) {
      const { path, tree } = explainer.explain(index.positionOf(from)!, index.domainIndexOf.get(domain)!);
      known = { domain, path: pathIds(index, path), ...(tree !== undefined && { tree }) };
      explanations.set(key, known);
    }
    return known;
  };

  const capabilities: CapabilityResult[] = Array.from(index.capabilities, (k) => {
    const id = index.ids[k]!;
    const spofDomains = Array.from(domainSets[k]!, (d) => index.domainIds[d]!).sort();
    const spofComponents = Array.from(componentSets.of(k), (v) => index.ids[v]!).filter((other) => other !== id).sort();
    const sets = domainNames(cutSets.get(k)!);
    const description = model.components[k]!.description;
    return {
      id,
      ...(description !== undefined && { description }),
      status: spofDomains.length > 0 ? 'spof' : 'resilient',
      spofDomains,
      spofComponents,
      minCut: sets[0]?.length ?? null,
      cutSets: sets,
      paths: spofDomains.map((domain) => explain(id, domain)),
    };
  });

  const concentration = measureConcentration(classes.index, inCone, classes.isCapability, { sizes: classes.sizes });
  // Capabilities are alone in their classes, under the same ids.
  const { classOf, isCapability } = classes;
  const classIds = classes.index.ids;
  const cycles = findStronglyConnected(classes.index);
  const dependentsOf = createDependentsLookup(classes.index, cycles, isCapability);
  const firstDependentsOf = createDependentsLookup(classes.index, cycles, isCapability, { limit: maxFindingCapabilities });
  const dependentIds = new WeakMap<readonly number[], string[]>();
  const ids = (nodes: readonly number[]) => nodes.map((c) => classIds[c]!).sort();
  const context: RuleContext = {
    model,
    index,
    capabilities,
    concentration,
    domainSets,
    componentSets,
    dependents: (v) => {
      // One sorted id list per set of capabilities (nodes of a cycle share theirs).
      const nodes = dependentsOf(classOf[v]!);
      let named = dependentIds.get(nodes);
      if (named === undefined) dependentIds.set(nodes, (named = nodes.map((k) => classIds[k]!)));
      return named;
    },
    hasDependents: (v) => firstDependentsOf(classOf[v]!).length > 0,
    firstDependents: (v) => {
      const nodes = firstDependentsOf(classOf[v]!);
      return { ids: nodes.slice(0, maxFindingCapabilities).map((k) => classIds[k]!), more: nodes.length > maxFindingCapabilities };
    },
    dependentsOfDomain: (domain) => {
      const d = index.domainIndexOf.get(domain);
      return d === undefined ? [] : ids(findDependentCapabilities(classes.index, membersOf(classes.index, d), isCapability));
    },
    criticalPath: (from, domain) => explain(from, domain).path,
    explain,
    singleCause: (from, domain) => {
      const c = explainer.findCause(index.positionOf(from)!, index.domainIndexOf.get(domain)!);
      return c === undefined ? undefined : index.ids[c]!;
    },
    componentOf: (id) => {
      const position = model.positions.get(id);
      return position === undefined ? undefined : model.components[position];
    },
    pathTo: (from, to) => {
      const target = index.positionOf(to);
      const start = index.positionOf(from);
      if (target === undefined || start === undefined) return [];
      return pathIds(index, findPathTo(index, start, target));
    },
  };
  const findings = rules.flatMap((rule) => rule.check(context)).map(boundCapabilities).sort(compareFindings);

  const counts = Object.fromEntries(severities.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  const spof = capabilities.filter((capability) => capability.status === 'spof').length;
  return {
    faultline: 1,
    name: model.name,
    maxOrder,
    summary: {
      capabilities: capabilities.length,
      spof,
      resilient: capabilities.length - spof,
      components: index.componentCount - capabilities.length,
      domains: index.domainIds.length,
      findings: counts,
    },
    capabilities,
    concentration,
    centrality: listCentral(index),
    findings,
    inventory: model.inventory,
    ...discoveredDependencies(model.components),
  };
}

/**
 * Every discovered dependency and ignored reference of the model's resources, for the
 * JSON and the brief. Each list is built the first time it is read: a text report
 * never reads them, and copying every dependency back with its `from` (three per
 * resource from Terraform) cost a tenth of analysing such an estate.
 */
function discoveredDependencies(components: readonly Component[]): Pick<Analysis, 'dependencies'> {
  if (!components.some((component) => (component.discovered?.length ?? 0) > 0 || (component.ignored?.length ?? 0) > 0)) return {};
  let discovered: Dependency[] | undefined;
  let ignored: IgnoredDependency[] | undefined;
  return {
    dependencies: {
      get discovered() {
        return (discovered ??= components.flatMap((component) => (component.discovered ?? []).map((need) => ({ from: component.id, ...need }))));
      },
      get ignored() {
        return (ignored ??= components.flatMap((component) => (component.ignored ?? []).map((reference) => ({ from: component.id, ...reference }))));
      },
    },
  };
}

/** How many components the analysis names by centrality. */
export const maxCentral = 500;

function listCentral(index: CompiledIndex): Centrality {
  const { values, estimated } = measureBetweenness(findComponentEdges(index));
  const central: number[] = [];
  for (let v = 0; v < values.length; v++) if (values[v]! > 0) central.push(v);
  central.sort((a, b) => values[b]! - values[a]! || compareText(index.ids[a]!, index.ids[b]!));
  return {
    // Six significant digits: enough to rank, few enough to diff.
    betweenness: central.slice(0, maxCentral).map((v) => ({ id: index.ids[v]!, betweenness: Number(values[v]!.toPrecision(6)) })),
    ...(central.length > maxCentral && { more: central.length - maxCentral }),
    ...(estimated && { estimated: true as const }),
  };
}

/** How many capabilities a finding names; `moreCapabilities` says there are more. */
export const maxFindingCapabilities = 20;

/**
 * A finding about a group deep in a large estate can concern thousands of
 * capabilities; naming each, in each of thousands of findings, would make the
 * report quadratic in the estate. The first few (by id) name it; a flag says the rest exist.
 */
function boundCapabilities(finding: Finding): Finding {
  const all = finding.capabilities;
  if (all === undefined || all.length <= maxFindingCapabilities) return finding;
  return { ...finding, capabilities: all.slice(0, maxFindingCapabilities), moreCapabilities: true };
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(b.severity) - severityRank(a.severity) ||
    compareText(a.rule, b.rule) ||
    compareText(a.capability ?? '', b.capability ?? '') ||
    compareText(a.domain ?? '', b.domain ?? '') ||
    compareText(a.component ?? '', b.component ?? '')
  );
}
