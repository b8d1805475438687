/**
 * The dependency graph as GraphML, for Gephi, yEd and graph databases: every
 * component, requirement group and failure domain as a node, every `requires`
 * and `in` edge, with kind, provenance and place as attributes. A dependency a
 * source discovered says where it was found (`found-by`, `via`), whether it was
 * declared or observed, and for an observed one its evidence (`count`, `first-seen`,
 * `last-seen`, `example`); a reference a
 * source found that is not a need is an `ignored` edge with its reason.
 */
import type { DependencyGraph } from '../core/graph/build-graph.js';
import type { DiscoveredNeed } from '../core/model.js';
import { escapeXml } from './escape-xml.js';

const nodeKeys = ['kind', 'label', 'provenance', 'type', 'provider', 'region', 'zone', 'account', 'vendor', 'op', 'k', 'origins'] as const;
const edgeKeys = ['relation', 'edge-provenance', 'found-by', 'dependency-kind', 'via', 'reason', 'count', 'first-seen', 'last-seen', 'example'] as const;

/** What a source says of a discovered edge: declared or observed, through what, and for an observed one its evidence. */
function foundData(found: DiscoveredNeed): Partial<Record<(typeof edgeKeys)[number], string>> {
  const { evidence } = found;
  return {
    'dependency-kind': found.kind,
    ...(found.via !== undefined && { via: found.via }),
    ...(evidence?.count !== undefined && { count: String(evidence.count) }),
    ...(evidence?.firstSeen !== undefined && { 'first-seen': evidence.firstSeen }),
    ...(evidence?.lastSeen !== undefined && { 'last-seen': evidence.lastSeen }),
    ...(evidence?.example !== undefined && { example: evidence.example }),
  };
}

export function renderGraphml(graph: DependencyGraph): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'];
  for (const key of nodeKeys) out.push(`  <key id="${key}" for="node" attr.name="${key}" attr.type="${key === 'k' ? 'int' : 'string'}"/>`);
  for (const key of edgeKeys) out.push(`  <key id="${key}" for="edge" attr.name="${key === 'edge-provenance' ? 'provenance' : key}" attr.type="${key === 'count' ? 'int' : 'string'}"/>`);
  out.push(`  <graph id="${escapeXml(graph.getAttribute('name'))}" edgedefault="directed">`);
  graph.forEachNode((id, attributes) => {
    const data: Record<string, string | number | undefined> = { kind: attributes.kind, label: id, provenance: attributes.provenance };
    if (attributes.kind === 'gate') Object.assign(data, { op: attributes.op, k: attributes.k });
    else if (attributes.kind !== 'domain') {
      const { component } = attributes;
      const origins = component.origins?.map((origin) => `${origin.source} ${origin.file}${origin.address ? ` ${origin.address}` : ''}`).join('; ');
      Object.assign(data, { type: component.type, provider: component.provider, region: component.region, zone: component.zone, account: component.account, vendor: component.vendor, origins });
    }
    const fields = nodeKeys.filter((key) => data[key] !== undefined).map((key) => `<data key="${key}">${escapeXml(String(data[key]))}</data>`);
    out.push(`    <node id="${escapeXml(id)}">${fields.join('')}</node>`);
  });
  // Edges are numbered in the graph's own order (the model's, which is stable): two exports of one estate are the same file.
  let edges = 0;
  const edge = (source: string, target: string, data: Partial<Record<(typeof edgeKeys)[number], string>>) => {
    const fields = edgeKeys.filter((key) => data[key] !== undefined).map((key) => `<data key="${key}">${escapeXml(data[key]!)}</data>`);
    out.push(`    <edge id="e${edges++}" source="${escapeXml(source)}" target="${escapeXml(target)}">${fields.join('')}</edge>`);
  };
  const componentOf = (id: string) => {
    const node = graph.getNodeAttributes(id);
    return node.kind === 'gate' || node.kind === 'domain' ? undefined : node.component;
  };
  graph.forEachEdge((_edge, attributes, source, target) => {
    const found = attributes.provenance === 'discovered' ? componentOf(source)?.discovered?.find((need) => need.to.includes(target)) : undefined;
    edge(source, target, { relation: attributes.relation, 'edge-provenance': attributes.provenance, ...(found !== undefined && { 'found-by': found.provenance, ...foundData(found) }) });
  });
  // What sources found and faultline does not count as a need: shown, with why, between the nodes that are drawn.
  graph.forEachNode((id, attributes) => {
    if (attributes.kind === 'gate' || attributes.kind === 'domain') return;
    for (const reference of attributes.component.ignored ?? []) {
      for (const target of reference.to) {
        if (graph.hasNode(target)) edge(id, target, { relation: 'ignored', 'edge-provenance': 'discovered', 'found-by': reference.provenance, ...foundData(reference), reason: reference.reason });
      }
    }
  });
  out.push('  </graph>', '</graphml>');
  return `${out.join('\n')}\n`;
}

