import { describe, expect, it } from 'vitest';
import { findPathTo, pathIds } from '../../../src/core/analysis/critical-paths.js';
import { findShortestPath } from '../../../src/core/analysis/propagate-failures.js';
import { manifestOf, prepareManifest } from '../../helpers/pipeline.js';

// shop needs api and a quorum of stores; api needs db; a and b need each other (a cycle).
const { index } = prepareManifest(
  manifestOf(
    { shop: { requires: ['api', { atLeast: 1, of: ['s1', 's2'] }] } },
    { api: { requires: ['db'] }, db: {}, s1: { requires: ['db'] }, s2: {}, a: { requires: ['b'] }, b: { requires: ['a'] }, lone: {} },
  ),
);
const at = (id: string) => index.positionOf(id)!;

describe('findPathTo', () => {
  it('finds the shortest chain of requirements, through requirement groups, naming components only', () => {
    expect(pathIds(index, findPathTo(index, at('shop'), at('db')))).toEqual(['shop', 'api', 'db']);
    expect(pathIds(index, findPathTo(index, at('shop'), at('s2')))).toEqual(['shop', 's2']);
  });

  it('is the node itself when it is the target, and empty when the target cannot be reached', () => {
    expect(pathIds(index, findPathTo(index, at('db'), at('db')))).toEqual(['db']);
    expect(findPathTo(index, at('db'), at('shop'))).toEqual([]);
    expect(findPathTo(index, at('shop'), at('lone'))).toEqual([]);
  });

  it('terminates on a cycle', () => {
    expect(pathIds(index, findPathTo(index, at('a'), at('b')))).toEqual(['a', 'b']);
    expect(findPathTo(index, at('a'), at('lone'))).toEqual([]);
  });
});

describe('findShortestPath', () => {
  it('enters only the nodes it is allowed to', () => {
    const notApi = (v: number) => v !== at('api');
    // With api closed, db is still reached through the quorum's s1.
    expect(pathIds(index, findShortestPath(index, at('shop'), notApi, (v) => v === at('db'))!)).toEqual(['shop', 's1', 'db']);
    expect(findShortestPath(index, at('api'), () => false, (v) => v === at('db'))).toBeUndefined();
  });
});
