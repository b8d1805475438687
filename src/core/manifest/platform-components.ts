/**
 * Platform components: the control planes of cloud services, as components a
 * control-plane capability can need. The built-in ones (`aws-control/route53`,
 * ...) come from the knowledge with their region and source; a regional control
 * plane is `aws-control/<service>@<region>`. A manifest component with the same
 * id replaces the built-in one.
 */
import { providerDomain, scopedDomain } from '../domain.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { Component } from '../model.js';

export const platformPrefix = 'aws-control/';
const regionalPattern = /^aws-control\/([a-z0-9-]+)@([a-z]{2}(?:-[a-z]+)+-\d)$/;

export function isPlatformId(id: string, knowledge: Knowledge): boolean {
  return knowledge.controlPlanes.some((plane) => plane.id === id) || regionalPattern.test(id);
}

/** What a component needs to be changed: its regional control plane and the global ones of its type. */
export function controlPlanesFor(component: Pick<Component, 'provider' | 'region' | 'type'>, knowledge: Knowledge): string[] {
  if (component.provider !== 'aws') return [];
  const needs = new Set<string>();
  const service = component.type?.split(':')[0];
  if (service && component.region && component.region !== 'global') needs.add(`${platformPrefix}${service}@${component.region}`);
  for (const entry of knowledge.typeNeeds) {
    if (component.type !== undefined && (component.type === entry.type || component.type.startsWith(`${entry.type}:`))) {
      for (const id of entry.needs) needs.add(id);
    }
  }
  return [...needs].sort();
}

/** The component for a platform id, or why it cannot be made. */
export function createPlatformComponent(id: string, knowledge: Knowledge, identityCenterRegion: string | undefined): Component | { problem: string; fix: string } {
  const regional = regionalPattern.exec(id);
  if (regional) {
    const [, service, region] = regional as unknown as [string, string, string];
    return platform(id, region, `${service}:control-plane`, `The ${service} control plane in ${region}: creating, changing and deleting ${service} resources there.`);
  }
  const plane = knowledge.controlPlanes.find((candidate) => candidate.id === id)!;
  const region = plane.region === 'home' ? identityCenterRegion : plane.region;
  if (region === undefined) {
    return { problem: `${id} runs in the home region of IAM Identity Center, which the manifest does not name`, fix: 'add `aws: { identityCenterRegion: <region> }`' };
  }
  return platform(id, region, 'control-plane', `${plane.name}, in ${region}. Source: ${plane.sources[0]!.url}`);
}

function platform(id: string, region: string, type: string, description: string): Component {
  return {
    id,
    kind: 'component',
    provenance: 'knowledge',
    requires: [],
    domains: [providerDomain('aws'), scopedDomain('region', 'aws', region)].sort(),
    provider: 'aws',
    region,
    type,
    description,
  };
}
