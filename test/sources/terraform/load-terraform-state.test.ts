import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/sources/source-error.js';
import { loadTerraformPlan, loadTerraformState } from '../../../src/sources/terraform/index.js';

const fixture = new URL('../../fixtures/terraform/three-tier.tfstate', import.meta.url).pathname;

describe('loadTerraformState', () => {
  it('reads a state file, named as the caller labels it, dated by when it was last written', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'faultline-tf-'));
    const file = path.join(dir, 'prod.tfstate');
    writeFileSync(file, '{"version": 4, "terraform_version": "1.9.8", "resources": []}');
    utimesSync(file, new Date('2026-11-30T08:00:00Z'), new Date('2026-11-30T08:00:00Z'));
    const reading = await loadTerraformState(file, { label: 'infra/prod.tfstate' });
    expect(reading.snapshot).toMatchObject({ file: 'infra/prod.tfstate', scannedAt: '2026-11-30T08:00:00.000Z', resources: [], source: 'terraform' });
    expect(reading.terraformVersion).toBe('1.9.8');
  });

  it('passes the provider regions on', async () => {
    const reading = await loadTerraformState(fixture, { providerRegions: { aws: 'eu-west-1' } });
    expect(reading.snapshot.resources.find((resource) => resource.id === 'arn:aws:cloudwatch::111122223333:dashboard/shop-prod')?.region).toBe('eu-west-1');
  });

  it('places each resource in its VPC: its own vpc_id, one in a block, or that of a subnet it names', async () => {
    const reading = await loadTerraformState(fixture, { providerRegions: { aws: 'us-east-1', 'aws.west': 'us-west-2' } });
    const vpcOf = (address: string) => reading.snapshot.resources.find((resource) => resource.origins?.some((origin) => origin.address === address))?.vpc;
    const main = 'vpc-0c3f8a2e9d41b7650';
    expect(vpcOf('aws_lambda_function.worker')).toBe(main); // vpc_config[0].vpc_id
    expect(vpcOf('aws_ecs_service.app')).toBe(main); // network_configuration[0].subnets -> the subnet's vpc_id
    expect(vpcOf('aws_security_group.app')).toBe(main);
    expect(vpcOf('aws_subnet.private["a"]')).toBe(main);
    // The VPC is not in itself; what has no network settings is in none.
    expect(vpcOf('aws_vpc.main')).toBeUndefined();
    expect(vpcOf('aws_sqs_queue.jobs')).toBeUndefined();
    expect(vpcOf('aws_lambda_function.checkout')).toBeUndefined();
  });

  it('reads a saved plan, dated by its own timestamp', async () => {
    const plan = await loadTerraformPlan(new URL('../../fixtures/terraform/plan-adds-us-east-1-queue.json', import.meta.url).pathname, { label: 'plan.json' });
    expect(plan.snapshot.file).toBe('plan.json');
    expect(plan.changes.some((change) => change.actions.includes('create'))).toBe(true);
    expect(await loadTerraformPlan('/nonexistent/plan.json').catch((caught: unknown) => (caught as Error).message)).toMatch(/^\/nonexistent\/plan\.json: no such file — /);
  });

  it('says in one line that a file is missing', async () => {
    const error = await loadTerraformState('/nonexistent/state.tfstate', { label: 'state.tfstate' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('state.tfstate: no such file — give the path of a Terraform state file (`terraform state pull > state.json`)');
  });
});
