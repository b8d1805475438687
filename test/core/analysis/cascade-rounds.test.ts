/**
 * The cascade in rounds: small cases that pin the counting (groups take no round),
 * what each round says, the bound on scanned resources, and a brute-force
 * reference on seeded random manifests written from the definition alone: each
 * round re-evaluates every requirement against what the rounds before it failed.
 */
import { describe, expect, it } from 'vitest';
import { findCascadeRounds } from '../../../src/core/analysis/cascade-rounds.js';
import { propagateFailures } from '../../../src/core/analysis/propagate-failures.js';
import { childrenOf, membersOf, type CompiledIndex } from '../../../src/core/graph/compiled-index.js';
import { resolveScenario } from '../../../src/core/scenario.js';
import { manifestOf, prepareManifest, random, resource, simulateManifest } from '../../helpers/pipeline.js';

describe('findCascadeRounds', () => {
  it('puts what fails directly in round 0 and each dependent one round after what took it down', () => {
    const result = simulateManifest(manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: { provider: 'aws' } }), ['provider:aws']);
    expect(result.rounds).toEqual([
      { round: 0, down: [{ id: 'b', cause: 'provider:aws' }] },
      { round: 1, down: [{ id: 'a', because: ['b'] }] },
      { round: 2, down: [{ id: 'k', because: ['a'] }] },
    ]);
  });

  it('gives a group of alternatives no round of its own, and names every alternative that fell', () => {
    const result = simulateManifest(manifestOf({ k: { requires: [{ anyOf: ['a', { allOf: ['b', 'c'] }] }] } }, { a: { domains: ['x'] }, b: { domains: ['x'] }, c: {} }), ['custom:x']);
    expect(result.rounds).toEqual([
      { round: 0, down: [{ id: 'a', cause: 'custom:x' }, { id: 'b', cause: 'custom:x' }] },
      { round: 1, down: [{ id: 'k', because: ['a', 'b'] }] },
    ]);
  });

  it('waits for the last alternative: a node falls the round after its requirement became false', () => {
    const result = simulateManifest(manifestOf({ k: { requires: [{ anyOf: ['a', 'm'] }] } }, { a: { domains: ['x'] }, m: { requires: ['b'] }, b: { domains: ['x'] } }), ['custom:x']);
    expect(result.rounds.map((round) => round.down.map((fall) => fall.id))).toEqual([['a', 'b'], ['m'], ['k']]);
    expect(result.rounds[2]!.down[0]).toEqual({ id: 'k', because: ['a', 'm'] });
  });

  it('names a component failed by name as its own cause, and leaves a standing group out of why', () => {
    const result = simulateManifest(manifestOf({ k: { requires: ['a', { anyOf: ['b', 'c'] }] } }, { a: {}, b: {}, c: {} }), ['a', 'b']);
    expect(result.rounds).toEqual([
      { round: 0, down: [{ id: 'a', cause: 'a' }, { id: 'b', cause: 'b' }] },
      { round: 1, down: [{ id: 'k', because: ['a'] }] },
    ]);
  });

  it('has no rounds when nothing fails, and a cycle falls together once one member does', () => {
    const cycle = manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: { requires: ['a', 'c'] }, c: {}, d: { domains: ['x'] } });
    expect(simulateManifest(cycle, ['custom:x']).rounds).toEqual([{ round: 0, down: [{ id: 'd', cause: 'custom:x' }] }]);
    expect(simulateManifest(cycle, ['c']).rounds.map((round) => round.down.map((fall) => fall.id))).toEqual([['c'], ['b'], ['a'], ['k']]);
  });

  it('counts the scanned resources of a round above 100 instead of listing them, and bounds why', () => {
    const resources = Array.from({ length: 120 }, (_, i) => resource(`arn:aws:ec2:us-east-1:111122223333:instance/i-${String(i).padStart(3, '0')}`, { region: 'us-east-1', tags: { service: 'web' } }));
    const result = simulateManifest(manifestOf({ k: { requires: ['web'] } }, { web: { select: { tags: { service: 'web' } } } }), ['region:aws/us-east-1'], resources);
    expect(result.down).toHaveLength(120 + result.rounds[0]!.down.length + 1);
    expect(result.rounds[0]).toMatchObject({ round: 0, resources: 120 });
    expect(result.rounds[0]!.down.every((fall) => !fall.id.startsWith('arn:'))).toBe(true);
    const web = result.rounds.flatMap((round) => round.down).find((fall) => fall.id === 'web')!;
    expect(web.because).toHaveLength(8);
    expect(web.moreBecause).toBeGreaterThanOrEqual(112);
  });
});

describe('findCascadeRounds against the definition', () => {
  /** Round by round: a component goes down once its requirement is false given the components of earlier rounds. */
  function referenceRounds(index: CompiledIndex, direct: Set<number>): Map<number, number> {
    const rounds = new Map<number, number>();
    for (const v of direct) rounds.set(v, 0);
    const isFalse = (v: number, earlier: (c: number) => boolean): boolean => {
      if (v < index.componentCount) return earlier(v);
      let failed = 0;
      for (const child of childrenOf(index, v)) if (isFalse(child, earlier)) failed++;
      return failed >= index.threshold[v]!;
    };
    for (let k = 1; ; k++) {
      const earlier = (c: number) => rounds.has(c) && rounds.get(c)! < k;
      const falling: number[] = [];
      for (let v = 0; v < index.componentCount; v++) {
        if (rounds.has(v)) continue;
        let failed = 0;
        for (const child of childrenOf(index, v)) if (isFalse(child, earlier)) failed++;
        if (failed >= index.threshold[v]!) falling.push(v);
      }
      if (falling.length === 0) return rounds;
      for (const v of falling) rounds.set(v, k);
    }
  }

  function randomManifest(seed: number) {
    const next = random(seed);
    const ids = Array.from({ length: 4 + Math.floor(next() * 8) }, (_, i) => `c${i}`);
    const pick = (owner?: string): string => {
      const id = ids[Math.floor(next() * ids.length)]!;
      return id === owner ? pick(owner) : id;
    };
    const term = (depth: number, owner?: string): unknown => {
      if (depth >= 2 || next() < 0.6) return pick(owner);
      const terms = Array.from({ length: 1 + Math.floor(next() * 3) }, () => term(depth + 1, owner));
      const kind = next();
      return kind < 0.4 ? { anyOf: terms } : kind < 0.7 ? { allOf: terms } : { atLeast: 1 + Math.floor(next() * terms.length), of: terms };
    };
    const components = Object.fromEntries(
      ids.map((id) => {
        const requires = next() < 0.35 ? [] : Array.from({ length: 1 + Math.floor(next() * 3) }, () => term(0, id));
        return [id, { ...(next() < 0.5 && { domains: [next() < 0.5 ? 'x' : 'y'] }), ...(requires.length > 0 && { requires }) }];
      }),
    );
    return manifestOf({ k0: { requires: [pick()] }, k1: { requires: [term(0)] } }, components);
  }

  it('agrees with the reference, and fails what propagateFailures fails, on 300 random manifests', () => {
    let compared = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const prepared = prepareManifest(randomManifest(seed));
      const { index } = prepared;
      const entries = seed % 2 === 0 ? ['custom:x'] : [`c${seed % 4}`];
      if (entries[0]!.startsWith('custom:') && !index.domainIndexOf.has(entries[0]!)) continue;
      const scenario = resolveScenario(index, entries);
      const direct = new Set<number>([...scenario.components, ...scenario.domains.flatMap((d) => Array.from(membersOf(index, d)))]);
      const rounds = findCascadeRounds(index, scenario);
      const expected = referenceRounds(index, direct);
      const down = propagateFailures(index, scenario).down;
      for (let v = 0; v < index.componentCount; v++) {
        expect(rounds[v], `seed ${seed}, ${index.ids[v]}`).toBe(expected.get(v) ?? -1);
        expect(rounds[v]! >= 0, `seed ${seed}, ${index.ids[v]}`).toBe(down[v] === 1);
      }
      compared++;
    }
    expect(compared).toBeGreaterThan(200);
  });
});
