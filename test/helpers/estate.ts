/**
 * A mid-sized estate of about 300 components for the report page's tests: 12
 * capabilities over 36 services, each service selecting 6 or 7 scanned resources
 * in one, two or three of four regions (any-region, any-zone or all), three SaaS
 * products and a shared platform service. Deterministic: the same files every time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { random } from './pipeline.js';

const regions = ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'];
const types = ['ecs:service', 'lambda:function', 'dynamodb:table', 'sqs:queue', 'rds:cluster', 'elasticloadbalancing:loadbalancer'];
const arnOf = (type: string, region: string, name: string) => {
  const [service, kind] = type.split(':') as [string, string];
  if (service === 'lambda') return `arn:aws:lambda:${region}:111122223333:function:${name}`;
  if (service === 'elasticloadbalancing') return `arn:aws:elasticloadbalancing:${region}:111122223333:loadbalancer/app/${name}/0123456789abcdef`;
  return `arn:aws:${service}:${region}:111122223333:${kind}/${name}`;
};

/** Writes faultline.yaml and its inventory into `folder`; returns the manifest's path. */
export function writeMidEstate(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const next = random(300);
  const resources: object[] = [];
  const services: string[] = [];
  for (let s = 0; s < 36; s++) {
    const shape = s % 3 === 0 ? 'any-region' : s % 3 === 1 ? 'any-zone' : 'all';
    const home = Math.floor(next() * regions.length);
    const id = `svc-${String(s).padStart(2, '0')}`;
    const count = 6 + (s % 2);
    for (let i = 0; i < count; i++) {
      const region = regions[shape === 'any-region' ? (home + (i % 2)) % regions.length : home]!;
      const type = types[(s + i) % types.length]!;
      resources.push({ id: arnOf(type, region, `${id}-${i}`), provider: 'aws', region, zone: `${region}-az${1 + (i % 3)}`, account: '111122223333', type, tags: { service: id } });
    }
    services.push(`  ${id}: { select: { tags: { service: ${id} } }, redundancy: ${shape}${s % 5 === 0 ? ', requires: [platform]' : ''} }`);
  }
  writeFileSync(path.join(folder, 'inventory.json'), JSON.stringify({ faultlineInventory: 1, sample: true, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], resources }));
  const capabilities = Array.from({ length: 12 }, (_, c) => {
    const needs = [0, 1, 2].map((i) => `svc-${String((c * 3 + i) % 36).padStart(2, '0')}`);
    if (c % 4 === 0) needs.push('sign-in');
    if (c % 6 === 5) needs.push('status');
    return `  capability-${String(c).padStart(2, '0')}: { requires: [${needs.join(', ')}] }`;
  });
  const manifest = [
    'version: 1',
    'name: mid-estate',
    'inventory:',
    '  - file: inventory.json',
    'components:',
    '  platform: { provider: aws, region: us-east-1, account: "111122223333" }',
    '  sign-in: { saas: auth0, hosting: [aws/us-east-1] }',
    '  status: { saas: atlassian-statuspage }',
    '  deploys: { saas: github-actions, hosting: [github] }',
    ...services,
    'capabilities:',
    ...capabilities,
    '  ship-a-fix: { requires: [deploys, platform] }',
  ];
  const file = path.join(folder, 'faultline.yaml');
  writeFileSync(file, manifest.join('\n') + '\n');
  return file;
}
