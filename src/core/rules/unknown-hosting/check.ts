import type { Finding } from '../../report.js';
import type { RuleContext } from '../types.js';
import { meta } from './meta.js';

export function check(context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const { components } = context.model;
  // Indexed: an iterator allocates per step in code that runs once over every resource.
  for (let v = 0; v < components.length; v++) {
    const component = components[v]!;
    if (component.hostingSource !== 'unknown') continue;
    const capabilities = context.dependents(context.index.positionOf(component.id)!);
    if (capabilities.length === 0) continue;
    findings.push({
      rule: meta.id,
      severity: meta.severity,
      message: `where ${component.id} (vendor:${component.vendor}) runs is unknown: it may share a region or provider with you, and the analysis cannot tell`,
      capability: capabilities[0]!,
      capabilities,
      component: component.id,
      domain: `vendor:${component.vendor}`,
      path: context.pathTo(capabilities[0]!, component.id),
    });
  }
  return findings;
}
