import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../src/core/report.js';
import { bundleOwners, createBundleOpener, showCollapsed } from '../../src/render/collapsed-view.js';
import { collapseGraph, fullGraphPayload } from '../../src/render/graph-payload.js';
import { analyze } from '../../src/core/analyze.js';
import { manifestOf, prepareManifest, resource } from '../helpers/pipeline.js';

// Two services each select their two queues; the shop needs both services.
const prepared = prepareManifest(
  manifestOf({ shop: { requires: ['orders', 'mail'] } }, { orders: { select: { tags: { service: 'orders' } } }, mail: { select: { tags: { service: 'mail' } }, redundancy: 'any' } }),
  ['o1', 'o2', 'm1', 'm2'].map((id) => resource(id, { region: id.endsWith('1') ? 'us-east-1' : 'eu-west-1', tags: { service: id.startsWith('o') ? 'orders' : 'mail' } })),
);
const full = fullGraphPayload(prepared.model, analyze(prepared));
const collapsed = collapseGraph(full);

describe('bundleOwners', () => {
  it('maps each folded resource to the component that stands for it', () => {
    expect(Object.fromEntries(bundleOwners(collapsed.bundles))).toEqual({ o1: 'orders', o2: 'orders', m1: 'mail', m2: 'mail' });
    expect(bundleOwners(undefined).size).toBe(0);
  });
});

describe('createBundleOpener', () => {
  it('gives a bundle its resources and every edge that touches them', () => {
    const open = createBundleOpener(full, collapsed.bundles);
    const orders = open('orders')!;
    expect(orders.nodes.map((node) => node.id)).toEqual(['o1', 'o2']);
    expect(orders.edges).toEqual([
      { source: 'orders', target: 'o1', alternative: false },
      { source: 'orders', target: 'o2', alternative: false },
    ]);
    expect(open('mail')!.edges.every((edge) => edge.alternative)).toBe(true);
  });

  it('opens nothing for a component that is not a bundle, or a name inherited from Object', () => {
    const open = createBundleOpener(full, collapsed.bundles);
    expect(open('shop')).toBeUndefined();
    expect(open('constructor')).toBeUndefined();
    expect(open('__proto__')).toBeUndefined();
  });
});

describe('showCollapsed', () => {
  const result: Simulation = {
    failed: ['region:aws/us-east-1'],
    down: ['o1', 'orders', 'shop'],
    capabilities: [{ id: 'shop', status: 'down', path: ['shop', 'orders', 'o1'] }],
  } as Simulation;

  it('leaves folded resources out of down and names their component on paths', () => {
    const shown = showCollapsed(result, bundleOwners(collapsed.bundles), new Set());
    expect(shown.down).toEqual(['orders', 'shop']);
    expect(shown.capabilities[0]!.path).toEqual(['shop', 'orders']);
  });

  it('shows the resources of an opened bundle as they are', () => {
    expect(showCollapsed(result, bundleOwners(collapsed.bundles), new Set(['orders']))).toEqual(result);
  });
});

describe('collapseGraph', () => {
  const node = (id: string, kind: 'capability' | 'component' | 'resource') => ({ id, kind, label: id, domains: [], provenance: 'declared' });
  const graph = {
    faultlineGraph: 1 as const,
    name: 'lifted',
    nodes: [node('shop', 'capability'), node('api', 'component'), node('jobs', 'component'), node('control', 'component'), node('f1', 'resource'), node('f2', 'resource'), node('t1', 'resource')],
    edges: [
      { source: 'shop', target: 'api', alternative: false },
      { source: 'shop', target: 'jobs', alternative: false },
      { source: 'api', target: 'f1', alternative: true },
      { source: 'api', target: 'f2', alternative: true },
      { source: 'jobs', target: 't1', alternative: false },
      { source: 'f1', target: 'control', alternative: false },
      { source: 'f2', target: 'control', alternative: false },
      { source: 'f2', target: 't1', alternative: false },
      { source: 'jobs', target: 'control', alternative: false },
    ],
    domains: [],
  };

  it('gives a component what its folded resources need, once, marked folded, dashed when they were alternatives', () => {
    const collapsed = collapseGraph(graph);
    expect(collapsed.bundles).toEqual({ api: ['f1', 'f2'], jobs: ['t1'] });
    expect(collapsed.edges).toEqual([
      { source: 'shop', target: 'api', alternative: false },
      { source: 'shop', target: 'jobs', alternative: false },
      { source: 'jobs', target: 'control', alternative: false },
      { source: 'api', target: 'control', alternative: true, folded: true },
      { source: 'api', target: 'jobs', alternative: true, folded: true },
    ]);
  });
});
