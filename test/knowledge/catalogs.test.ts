import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/knowledge/index.js';
import { controlPlaneSchema, saasVendorSchema, scenarioSchema, typeNeedsSchema } from '../../src/knowledge/schema.js';

describe('the built-in knowledge', () => {
  it('validates against its schemas, with a source for every entry', () => {
    for (const plane of knowledge.controlPlanes) expect(controlPlaneSchema.parse(plane).sources.length).toBeGreaterThan(0);
    for (const entry of knowledge.typeNeeds) expect(typeNeedsSchema.parse(entry).sources.length).toBeGreaterThan(0);
    for (const vendor of knowledge.saas) expect(saasVendorSchema.parse(vendor).sources.length).toBeGreaterThan(0);
    for (const scenario of knowledge.scenarios) expect(scenarioSchema.parse(scenario).sources.length).toBeGreaterThan(0);
  });

  it('has every control plane of the facts file, in its region', () => {
    const regions = Object.fromEntries(knowledge.controlPlanes.map((plane) => [plane.id, plane.region]));
    expect(regions).toMatchObject({
      'aws-control/iam': 'us-east-1',
      'aws-control/organizations': 'us-east-1',
      'aws-control/account': 'us-east-1',
      'aws-control/route53': 'us-east-1',
      'aws-control/route53-private-dns': 'us-east-1',
      'aws-control/cloudfront': 'us-east-1',
      'aws-control/acm-cloudfront': 'us-east-1',
      'aws-control/waf-cloudfront': 'us-east-1',
      'aws-control/shield': 'us-east-1',
      'aws-control/global-accelerator': 'us-west-2',
      'aws-control/route53-arc': 'us-west-2',
      'aws-control/network-manager': 'us-west-2',
      'aws-control/s3-mrap': 'us-west-2',
      'aws-control/identity-center': 'home',
    });
  });

  it('only names control planes that exist, and has no duplicate ids', () => {
    const ids = new Set(knowledge.controlPlanes.map((plane) => plane.id));
    for (const entry of knowledge.typeNeeds) for (const id of entry.needs) expect(ids.has(id), `${entry.type} -> ${id}`).toBe(true);
    expect(ids.size).toBe(knowledge.controlPlanes.length);
    expect(new Set(knowledge.saas.map((vendor) => vendor.id)).size).toBe(knowledge.saas.length);
  });

  it('states a hosting region only where a source names that region', () => {
    // How sources write the regions the catalog uses.
    const spellings: Record<string, string[]> = { 'us-east-1': ['us-east-1'], 'us-west-2': ['us-west-2', 'US-West (Oregon)'] };
    for (const vendor of knowledge.saas) {
      for (const place of vendor.hosting.filter((entry) => entry.includes('/'))) {
        const region = place.split('/')[1]!;
        const names = spellings[region];
        expect(names, `${vendor.id}: add how sources spell ${region}`).toBeDefined();
        expect(vendor.sources.some((source) => names!.some((name) => source.quote.includes(name))), `${vendor.id} ${region}`).toBe(true);
      }
    }
  });
});
