import type { Component } from '../../model.js';
import type { Finding } from '../../report.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

/**
 * A catalog entity (a node with a `backstage/kind` tag) in no failure domain, and tied
 * to no placed resource: no annotation placed it (a dependency `via` one of its
 * `metadata.annotations[...]`), and, for an API, no component provides it
 * (`apiProvidedBy`). Its own requirements may still fail it; where it runs is unknown.
 */
export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { components } = context.model;
  // Indexed: an iterator allocates per step in code that runs once over every resource.
  for (let v = 0; v < components.length; v++) {
    const component = components[v]!;
    if (!isUnlocatedEntity(component)) continue;
    const { ids, more } = context.firstDependents(context.index.positionOf(component.id)!);
    if (ids.length === 0) continue;
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `${component.id} says nowhere where it runs (no placement annotation, ARN or tag selector that matches): it is in no failure domain, so no outage takes it down in this analysis`,
      capability: ids[0]!,
      capabilities: ids,
      ...(more && { moreCapabilities: true as const }),
      component: component.id,
      path: context.pathTo(ids[0]!, component.id),
    });
  }
  return findings;
}

export function isUnlocatedEntity(component: Component): boolean {
  if (component.kind !== 'resource' || component.tags?.['backstage/kind'] === undefined || component.domains.length > 0) return false;
  return !(component.discovered ?? []).some((need) => need.via !== undefined && (need.via.startsWith('metadata.annotations[') || need.via === 'apiProvidedBy'));
}
