/**
 * Published fault trees (Aralia benchmarks and textbook trees in Open-PSA form,
 * see test/fixtures/open-psa/README.md) mapped to manifests: each basic event is a
 * component in its own custom domain, each gate a component. A fault-tree gate
 * describes failure and a requirement describes being up, so an OR of failures
 * needs all arguments up, an AND of failures needs any one, and "at least k of n
 * fail" needs n-k+1 up. The capability's minimal cut sets of order <= 2 must match
 * the published counts, and the sets themselves where they are listed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeManifest, prepareManifest } from '../../helpers/pipeline.js';
import { analyze } from '../../../src/core/analyze.js';

interface FaultTree {
  top: string;
  gates: Record<string, { op: 'and' | 'or' | 'atleast'; k?: number; args: string[] }>;
  events: string[];
}
interface Expected {
  events: number;
  gates: number;
  order1: number;
  order2: number;
  order1Sets?: string[][];
  order2Sets?: string[][];
}

const folder = new URL('../../fixtures/open-psa/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', folder), 'utf8')) as Record<string, Expected>;
const models = readdirSync(new URL('models/', folder)).map((file) => file.replace(/\.json$/, '')).sort();

export function toManifest(tree: FaultTree) {
  const components: Record<string, unknown> = {};
  for (const event of tree.events) components[event] = { domains: [event] };
  for (const [gate, { op, k, args }] of Object.entries(tree.gates)) {
    if (op === 'or') components[gate] = { requires: args };
    else if (op === 'and') components[gate] = { requires: [{ anyOf: args }] };
    else components[gate] = { requires: [{ atLeast: args.length - k! + 1, of: args }] };
  }
  return { version: 1, name: 'fault-tree', components, capabilities: { 'top-event': { requires: [tree.top] } } };
}

describe('minimal cut sets on the Open-PSA benchmark trees', () => {
  it('covers every model that has expected counts', () => {
    expect(models.length).toBeGreaterThanOrEqual(30);
    expect(models.filter((name) => expected[name] === undefined)).toEqual([]);
  });

  for (const name of models) {
    it(`matches the published order-1 and order-2 counts of ${name}`, () => {
      const tree = JSON.parse(readFileSync(new URL(`models/${name}.json`, folder), 'utf8')) as FaultTree;
      const want = expected[name]!;
      expect(tree.events.length).toBe(want.events);
      expect(Object.keys(tree.gates).length).toBe(want.gates);

      const [capability] = analyzeManifest(toManifest(tree), { maxOrder: 2 }).capabilities;
      const events = (set: string[]) => set.map((domain) => domain.replace(/^custom:/, '')).sort();
      const order1 = capability!.cutSets.filter((set) => set.length === 1).map(events);
      const order2 = capability!.cutSets.filter((set) => set.length === 2).map(events);
      expect(order1.length).toBe(want.order1);
      expect(order2.length).toBe(want.order2);
      if (want.order1Sets) expect(order1).toEqual(want.order1Sets.map((set) => [...set].sort()).sort());
      if (want.order2Sets) expect(order2.map((s) => s.join(' ')).sort()).toEqual(want.order2Sets.map((set) => [...set].sort().join(' ')).sort());
      expect(capability!.minCut).toBe(want.order1 > 0 ? 1 : want.order2 > 0 ? 2 : null);
    });

    it(`gives ${name} the same analysis on classes of interchangeable components as on every node`, () => {
      const manifest = toManifest(JSON.parse(readFileSync(new URL(`models/${name}.json`, folder), 'utf8')) as FaultTree);
      const folded = prepareManifest(manifest);
      // Every basic event is in a domain of its own, so no two events are alike.
      expect(folded.folded!.classOf.filter((c, v) => v < folded.index.componentCount && folded.index.ownDomains[v]!.length > 0 && folded.folded!.classOffsets[c + 1]! - folded.folded!.classOffsets[c]! > 1).length).toBe(0);
      expect(analyze(folded, { maxOrder: 2 })).toEqual(analyze(prepareManifest(manifest, [], { fold: false }), { maxOrder: 2 }));
    });
  }
});
