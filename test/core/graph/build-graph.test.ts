import { describe, expect, it } from 'vitest';
import { prepareManifest, manifestOf, resource } from '../../helpers/pipeline.js';
import { childrenOf, NEVER } from '../../../src/core/graph/compiled-index.js';

const manifest = manifestOf(
  { k: { requires: ['svc', { atLeast: 2, of: ['a', 'a', 'b'] }] } },
  { svc: { select: { type: 'ecs' }, redundancy: 'any-region' }, a: { provider: 'aws', region: 'us-east-1' }, b: { saas: 'v' } },
);
const resources = [resource('arn:e', { region: 'us-east-1', type: 'ecs:service' }), resource('arn:w', { region: 'us-west-2', type: 'ecs:service' })];

describe('buildGraph', () => {
  it('holds components, gates and domains, with provenance on every node and edge', () => {
    const { graph } = prepareManifest(manifest, resources);
    expect(graph.getNodeAttribute('k', 'kind')).toBe('capability');
    expect(graph.getNodeAttribute('arn:e', 'provenance')).toBe('inventory');
    expect(graph.getNodeAttributes('region:aws/us-east-1')).toEqual({ kind: 'domain', provenance: 'declared', domainKind: 'region' });
    const gates = graph.filterNodes((_, attributes) => attributes.kind === 'gate');
    expect(gates.map((id) => [id, graph.getNodeAttribute(id, 'op' as never)])).toEqual([
      ['k#1', 'atLeast'],
      ['svc#1', 'anyOf'],
      ['svc#2', 'allOf'],
      ['svc#3', 'allOf'],
    ]);
    expect(graph.getNodeAttribute('svc#2', 'provenance')).toBe('selection');
    graph.forEachEdge((_edge, attributes) => expect(['declared', 'inventory', 'selection']).toContain(attributes.provenance));
  });

  it('keeps parallel edges, so atLeast counts a repeated alternative twice', () => {
    const { graph } = prepareManifest(manifest, resources);
    expect(graph.outEdges('k#1').filter((edge) => graph.target(edge) === 'a')).toHaveLength(2);
  });

  it('agrees edge for edge with the compiled index', () => {
    const { graph, index } = prepareManifest(manifest, resources);
    for (let v = 0; v < index.size; v++) {
      const id = index.ids[v]!;
      const fromGraph = graph.outEdges(id).filter((edge) => graph.getEdgeAttribute(edge, 'relation') === 'requires').map((edge) => graph.target(edge)).sort();
      expect(Array.from(childrenOf(index, v), (child) => index.ids[child]!).sort()).toEqual(fromGraph);
    }
    expect(index.threshold[index.positionOf('k#1')!]).toBe(2);
    expect(index.threshold[index.positionOf('svc#1')!]).toBe(2);
    expect(index.threshold[index.positionOf('a')!]).toBe(NEVER);
  });
});
