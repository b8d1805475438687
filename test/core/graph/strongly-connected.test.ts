import { describe, expect, it } from 'vitest';
import { findStronglyConnected } from '../../../src/core/graph/strongly-connected.js';
import { manifestOf, prepareManifest } from '../../helpers/pipeline.js';

/** Which ids share a component with which, as sorted groups of ids (gates left out). */
function groups(manifest: unknown): string[][] {
  const { index } = prepareManifest(manifest);
  const component = findStronglyConnected(index);
  const byComponent = new Map<number, string[]>();
  for (let v = 0; v < index.componentCount; v++) byComponent.set(component[v]!, [...(byComponent.get(component[v]!) ?? []), index.ids[v]!]);
  return [...byComponent.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

describe('findStronglyConnected', () => {
  it('puts every node of an acyclic graph alone', () => {
    expect(groups(manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: {} }))).toEqual([['a'], ['b'], ['k']]);
  });

  it('puts a cycle together, through requirement groups too, and leaves what hangs off it alone', () => {
    const manifest = manifestOf({ k: { requires: ['a'] } }, { a: { requires: [{ anyOf: ['b', 'x'] }] }, b: { requires: ['c'] }, c: { requires: ['a'] }, x: {} });
    expect(groups(manifest)).toEqual([['a', 'b', 'c'], ['k'], ['x']]);
  });

  it('separates two cycles joined by one edge, and handles disconnected parts', () => {
    const manifest = manifestOf({ k: { requires: ['a'] }, j: { requires: ['z'] } }, { a: { requires: ['b'] }, b: { requires: ['a', 'c'] }, c: { requires: ['d'] }, d: { requires: ['c'] }, z: {} });
    expect(groups(manifest)).toEqual([['a', 'b'], ['c', 'd'], ['j'], ['k'], ['z']]);
  });

  it('walks a cycle of 100,000 nodes without running out of stack', () => {
    const n = 100_000;
    const components = Object.fromEntries(Array.from({ length: n }, (_, i) => [`c${i}`, { requires: [`c${(i + 1) % n}`] }]));
    const { index } = prepareManifest(manifestOf({ k: { requires: ['c0'] } }, components));
    const component = findStronglyConnected(index);
    expect(new Set(Array.from({ length: n }, (_, i) => component[index.positionOf(`c${i}`)!])).size).toBe(1);
  });
});
