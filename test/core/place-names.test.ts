import { describe, expect, it } from 'vitest';
import { checkName, createPlaceNames, nameForm, readVendor } from '../../src/core/place-names.js';
import { knowledge } from '../../src/knowledge/index.js';

const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, { aws: ['ap-southeast-9'] });

describe('createPlaceNames', () => {
  it('knows the regions of AWS, Google Cloud and Azure, and refuses a typo with the nearest', () => {
    expect(places.checkRegion('aws', 'eu-central-1')).toEqual({ ok: true });
    expect(places.checkRegion('aws', 'eu-centrl-1')).toEqual({ ok: false, problem: '"eu-centrl-1" is not an AWS region', fix: 'did you mean "eu-central-1"?' });
    expect(places.checkRegion('gcp', 'europe-west1')).toEqual({ ok: true });
    expect(places.checkRegion('gcp', 'europe-wst1')).toMatchObject({ ok: false, fix: 'did you mean "europe-west1"?' });
    expect(places.checkRegion('azure', 'westeurope')).toEqual({ ok: true });
    expect(places.checkRegion('azure', 'westeurop')).toMatchObject({ ok: false, problem: '"westeurop" is not an Azure region', fix: 'did you mean "westeurope"?' });
  });

  it("says how to add a region newer than faultline's list, and accepts one the manifest adds", () => {
    expect(places.checkRegion('aws', 'xx-nowhere-7')).toEqual({
      ok: false,
      problem: '"xx-nowhere-7" is not an AWS region',
      fix: "name an AWS region (e.g. us-east-1); if it is newer than faultline's list, add it under knowledge.regions.aws",
    });
    expect(places.checkRegion('aws', 'ap-southeast-9')).toEqual({ ok: true });
  });

  it('accepts where AWS places its global services, and any region of a provider without a list', () => {
    expect(places.checkRegion('aws', 'global')).toEqual({ ok: true });
    expect(places.checkRegion('hetzner', 'fsn1')).toEqual({ ok: true });
    expect(places.checkRegion('hetzner', 'Falkenstein 1')).toMatchObject({ ok: false, fix: 'write "falkenstein-1"' });
  });
});

describe('createPlaceNames with a provider named like a prototype member', () => {
  it('checks the regions the manifest lists for a provider named constructor', () => {
    const added = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, { constructor: ['one'] });
    expect(added.checkRegion('constructor', 'one')).toEqual({ ok: true });
    expect(added.checkRegion('constructor', 'two')).toEqual({ ok: false, problem: '"two" is not a constructor region', fix: "name a constructor region (e.g. one); if it is newer than faultline's list, add it under knowledge.regions.constructor" });
  });
});

describe('checkName', () => {
  it('refuses what a failure domain cannot express, with the form to write', () => {
    expect(checkName('provider', 'on-prem')).toEqual({ ok: true });
    expect(checkName('provider', 'on prem')).toEqual({ ok: false, problem: 'provider "on prem" cannot name a failure domain (lower case letters, digits, . _ - only)', fix: 'write "on-prem"' });
    expect(nameForm('  Google Workspace ')).toBe('google-workspace');
  });
});

describe('readVendor', () => {
  const read = (written: string, hostingDeclared = false) => readVendor(written, knowledge.saas, { hostingDeclared });

  it('reads a catalog vendor however it is cased or spelled', () => {
    for (const [written, id] of [
      ['Intercom', 'intercom'],
      ['statuspage', 'atlassian-statuspage'],
      ['Atlassian Statuspage', 'atlassian-statuspage'],
      ['Auth0', 'auth0'],
      ['Google Workspace', 'google-identity'],
    ] as const) {
      expect(read(written), written).toEqual({ ok: true, id });
    }
  });

  it('refuses a near miss of a catalog vendor, unless the component says where it runs', () => {
    expect(read('intercomm')).toEqual({ ok: false, problem: '"intercomm" is not a vendor faultline knows', fix: 'did you mean "intercom"? (or say where it runs with hosting:, if it is another vendor)' });
    expect(read('intercomm', true)).toEqual({ ok: true, id: 'intercomm' });
  });

  it('keeps an unknown vendor that is a name, and refuses one that cannot be', () => {
    expect(read('acme-chat')).toEqual({ ok: true, id: 'acme-chat' });
    expect(read('Acme Chat')).toEqual({ ok: false, problem: 'vendor "Acme Chat" cannot name a failure domain (lower case letters, digits, . _ - only)', fix: 'write "acme-chat"' });
  });
});
