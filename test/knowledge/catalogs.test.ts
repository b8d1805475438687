import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/knowledge/index.js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ambiguousWordsSchema, awsResourceTypeSchema, awsSubresourceSpellingSchema, controlPlaneSchema, regionListSchema, saasVendorSchema, scenarioSchema, typeNeedsSchema } from '../../src/knowledge/schema.js';
import { parseArn, resourceTypeOf } from '../../src/sources/aws/parse-arn.js';

describe('the built-in knowledge', () => {
  it('validates against its schemas, with a source for every entry', () => {
    for (const plane of knowledge.controlPlanes) expect(controlPlaneSchema.parse(plane).sources.length).toBeGreaterThan(0);
    for (const entry of knowledge.typeNeeds) expect(typeNeedsSchema.parse(entry).sources.length).toBeGreaterThan(0);
    for (const vendor of knowledge.saas) expect(saasVendorSchema.parse(vendor).sources.length).toBeGreaterThan(0);
    for (const scenario of knowledge.scenarios) expect(scenarioSchema.parse(scenario).sources.length).toBeGreaterThan(0);
    for (const row of knowledge.awsTypes) expect(awsResourceTypeSchema.parse(row).sources.length, row.type).toBeGreaterThan(0);
    for (const row of knowledge.awsSubresources) expect(awsSubresourceSpellingSchema.parse(row).sources.length, row.what).toBeGreaterThan(0);
    for (const entry of knowledge.ambiguousWords) ambiguousWordsSchema.parse(entry);
    for (const list of knowledge.regions) expect(regionListSchema.parse(list).sources.length).toBeGreaterThan(0);
  });

  it('spells each AWS type once in every vocabulary, and its ARN format gives back its type', () => {
    const seen = new Map<string, string>();
    for (const row of knowledge.awsTypes) {
      for (const spelling of [row.type, ...row.cloudFormation, ...row.terraform, ...row.words, ...(row.narrowerWords ?? [])]) {
        const key = spelling.toLowerCase();
        expect(seen.get(key), `${spelling} in ${row.type} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, row.type);
      }
      const arn = row.arnFormat.replace(/\$\{Partition\}/g, 'aws').replace(/\$\{Region\}/g, 'us-east-1').replace(/\$\{Account\}/g, '123456789012').replace(/\$\{Scope\}/g, 'regional').replace(/\$\{[A-Za-z]+\}/g, 'x');
      expect(resourceTypeOf(parseArn(arn)!), row.arnFormat).toBe(row.type);
    }
    for (const entry of knowledge.ambiguousWords) expect(seen.has(entry.words), entry.words).toBe(false);
  });

  it("knows every region of the installed AWS SDK's partitions", () => {
    // The SDK's own table of regions, read as text: a newer SDK with a new region fails this test until the list has it.
    const core = path.dirname(createRequire(import.meta.url).resolve('@aws-sdk/core/package.json'));
    const partitions = readFileSync(path.join(core, 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js'), 'utf8');
    const sdkRegions = [...partitions.matchAll(/"([a-z]{2,4}(?:-[a-z]+)+-\d+)": \{/g)].map((match) => match[1]!);
    expect(sdkRegions.length).toBeGreaterThan(30);
    const ours = new Set(knowledge.regions.filter((list) => list.provider === 'aws').flatMap((list) => list.regions.map((region) => region.name)));
    for (const region of sdkRegions) expect(ours.has(region), region).toBe(true);
  });

  it('gives no alias or domain to two vendors', () => {
    const owner = new Map<string, string>();
    for (const vendor of knowledge.saas) {
      for (const name of [vendor.id, ...vendor.aliases.map((alias) => alias.toLowerCase()), ...vendor.domains.map((domain) => domain.name)]) {
        expect(owner.get(name) ?? vendor.id, `${name}: ${vendor.id} and ${owner.get(name)}`).toBe(vendor.id);
        owner.set(name, vendor.id);
      }
    }
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
    const spellings: Record<string, string[]> = { 'us-east-1': ['us-east-1'], 'us-west-2': ['us-west-2', 'US-West (Oregon)'], 'us-central1': ['us-central1'], 'us-east1': ['us-east1'] };
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
