import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { prepare } from '../../src/core/prepare.js';
import { toGraphPayload } from '../../src/render/graph-payload.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { manifestOf, prepareManifest, resource } from '../helpers/pipeline.js';

const { model } = await loadModel('fixtures/example/faultline.yaml');
const analysis = analyze(prepare(model));

describe('toGraphPayload', () => {
  it('sends every component, flattened edges and the model for a small estate', () => {
    const graph = toGraphPayload(model, analysis);
    expect(graph.nodes).toHaveLength(model.components.length);
    expect(graph.components).toHaveLength(model.components.length);
    expect(graph.bundles).toBeUndefined();
    expect(graph.edges).toContainEqual({ source: 'seat-inventory', target: 'arn:aws:ec2:us-east-1:111122223333:instance/i-0seat0a1b2c3d4e5f6', alternative: true });
  });

  it('folds scanned resources into the first component that needs them above the threshold, and leaves the model out', () => {
    const graph = toGraphPayload(model, analysis, { collapseAbove: 10 });
    expect(graph.components).toBeUndefined();
    expect(graph.nodes.some((node) => node.kind === 'resource')).toBe(false);
    expect(graph.bundles!['seat-inventory']).toEqual([
      'arn:aws:ec2:us-east-1:111122223333:instance/i-0seat0a1b2c3d4e5f6',
      'arn:aws:ec2:us-east-1:111122223333:instance/i-0seat1a1b2c3d4e5f6',
      'arn:aws:ec2:us-east-1:111122223333:instance/i-0seat2a1b2c3d4e5f6',
    ]);
    expect(graph.nodes.find((node) => node.id === 'seat-inventory')).toMatchObject({ kind: 'component', count: 3, label: 'seat-inventory (3)' });
    expect(graph.edges.some((edge) => edge.target.startsWith('arn:') || edge.source.startsWith('arn:'))).toBe(false);
    expect(graph.edges).toContainEqual({ source: 'sell-tickets', target: 'checkout', alternative: false });
    const members = Object.values(graph.bundles!).flat();
    expect(new Set(members).size).toBe(members.length);
    expect(members).toHaveLength(model.components.filter((component) => component.kind === 'resource').length);
  });

  it('folds resources into a component named constructor, and counts none for one named toString that needs none', () => {
    const queue = (name: string) => resource(`arn:aws:sqs:us-east-1:1:${name}`, { type: 'sqs:queue', region: 'us-east-1' });
    const prepared = prepareManifest(manifestOf({ hasOwnProperty: { requires: ['constructor', 'toString'] } }, { constructor: { select: { type: 'sqs' } }, toString: { provider: 'aws', region: 'us-east-1' } }), [queue('a'), queue('b')]);
    const graph = toGraphPayload(prepared.model, analyze(prepared), { collapseAbove: 2 });
    expect(graph.bundles).toEqual({ constructor: ['arn:aws:sqs:us-east-1:1:a', 'arn:aws:sqs:us-east-1:1:b'] });
    expect(graph.nodes.find((node) => node.id === 'constructor')).toMatchObject({ count: 2, label: 'constructor (2)' });
    expect(graph.nodes.find((node) => node.id === 'toString')).toEqual(expect.not.objectContaining({ count: expect.anything() }));
    expect(graph.nodes.find((node) => node.id === 'toString')!.label).toBe('toString');
  });
});
