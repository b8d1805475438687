/**
 * The engine against a brute-force reference on many seeded random manifests:
 * nested anyOf / allOf / atLeast, dependency cycles, every kind of domain,
 * capabilities requiring capabilities. The reference (test/helpers/random-manifest.ts) is written from
 * DESIGN section 2 alone, as plainly as possible: derive each component's domains,
 * iterate the requirement to a fixed point from the failures, try every single
 * failure and every pair.
 */
import { describe, expect, it } from 'vitest';
import { generate, reference, downUnder, referenceCutSets, toManifest, seeds, checkExplanation, checkChain, hasCycle } from '../../helpers/random-manifest.js';
import { analyzeManifest, prepareManifest, random, simulateManifest } from '../../helpers/pipeline.js';
import { findSingleRegionDependencies } from '../../../src/core/gate/single-region-dependencies.js';

describe('analyze against the brute-force reference', () => {
  it('agrees on SPOF components, SPOF domains and minimal cut sets up to order 2 for 600 random manifests', () => {
    let withCycles = 0;
    let withAtLeast = 0;
    for (const seed of seeds) {
      const m = generate(seed);
      const ref = reference(m);
      const text = JSON.stringify(m);
      if (text.includes('atLeast')) withAtLeast++;
      if (hasCycle(ref)) withCycles++;
      const analysis = analyzeManifest(toManifest(m), { maxOrder: 2 });
      for (const capability of analysis.capabilities) {
        const k = capability.id;
        const spofComponents = ref.ids.filter((c) => c !== k && downUnder(ref, new Set([c])).has(k)).sort();
        const spofDomains = ref.allDomains.filter((d) => downUnder(ref, new Set([d])).has(k));
        const context = `seed ${seed}, capability ${k}: ${text}`;
        expect(capability.spofComponents, context).toEqual(spofComponents);
        expect(capability.spofDomains, context).toEqual(spofDomains);
        expect(capability.status, context).toBe(spofDomains.length > 0 ? 'spof' : 'resilient');
        const cutSets = referenceCutSets(ref, k, 2);
        expect(capability.cutSets, context).toEqual(cutSets);
        expect(capability.minCut, context).toBe(cutSets[0]?.length ?? null);
      }
    }
    // The generator must really produce the hard cases, or this test proves little.
    expect(withCycles).toBeGreaterThan(100);
    expect(withAtLeast).toBeGreaterThan(100);
  });

  it('agrees on minimal cut sets of order 3 for 150 random manifests', () => {
    for (const seed of seeds.slice(0, 150)) {
      const m = generate(seed * 7919);
      const ref = reference(m);
      const analysis = analyzeManifest(toManifest(m), { maxOrder: 3 });
      for (const capability of analysis.capabilities) {
        expect(capability.cutSets, `seed ${seed * 7919} ${capability.id}`).toEqual(referenceCutSets(ref, capability.id, 3));
      }
    }
  });

  it('explains every SPOF domain by the component of it that alone takes the capability down, or by a tree when none does', () => {
    for (const seed of seeds.slice(0, 200)) {
      const m = generate(seed);
      const ref = reference(m);
      for (const capability of analyzeManifest(toManifest(m)).capabilities) {
        expect(capability.paths.map((p) => p.domain)).toEqual(capability.spofDomains);
        for (const explanation of capability.paths) {
          checkExplanation(ref, capability.id, new Set([explanation.domain]), explanation, `seed ${seed}, ${capability.id} with ${explanation.domain}: ${JSON.stringify(m)}`);
        }
      }
    }
  });
});

describe('the gate against the brute-force reference', () => {
  it('gives every capability a region takes down at least one dependency in that region, and only such', () => {
    let pairs = 0;
    for (const seed of seeds.slice(0, 300)) {
      const m = generate(seed);
      const ref = reference(m);
      const prepared = prepareManifest(toManifest(m));
      for (const region of ref.allDomains.filter((domain) => domain.startsWith('region:'))) {
        const down = downUnder(ref, new Set([region]));
        const found = findSingleRegionDependencies(prepared, region);
        const context = `seed ${seed}, ${region}: ${JSON.stringify(m)}`;
        for (const capability of ref.capabilityIds) {
          const mine = found.filter((pair) => pair.capability === capability);
          // A capability the region takes down never passes the gate silently.
          expect(mine.length > 0, `${context}: ${capability}`).toBe(down.has(capability) && !ref.domains.get(capability)!.has(region));
          for (const pair of mine) {
            expect(ref.domains.get(pair.component)!.has(region), context).toBe(true);
            checkChain(ref, pair.path, down, context);
          }
          pairs += mine.length;
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});

describe('simulate against the brute-force reference', () => {
  it('takes down exactly the least fixed point for 1,800 random scenarios, each explained by its real cause', () => {
    let trees = 0;
    let singles = 0;
    for (const seed of seeds) {
      const m = generate(seed);
      const ref = reference(m);
      const next = random(seed ^ 0x5eed);
      const pool = [...ref.allDomains, ...Object.keys(m.components)];
      if (pool.length === 0) continue;
      // Three scenarios per manifest, of one to four failures.
      for (let draw = 0; draw < 3; draw++) {
        const fail = [...new Set(Array.from({ length: 1 + Math.floor(next() * 4) }, () => pool[Math.floor(next() * pool.length)]!))];
        const simulation = simulateManifest(toManifest(m), fail);
        const down = downUnder(ref, new Set(fail));
        const context = `seed ${seed}, fail ${fail.join(' ')}: ${JSON.stringify(m)}`;
        expect(simulation.down, context).toEqual([...down].filter((id) => !ref.capabilityIds.includes(id)).sort());
        for (const capability of simulation.capabilities) {
          expect(capability.status === 'down', context).toBe(down.has(capability.id));
          if (capability.status !== 'down') continue;
          checkExplanation(ref, capability.id, new Set(fail), capability, context);
          if (capability.tree === undefined || capability.cause !== undefined) expect(fail).toContain(capability.cause);
          if (capability.tree === undefined) singles++;
          else trees++;
        }
      }
    }
    // Both kinds of explanation must really occur, or this test proves little.
    expect(trees).toBeGreaterThan(30);
    expect(singles).toBeGreaterThan(300);
  });
});
