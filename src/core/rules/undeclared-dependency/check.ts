/**
 * An observed dependency nothing declares: not the manifest (no component that needs the
 * caller also needs the target, directly or through what it declares), not Terraform or
 * a catalog (no declared edge from the caller to it). A service's data plane counts as
 * declared when what the caller is declared to need holds a resource of that service in
 * that region (a DynamoDB table in us-east-1 declares `aws-data/dynamodb@us-east-1`).
 */
import type { Component, Model, Requirement } from '../../model.js';
import type { Finding } from '../../report.js';
import { evidenceOf, evidenceText, observedNeeds } from '../observed-needs.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const { model } = context;
  const needs = observedNeeds(model);
  if (needs.length === 0) return [];
  const owners = ownersOf(model);
  const reach = declaredReach(model);
  const findings: Finding[] = [];
  for (const { from, to, need } of needs) {
    const declaredBy = [from.id, ...(owners.get(from.id) ?? [])];
    if (declaredBy.some((id) => isDeclared(reach(id), to, model))) continue;
    const v = context.index.positionOf(from.id)!;
    const { ids: capabilities } = context.firstDependents(v);
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `${from.id} calls ${to} (${evidenceText(need.evidence)}; ${need.provenance}), and neither the manifest, Terraform nor a catalog declares it`,
      ...(capabilities[0] !== undefined && { capability: capabilities[0], capabilities, path: [...context.pathTo(capabilities[0], from.id), to] }),
      component: from.id,
      target: to,
      evidence: evidenceOf(need),
    });
  }
  return findings;
}

/** Resource id -> the declared components and capabilities that name it (by selection or by ARN). */
function ownersOf(model: Model): Map<string, string[]> {
  const owners = new Map<string, string[]>();
  for (let v = 0; v < model.components.length; v++) {
    const component = model.components[v]!;
    if (component.kind === 'resource') continue;
    const visit = (term: Requirement) => {
      if (typeof term !== 'string') return term.terms.forEach(visit);
      if (model.byId.get(term)?.kind !== 'resource') return;
      const list = owners.get(term);
      if (list === undefined) owners.set(term, [component.id]);
      else if (list[list.length - 1] !== component.id) list.push(component.id);
    };
    component.requires.forEach(visit);
  }
  return owners;
}

/** What a component is declared to need, transitively, following every edge but the ones only observed. */
function declaredReach(model: Model): (id: string) => Set<string> {
  const memo = new Map<string, Set<string>>();
  const observedOnly = (component: Component): Set<string> => {
    const observed = new Set((component.discovered ?? []).filter((need) => need.kind === 'observed').flatMap((need) => need.to));
    for (const need of component.discovered ?? []) if (need.kind === 'declared') for (const id of need.to) observed.delete(id);
    return observed;
  };
  return (start) => {
    const known = memo.get(start);
    if (known !== undefined) return known;
    const seen = new Set<string>();
    const queue = [start];
    while (queue.length > 0) {
      const id = queue.pop()!;
      const component = model.byId.get(id);
      if (component === undefined) continue;
      const skip = observedOnly(component);
      const visit = (term: Requirement) => {
        if (typeof term !== 'string') return term.terms.forEach(visit);
        if (skip.has(term) || seen.has(term)) return;
        seen.add(term);
        queue.push(term);
      };
      component.requires.forEach(visit);
    }
    memo.set(start, seen);
    return seen;
  };
}

function isDeclared(reach: Set<string>, to: string, model: Model): boolean {
  if (reach.has(to)) return true;
  const plane = /^aws-data\/([a-z0-9-]+)(?:@(.+))?$/.exec(to);
  if (plane === null) return false;
  const [, service, region = 'global'] = plane as unknown as [string, string, string | undefined];
  for (const id of reach) {
    const component = model.byId.get(id);
    if (component?.provider === 'aws' && (component.region ?? 'global') === region && component.type?.startsWith(`${service}:`) && !component.type.endsWith(':data-plane')) return true;
  }
  return false;
}
