import { describe, expect, it } from 'vitest';
import { analyzeManifest, manifestOf, simulateManifest } from '../../helpers/pipeline.js';

describe('simulate on small graphs', () => {
  it('leaves everything up when what fails is not depended on', () => {
    const result = simulateManifest(manifestOf({ k: { requires: ['a'] } }, { a: {}, b: {} }), ['b']);
    expect(result.capabilities).toEqual([{ id: 'k', status: 'up', path: [] }]);
    expect(result.down).toEqual(['b']);
  });

  it('never fails a dependency cycle by itself', () => {
    const cycle = manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: { requires: ['a'] }, c: { domains: ['x'] } });
    expect(simulateManifest(cycle, ['custom:x']).down).toEqual(['c']);
    expect(analyzeManifest(cycle).capabilities[0]).toMatchObject({ status: 'resilient', spofComponents: ['a', 'b'], minCut: null });
  });

  it('takes a whole cycle down when one member fails', () => {
    const cycle = manifestOf({ k: { requires: ['a'] } }, { a: { requires: ['b'] }, b: { requires: ['a', 'c'] }, c: {} });
    const result = simulateManifest(cycle, ['c']);
    expect(result.down).toEqual(['a', 'b', 'c']);
    expect(result.capabilities[0]).toEqual({ id: 'k', status: 'down', path: ['k', 'a', 'b', 'c'], cause: 'c' });
  });

  it('counts a repeated alternative twice in atLeast', () => {
    const quorum = manifestOf({ k: { requires: [{ atLeast: 2, of: ['a', 'a', 'b'] }] } }, { a: {}, b: {} });
    expect(simulateManifest(quorum, ['b']).capabilities[0]!.status).toBe('degraded');
    expect(simulateManifest(quorum, ['a']).capabilities[0]!.status).toBe('down');
  });

  it('keeps disconnected capabilities apart', () => {
    const result = simulateManifest(manifestOf({ k: { requires: ['a'] }, j: { requires: ['b'] } }, { a: {}, b: {} }), ['a']);
    expect(result.capabilities.map((c) => [c.id, c.status])).toEqual([
      ['j', 'up'],
      ['k', 'down'],
    ]);
  });

  it('lets a capability fail through another capability', () => {
    const result = simulateManifest(manifestOf({ k: { requires: ['j'] }, j: { requires: ['a'] } }, { a: { provider: 'aws' } }), ['provider:aws']);
    expect(result.capabilities.find((c) => c.id === 'k')).toEqual({ id: 'k', status: 'down', path: ['k', 'j', 'a'], cause: 'provider:aws' });
    expect(result.down).toEqual(['a']);
  });
});

describe('analyze on small graphs', () => {
  it('finds order-2 cut sets of a two-region service', () => {
    const [k] = analyzeManifest(manifestOf({ k: { requires: [{ anyOf: ['e', 'w'] }] } }, { e: { provider: 'aws', region: 'us-east-1' }, w: { provider: 'gcp', region: 'europe-west1' } })).capabilities;
    expect(k).toMatchObject({ status: 'resilient', spofDomains: [], minCut: 2 });
    expect(k!.cutSets).toEqual([
      ['provider:aws', 'provider:gcp'],
      ['provider:aws', 'region:gcp/europe-west1'],
      ['provider:gcp', 'region:aws/us-east-1'],
      ['region:aws/us-east-1', 'region:gcp/europe-west1'],
    ]);
  });

  it('reports minCut null when nothing up to the order takes the capability down', () => {
    const [k] = analyzeManifest(manifestOf({ k: { requires: ['a'] } }, { a: {} }), { maxOrder: 2 }).capabilities;
    expect(k).toMatchObject({ status: 'resilient', cutSets: [], minCut: null, spofComponents: ['a'] });
  });
});
