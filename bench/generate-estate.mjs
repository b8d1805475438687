/**
 * Synthetic estates for the benchmark: N scanned resources over 17 regions,
 * 3 accounts and 3 zones per region; one service per 50 resources, a third of
 * them multi-region with redundancy any-region, a third spread over zones with
 * any-zone, a third a single-region stack needing all of it; one capability per
 * 10 services, each needing 10 services, one shared platform service and, for
 * every tenth capability, another capability. `perService` changes the 50:
 * bench/architecture.mjs keeps the services and makes each larger.
 *
 * With `edges`, the estate also carries the dependencies a Terraform state would
 * give (in `dependencies.json`, the inventory's `dependencies` field): in each
 * service the first five resources are its infrastructure (a cluster, a role and
 * one subnet per zone) and every other resource needs the cluster, the role and
 * the subnet of its zone, every third one also the next service's cluster; the
 * cluster needs the role. About 3 edges per resource.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';

const regions = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1',
  'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'sa-east-1', 'me-south-1',
];
const accounts = ['111122223333', '444455556666', '777788889999'];
const types = ['ec2:instance', 'ecs:service', 'lambda:function', 'dynamodb:table', 'sqs:queue', 's3:bucket', 'rds:cluster'];

export function generateEstate(resourceCount, folder, { edges = false, perService = 50 } = {}) {
  // Each service's first five resources are the infrastructure its others need.
  if (edges && perService < 6) throw new Error(`generateEstate: edges need at least 6 resources per service, got ${perService}`);
  mkdirSync(folder, { recursive: true });
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const serviceCount = Math.max(1, Math.floor(resourceCount / perService));
  const capabilityCount = Math.max(1, Math.floor(serviceCount / 10));
  const resources = [];
  const services = [];
  for (let s = 0; s < serviceCount; s++) {
    const shape = s % 3 === 0 ? 'any-region' : s % 3 === 1 ? 'any-zone' : 'all';
    const home = Math.floor(next() * regions.length);
    const account = accounts[s % accounts.length];
    services.push({ id: `svc-${s}`, shape });
    for (let i = 0; i < perService; i++) {
      const region = regions[shape === 'any-region' ? (home + (i % 3)) % regions.length : home];
      const zone = `${region}-az${1 + (i % 3)}`;
      const type = types[(s + i) % types.length];
      resources.push({
        id: `arn:aws:${type.split(':')[0]}:${region}:${account}:${type.split(':')[1]}/svc-${s}-${i}`,
        provider: 'aws',
        region,
        zone,
        account,
        type,
        tags: { service: `svc-${s}`, team: `team-${s % 40}`, env: 'prod' },
      });
    }
  }
  const snapshot = { faultlineInventory: 1, scannedAt: '2026-11-20T10:00:00Z', partial: false, errors: [], resources };
  writeFileSync(path.join(folder, 'inventory.json'), JSON.stringify(snapshot));
  if (edges) writeDependencies(path.join(folder, 'dependencies.json'), discoveredEdges(resources, serviceCount, perService));

  const lines = ['version: 1', `name: synthetic-${resourceCount}`, 'inventory:', '  - file: inventory.json', 'components:'];
  lines.push('  platform: { provider: aws, region: us-east-1, account: "111122223333" }');
  for (const service of services) {
    lines.push(`  ${service.id}: { select: { tags: { service: ${service.id} } }, redundancy: ${service.shape} }`);
  }
  lines.push('capabilities:');
  for (let c = 0; c < capabilityCount; c++) {
    const needs = Array.from({ length: 10 }, (_, i) => `svc-${(c * 10 + i) % serviceCount}`);
    if (c % 10 === 9) needs.push(`cap-${c - 1}`);
    lines.push(`  cap-${c}: { requires: [platform, ${needs.join(', ')}] }`);
  }
  writeFileSync(path.join(folder, 'faultline.yaml'), lines.join('\n') + '\n');
  return { services: serviceCount, capabilities: capabilityCount };
}

/** `{"dependencies": [...]}`, one per line and written a few thousand at a time: at a million resources the text is longer than one string can be. */
function writeDependencies(file, dependencies) {
  const fd = openSync(file, 'w');
  writeSync(fd, '{"dependencies": [\n');
  for (let i = 0; i < dependencies.length; i += 10_000) {
    const lines = dependencies.slice(i, i + 10_000).map((dependency) => JSON.stringify(dependency));
    writeSync(fd, `${lines.join(',\n')}${i + 10_000 < dependencies.length ? ',' : ''}\n`);
  }
  writeSync(fd, ']}\n');
  closeSync(fd);
}

/** Terraform-like dependencies between the resources of each service (see the top of this file). */
function discoveredEdges(resources, serviceCount, perService) {
  const dependencies = [];
  const idOf = (service, i) => resources[service * perService + i].id;
  const edge = (from, to, via) => dependencies.push({ from, to: [to], kind: 'declared', provenance: `terraform bench.tfstate ${via}`, via });
  for (let s = 0; s < serviceCount; s++) {
    const cluster = idOf(s, 0);
    const role = idOf(s, 1);
    edge(cluster, role, 'role_arn');
    for (let i = 5; i < perService; i++) {
      const worker = idOf(s, i);
      edge(worker, cluster, 'cluster');
      edge(worker, role, 'execution_role_arn');
      edge(worker, idOf(s, 2 + (i % 3)), 'network_configuration.subnets');
      if (i % 3 === 0 && serviceCount > 1) edge(worker, idOf((s + 1) % serviceCount, 0), 'environment.variables.UPSTREAM');
    }
  }
  return dependencies;
}
