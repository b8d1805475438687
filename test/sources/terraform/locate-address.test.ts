import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { terraformAddressPath, terraformSourceLine } from '../../../src/sources/terraform/locate-address.js';

const fixtures = path.join(import.meta.dirname, '../../fixtures/terraform');
const read = (file: string) => JSON.parse(readFileSync(path.join(fixtures, file), 'utf8')) as Record<string, unknown>;
const at = (data: unknown, keyPath: readonly (string | number)[]) => keyPath.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], data);

describe('where a Terraform address is written', () => {
  it('finds a resource in a raw state, in show-json values and in a plan configuration, modules and instance keys included', () => {
    const raw = read('three-tier.tfstate');
    const entry = at(raw, terraformAddressPath(raw, 'module.checkout.aws_sqs_queue.checkout')!) as Record<string, unknown>;
    expect([entry.module, entry.type, entry.name, entry.mode]).toEqual(['module.checkout', 'aws_sqs_queue', 'checkout', 'managed']);
    expect(at(raw, terraformAddressPath(raw, 'aws_subnet.private["a"]')!)).toMatchObject({ type: 'aws_subnet', name: 'private' });

    const show = read('three-tier.show.json');
    expect(at(show, terraformAddressPath(show, 'module.checkout.aws_lambda_function.checkout')!)).toMatchObject({ address: 'module.checkout.aws_lambda_function.checkout' });
    expect(at(show, terraformAddressPath(show, 'aws_rds_cluster_instance.main[1]')!)).toMatchObject({ type: 'aws_rds_cluster_instance' });

    const plan = read('plan-adds-us-east-1-queue.json');
    const queue = terraformAddressPath(plan, 'aws_sqs_queue.audit')!;
    expect(queue.slice(0, 2)).toEqual(['configuration', 'root_module']);
    expect(at(plan, queue)).toMatchObject({ address: 'aws_sqs_queue.audit', type: 'aws_sqs_queue' });
    const inModule = terraformAddressPath(plan, 'module.checkout.aws_sqs_queue.checkout')!;
    expect(inModule).toContain('module_calls');
    expect(at(plan, inModule)).toMatchObject({ address: 'aws_sqs_queue.checkout' });
    expect(terraformAddressPath(plan, 'aws_sqs_queue.nowhere')).toBeUndefined();
    expect(terraformAddressPath(plan, 'data.aws_availability_zones.available')).toBeUndefined();
  });

  it('finds the resource block in the .tf files beside a plan, through local module sources, and nothing when they are not there', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'faultline-tf-'));
    const plan = read('plan-adds-us-east-1-queue.json');
    const planFile = path.join(dir, 'plan.json');
    writeFileSync(path.join(dir, 'a.tf'), 'resource "aws_sqs_queue" "jobs" {}\n');
    writeFileSync(path.join(dir, 'b.tf'), '\n\nresource  "aws_sqs_queue"  "audit"  {\n}\n');
    expect(terraformSourceLine(planFile, plan, 'aws_sqs_queue.audit')).toEqual({ file: path.join(dir, 'b.tf'), line: 3 });
    expect(terraformSourceLine(planFile, plan, 'aws_lambda_function.worker')).toBeUndefined();
    const source = (at(plan, ['configuration', 'root_module', 'module_calls', 'checkout']) as { source: string }).source;
    mkdirSync(path.join(dir, source), { recursive: true });
    writeFileSync(path.join(dir, source, 'main.tf'), 'resource "aws_sqs_queue" "checkout" {\n}\n');
    expect(terraformSourceLine(planFile, plan, 'module.checkout.aws_sqs_queue.checkout')).toEqual({ file: path.join(dir, source, 'main.tf'), line: 1 });
  });
});
