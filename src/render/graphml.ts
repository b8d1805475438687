/**
 * The dependency graph as GraphML, for Gephi, yEd and graph databases: every
 * component, requirement group and failure domain as a node, every `requires`
 * and `in` edge, with kind, provenance and place as attributes.
 */
import type { DependencyGraph } from '../core/graph/build-graph.js';
import { escapeXml } from './escape-xml.js';

const nodeKeys = ['kind', 'label', 'provenance', 'type', 'provider', 'region', 'account', 'vendor', 'op', 'k'] as const;

export function renderGraphml(graph: DependencyGraph): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const key of nodeKeys) out.push(`  <key id="${key}" for="node" attr.name="${key}" attr.type="${key === 'k' ? 'int' : 'string'}"/>`);
  out.push('  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>', '  <key id="edge-provenance" for="edge" attr.name="provenance" attr.type="string"/>');
  out.push(`  <graph id="${escapeXml(graph.getAttribute('name'))}" edgedefault="directed">`);
  graph.forEachNode((id, attributes) => {
    const data: Record<string, string | number | undefined> = { kind: attributes.kind, label: id, provenance: attributes.provenance };
    if (attributes.kind === 'gate') Object.assign(data, { op: attributes.op, k: attributes.k });
    else if (attributes.kind !== 'domain') {
      const { component } = attributes;
      Object.assign(data, { type: component.type, provider: component.provider, region: component.region, account: component.account, vendor: component.vendor });
    }
    const fields = nodeKeys.filter((key) => data[key] !== undefined).map((key) => `<data key="${key}">${escapeXml(String(data[key]))}</data>`);
    out.push(`    <node id="${escapeXml(id)}">${fields.join('')}</node>`);
  });
  // Edges are numbered in the graph's own order (the model's, which is stable): two exports of one estate are the same file.
  let edges = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    out.push(`    <edge id="e${edges++}" source="${escapeXml(source)}" target="${escapeXml(target)}"><data key="relation">${attributes.relation}</data><data key="edge-provenance">${attributes.provenance}</data></edge>`);
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

