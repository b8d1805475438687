/**
 * The observed dependencies of a model (DNS query logs): each resource's needs a source
 * saw at run time, one entry per target, for the rules that only discovery makes possible.
 */
import type { Component, DiscoveredNeed, Model } from '../model.js';

export interface ObservedNeed {
  from: Component;
  to: string;
  need: DiscoveredNeed;
}

const found = new WeakMap<Model, readonly ObservedNeed[]>();

/** Computed once per model: three rules ask, and each pass reads every resource. */
export function observedNeeds(model: Model): readonly ObservedNeed[] {
  let needs = found.get(model);
  if (needs === undefined) {
    const list: ObservedNeed[] = [];
    // Indexed: a loop over every resource runs once, in cold code, where an iterator allocates per step.
    for (let v = 0; v < model.components.length; v++) {
      const component = model.components[v]!;
      if (component.discovered === undefined) continue;
      for (const need of component.discovered) {
        if (need.kind !== 'observed') continue;
        for (const to of need.to) list.push({ from: component, to, need });
      }
    }
    found.set(model, (needs = list));
  }
  return needs;
}

/** The evidence a finding carries, without empty fields. */
export function evidenceOf(need: DiscoveredNeed): NonNullable<DiscoveredNeed['evidence']> {
  return { ...need.evidence };
}

/** `12 queries, 2025-10-13T00:00:00Z to 2025-10-19T08:05:00Z, e.g. dynamodb.us-east-1.amazonaws.com` */
export function evidenceText(evidence: DiscoveredNeed['evidence']): string {
  if (evidence === undefined) return 'seen at run time';
  const { count, firstSeen, lastSeen, example } = evidence;
  return [count !== undefined ? `${count} quer${count === 1 ? 'y' : 'ies'}` : undefined, firstSeen !== undefined && lastSeen !== undefined ? `${firstSeen} to ${lastSeen}` : undefined, example !== undefined ? `e.g. ${example}` : undefined].filter(Boolean).join(', ');
}
