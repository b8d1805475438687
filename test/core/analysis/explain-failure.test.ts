import { describe, expect, it } from 'vitest';
import { treeChains } from '../../../src/core/analysis/explain-failure.js';
import { treeLines, treeSentence } from '../../../src/core/failure-words.js';
import { analyzeManifest, manifestOf, simulateManifest } from '../../helpers/pipeline.js';

const inUse1 = { provider: 'aws', region: 'us-east-1' };
const inEuw1 = { provider: 'aws', region: 'eu-west-1' };
const down = (manifest: unknown, fail: string[]) => simulateManifest(manifest, fail).capabilities.find((c) => c.id === 'k')!;

describe('explainFailure', () => {
  it('ends at the component that alone takes the capability down, even behind a group of replicas', () => {
    const manifest = manifestOf({ k: { requires: ['svc'] } }, { svc: { requires: [{ anyOf: ['r1', 'r2'] }] }, r1: { ...inUse1, requires: ['db'] }, r2: { ...inEuw1, requires: ['db'] }, db: inUse1 });
    expect(down(manifest, ['region:aws/us-east-1'])).toEqual({ id: 'k', status: 'down', path: ['k', 'svc', 'r2', 'db'], cause: 'region:aws/us-east-1' });
  });

  it('prefers the nearest such component', () => {
    const manifest = manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: { ...inUse1, requires: ['c'] }, c: inUse1 });
    expect(down(manifest, ['region:aws/us-east-1']).path).toEqual(['k', 'a', 'b']);
  });

  it('gives a tree when only the failures together take a group down', () => {
    const manifest = manifestOf({ k: { requires: [{ atLeast: 2, of: ['a', 'b', 'c'] }] } }, { a: inUse1, b: { provider: 'aws', zone: 'z1' }, c: inEuw1 });
    const result = down(manifest, ['region:aws/us-east-1', 'zone:aws/z1']);
    expect(result.path).toEqual(['k']);
    expect(result.cause).toBeUndefined();
    expect(result.tree).toEqual({
      path: ['k'],
      alternatives: { need: 2, of: 3, failedCount: 2, failed: [{ path: ['a'], cause: 'region:aws/us-east-1' }, { path: ['b'], cause: 'zone:aws/z1' }] },
    });
    expect(treeLines(result.tree!)).toEqual(['k needs 2 of 3, and 2 fail:', '  a (in region:aws/us-east-1)', '  b (in zone:aws/z1)']);
    expect(treeChains(result.tree!)).toEqual([['k', 'a'], ['k', 'b']]);
  });

  it('explains each alternative by its own cause, down a nested group', () => {
    const manifest = manifestOf(
      { k: { requires: ['store'] }, hotfix: { requires: ['sign-in'] } },
      { store: { requires: [{ anyOf: ['table', { allOf: ['replica', 'hotfix'] }] }] }, table: inUse1, replica: inEuw1, 'sign-in': inUse1 },
    );
    const result = down(manifest, ['region:aws/us-east-1']);
    expect(result.tree).toEqual({
      path: ['k', 'store'],
      alternatives: {
        need: 1,
        of: 2,
        failedCount: 2,
        failed: [
          { path: ['table'], cause: 'region:aws/us-east-1' },
          { path: ['hotfix', 'sign-in'], group: '(replica + hotfix)', cause: 'region:aws/us-east-1' },
        ],
      },
    });
    expect(treeSentence(result.tree!)).toBe('k → store needs 1 of 2, and both fail: table, (replica + hotfix) → hotfix → sign-in');
  });

  it('is finite on a dependency cycle, and descends only to what fell earlier', () => {
    // a and b need each other; a can do without b through x, b cannot do without y.
    const manifest = manifestOf({ k: { requires: ['a'] } }, { a: { requires: [{ anyOf: ['b', 'x'] }] }, b: { requires: ['y', 'a'] }, x: inUse1, y: inUse1 });
    const result = down(manifest, ['region:aws/us-east-1']);
    expect(result.tree).toEqual({
      path: ['k', 'a'],
      alternatives: { need: 1, of: 2, failedCount: 2, failed: [{ path: ['x'], cause: 'region:aws/us-east-1' }, { path: ['b', 'y'], cause: 'region:aws/us-east-1' }] },
    });
  });

  it('leaves a cycle that holds itself up standing', () => {
    const manifest = manifestOf({ k: { requires: ['a'] } }, { a: { requires: [{ anyOf: ['b', 'x'] }] }, b: { requires: [{ anyOf: ['a', 'y'] }] }, x: inUse1, y: inUse1 });
    expect(down(manifest, ['region:aws/us-east-1']).status).toBe('degraded');
  });

  it('counts a term listed twice as two alternatives', () => {
    const manifest = manifestOf({ k: { requires: [{ anyOf: ['a', 'b', 'b'] }] } }, { a: inUse1, b: inUse1 });
    expect(down(manifest, ['region:aws/us-east-1']).tree!.alternatives).toMatchObject({ need: 1, of: 3, failedCount: 3 });
    expect(down(manifest, ['region:aws/us-east-1']).tree!.alternatives!.failed.map((branch) => branch.path)).toEqual([['a'], ['b']]);
  });

  it('explains at most eight alternatives and counts the rest', () => {
    const ids = Array.from({ length: 11 }, (_, i) => `r${i}`);
    const manifest = manifestOf({ k: { requires: [{ anyOf: ids }] } }, Object.fromEntries(ids.map((id) => [id, inUse1])));
    const tree = down(manifest, ['region:aws/us-east-1']).tree!;
    expect(tree.alternatives).toMatchObject({ of: 11, failedCount: 11 });
    expect(tree.alternatives!.failed).toHaveLength(8);
    expect(treeLines(tree).at(-1)).toBe('  … and 3 more');
  });

  it('says a capability in the failed domain itself fails there', () => {
    const analysis = analyzeManifest(manifestOf({ k: { requires: ['a'], domains: ['lab'] } }, { a: inEuw1 }));
    expect(analysis.capabilities[0]!.paths).toContainEqual({ domain: 'custom:lab', path: ['k'] });
  });

  it('names a failed component as its own cause', () => {
    const manifest = manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: inEuw1 });
    expect(down(manifest, ['b'])).toMatchObject({ path: ['k', 'a', 'b'], cause: 'b' });
  });
});

describe('the analysis explanation', () => {
  it('is the same for analyze and for a simulation of the one domain', () => {
    const manifest = manifestOf({ k: { requires: ['cache'] } }, { cache: { requires: [{ anyOf: ['a', 'b'] }] }, a: inUse1, b: inUse1 });
    const [capability] = analyzeManifest(manifest).capabilities;
    const simulated = down(manifest, ['region:aws/us-east-1']);
    const { domain, ...explanation } = capability!.paths.find((p) => p.domain === 'region:aws/us-east-1')!;
    expect(domain).toBe('region:aws/us-east-1');
    expect(explanation).toEqual({ path: simulated.path, tree: simulated.tree });
  });
});
