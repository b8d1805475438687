import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/core/analyze.js';
import { checkAgainstBaseline, createBaseline, type GateRules, type Suppression } from '../../../src/core/gate/baseline.js';
import { gateRules, regionDomain } from '../../../src/core/gate/gate-rules.js';
import { findSingleRegionDependencies } from '../../../src/core/gate/single-region-dependencies.js';
import { manifestOf, prepareManifest } from '../../helpers/pipeline.js';

const east = 'region:aws/us-east-1';
const place = (region: string) => ({ provider: 'aws', region });

describe('findSingleRegionDependencies', () => {
  it('pairs a capability with each us-east-1 component whose failure takes it down, with the chain', () => {
    const prepared = prepareManifest(manifestOf({ links: { requires: ['api'] } }, { api: { requires: ['table', 'cache'] }, table: place('us-east-1'), cache: place('eu-west-1') }));
    expect(findSingleRegionDependencies(prepared, east)).toEqual([{ capability: 'links', component: 'table', path: ['links', 'api', 'table'] }]);
  });

  it('does not count a component with an alternative outside the region', () => {
    const prepared = prepareManifest(manifestOf({ links: { requires: [{ anyOf: ['table', 'replica'] }] } }, { table: place('us-east-1'), replica: place('eu-west-1') }));
    expect(findSingleRegionDependencies(prepared, east)).toEqual([]);
  });

  it('counts every alternative when all of them are in the region', () => {
    const prepared = prepareManifest(manifestOf({ links: { requires: [{ anyOf: ['a', 'b'] }] } }, { a: place('us-east-1'), b: place('us-east-1') }));
    expect(findSingleRegionDependencies(prepared, east).map((pair) => pair.component)).toEqual(['a', 'b']);
  });

  it('names what every replica needs, not a replica in the region that falls because of it', () => {
    const prepared = prepareManifest(
      manifestOf(
        { links: { requires: ['redirect'] } },
        { redirect: { requires: [{ anyOf: ['use1', 'euc1'] }] }, use1: { ...place('us-east-1'), requires: ['table'] }, euc1: { ...place('eu-central-1'), requires: ['table'] }, table: place('us-east-1') },
      ),
    );
    expect(findSingleRegionDependencies(prepared, east)).toEqual([{ capability: 'links', component: 'table', path: ['links', 'redirect', 'use1', 'table'] }]);
  });

  it('keeps a member of the region whose fall rests only on a cycle through itself', () => {
    // a (in us-east-1) and b need each other: b falls because a does, so a is the dependency.
    const prepared = prepareManifest(manifestOf({ k: { requires: ['a'] } }, { a: { ...place('us-east-1'), requires: ['b'] }, b: { ...place('eu-west-1'), requires: ['a'] } }));
    expect(findSingleRegionDependencies(prepared, east).map((pair) => pair.component)).toEqual(['a']);
  });

  it('finds nothing for a region no component is in', () => {
    expect(findSingleRegionDependencies(prepareManifest(manifestOf({ k: { requires: ['a'] } }, { a: place('eu-west-1') })), east)).toEqual([]);
  });
});

describe('checkAgainstBaseline', () => {
  const rules: GateRules = { regions: [east], spofDomainKinds: [], spofComponents: false, maxShare: false };
  const run = (before: unknown, after: unknown, suppressions: Suppression[] = [], extra: Partial<GateRules> = {}) => {
    const old = prepareManifest(before);
    const baseline = createBaseline(old, analyze(old), [east]);
    const now = prepareManifest(after);
    return checkAgainstBaseline({ prepared: now, analysis: analyze(now), baseline, rules: { ...rules, ...extra }, suppressions, today: '2026-11-22' });
  };
  const base = manifestOf({ k: { requires: ['api'] } }, { api: { requires: ['db'] }, db: place('eu-west-1'), queue: place('us-east-1') });
  const added = manifestOf({ k: { requires: ['api'] } }, { api: { requires: ['db', 'queue'] }, db: place('eu-west-1'), queue: place('us-east-1') });

  it('passes when nothing changed', () => {
    expect(run(base, base).regressions).toEqual([]);
  });

  it('fails on a new us-east-1-only dependency, saying which capability, component and path', () => {
    expect(run(base, added).regressions).toEqual([
      { kind: 'new-single-region', capability: 'k', component: 'queue', domain: east, path: ['k', 'api', 'queue'], message: 'k now depends on queue, which is only in region:aws/us-east-1: k → api → queue' },
    ]);
  });

  it('reports a removed dependency as resolved, and a moved one as new', () => {
    expect(run(added, base)).toMatchObject({ regressions: [], resolved: ['k -> queue'] });
    const moved = manifestOf({ k: { requires: ['api'] } }, { api: { requires: ['db'] }, db: place('us-east-1') });
    expect(run(base, moved).regressions.map((r) => r.component)).toEqual(['db']);
  });

  it('passes a new dependency with an alternative outside the region', () => {
    const covered = manifestOf({ k: { requires: ['api'] } }, { api: { requires: ['db', { anyOf: ['queue', 'queue-eu'] }] }, db: place('eu-west-1'), queue: place('us-east-1'), 'queue-eu': place('eu-west-1') });
    expect(run(base, covered).regressions).toEqual([]);
  });

  it('honours a suppression until its date, then fails again with the reason', () => {
    const live = run(base, added, [{ capability: 'k', component: 'queue', reason: 'migration in Q1', until: '2026-12-31' }]);
    expect(live.regressions).toEqual([]);
    expect(live.suppressed).toEqual([{ pair: 'k -> queue', reason: 'migration in Q1', until: '2026-12-31' }]);
    const expired = run(base, added, [{ capability: 'k', component: 'queue', reason: 'migration in Q1', until: '2026-11-01' }]);
    expect(expired.regressions.map((r) => r.kind)).toEqual(['expired-suppression', 'new-single-region']);
    expect(expired.regressions[0]!.message).toBe('the suppression of k -> queue expired on 2026-11-01 (migration in Q1); fix it or renew the suppression');
  });

  it('fails on new SPOF domains of the kinds asked for, and new SPOF components when asked', () => {
    const vendor = manifestOf({ k: { requires: ['api'] } }, { api: { requires: ['db', 'chat'] }, db: place('eu-west-1'), chat: { saas: 'acme-chat' } });
    expect(run(base, vendor, [], { spofDomainKinds: ['vendor'] }).regressions.map((r) => r.domain)).toEqual(['vendor:acme-chat']);
    expect(run(base, vendor).regressions).toEqual([]);
    expect(run(base, vendor, [], { spofComponents: true }).regressions.map((r) => r.component)).toEqual(['chat']);
  });
});

describe('checkAgainstBaseline with capabilities named like prototype members', () => {
  it('gates on a capability named constructor that the baseline does not record', () => {
    const before = prepareManifest(manifestOf({ toString: { requires: ['db'] } }, { db: place('us-east-1') }));
    const baseline = createBaseline(before, analyze(before), [east]);
    const now = prepareManifest(manifestOf({ toString: { requires: ['db'] }, constructor: { requires: ['db'] } }, { db: place('us-east-1') }));
    const result = checkAgainstBaseline({ prepared: now, analysis: analyze(now), baseline, rules: { regions: [east], spofDomainKinds: ['region'], spofComponents: true, maxShare: false }, suppressions: [], today: '2026-11-22' });
    expect(result.regressions.map(({ kind, capability }) => [kind, capability])).toEqual([
      ['new-single-region', 'constructor'],
      ['new-spof-domain', 'constructor'],
      ['new-spof-component', 'constructor'],
    ]);
  });
});

describe('gateRules', () => {
  it('gates on us-east-1 by default, on the policy when it says, and on flags above all', () => {
    expect(gateRules({}, {})).toEqual({ regions: [east], spofDomainKinds: [], spofComponents: false, maxShare: false });
    expect(gateRules({ failOn: [{ newSingleRegion: 'eu-west-1' }, { newSpofDomain: ['vendor'] }, { maxShare: true }] }, {})).toEqual({ regions: ['region:aws/eu-west-1'], spofDomainKinds: ['vendor'], spofComponents: false, maxShare: true });
    expect(gateRules({ failOn: [{ newSingleRegion: 'eu-west-1' }] }, { regions: ['gcp/us-central1'] }).regions).toEqual(['region:gcp/us-central1']);
    expect(regionDomain('region:aws/us-west-2')).toBe('region:aws/us-west-2');
  });
});
