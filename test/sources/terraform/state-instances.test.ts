import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/sources/source-error.js';
import { parseProviderString, readStateInstances, stripInstanceKeys } from '../../../src/sources/terraform/state-instances.js';

const fixtures = new URL('../../fixtures/terraform/', import.meta.url);
const text = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

function refusal(source: string, file: string): string[] {
  try {
    readStateInstances(source, file);
  } catch (error) {
    if (error instanceof InputError) {
      expect(error.code).toBe('E_INVENTORY');
      return error.message.split('\n');
    }
    throw error;
  }
  throw new Error(`${file} was read`);
}

describe('readStateInstances', () => {
  it('refuses each bad input with one line naming the file, the place, what is wrong and what to do', () => {
    expect(refusal(text('bad/state-version-5.tfstate'), 'bad/state-version-5.tfstate')).toEqual([
      'bad/state-version-5.tfstate:2:14 version: state format 5 is newer than the one faultline reads (4) — a newer Terraform (2.0.0) wrote it: update faultline to read it',
    ]);
    expect(refusal(text('bad/show-format-version-2.json'), 'bad/show-format-version-2.json')).toEqual([
      'bad/show-format-version-2.json:2:21 format_version: format 2.0 is a major version faultline does not read (it reads 1.x) — give the raw state (`terraform state pull`) if it is format 4, or update faultline',
    ]);
    expect(refusal(text('bad/state-resource-missing-type.tfstate'), 'bad/state-resource-missing-type.tfstate')).toEqual([
      'bad/state-resource-missing-type.tfstate:8:5 resources[0].type: is missing: a resource without a type cannot be read — this is not a state Terraform wrote; give the file `terraform state pull` prints',
    ]);
    expect(refusal(text('bad/not-json.tfstate'), 'bad/not-json.tfstate')).toEqual([
      'bad/not-json.tfstate:1:1 is not JSON, so not a Terraform state: it begins with "# This is Terraform configuration (HCL)," — give a raw state (`terraform state pull`) or the output of `terraform show -json`',
    ]);
    expect(refusal(text('bad/not-terraform.json'), 'bad/not-terraform.json')).toEqual([
      'bad/not-terraform.json:1:1 is not a Terraform state: it has neither "version" and "resources" nor "format_version" and "values" — give a raw state (`terraform state pull`) or the output of `terraform show -json`',
    ]);
  });

  it('says where JSON breaks, and refuses an older state format and a saved plan', () => {
    expect(refusal('{\n  "version": 4,,\n  "resources": []\n}', 's.tfstate')).toEqual([expect.stringMatching(/^s\.tfstate:2:\d+ is not valid JSON, so not a Terraform state — /)]);
    // Where Node does not say the place (an unexpected token), the text is read again to find it.
    expect(refusal('{\n  "version": 4,\n  "resources": [,]\n}', 's.tfstate')).toEqual([expect.stringMatching(/^s\.tfstate:3:17 is not valid JSON, so not a Terraform state — /)]);
    expect(refusal('{"version": 3, "resources": []}', 's.tfstate')).toEqual([expect.stringMatching(/^s\.tfstate:1:13 version: state format 3 is not the one faultline reads \(4\) — let Terraform 0\.12 or later rewrite the state/)]);
    expect(refusal(text('plan-adds-us-east-1-queue.json'), 'plan.json')).toEqual([expect.stringMatching(/^plan\.json:2:21 format_version: is a saved plan \(`terraform show -json plan\.out`\), not a state — /)]);
  });

  it('refuses a resource without mode or instances, or an instance without attributes, and stops after ten problems', () => {
    const resources = [{ type: 'aws_sqs_queue', name: 'q', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ attributes: 'no' }] }];
    expect(refusal(JSON.stringify({ version: 4, resources }, null, 2), 's')).toEqual([expect.stringMatching(/^s:4:5 resources\[0\]\.mode: is missing — /)]);
    const many = Array.from({ length: 30 }, () => ({ mode: 'managed', name: 'q', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [] }));
    expect(refusal(JSON.stringify({ version: 4, resources: many }), 's')).toHaveLength(10);
    expect(refusal(JSON.stringify({ version: 4, resources: [{ mode: 'managed', type: 't', name: 'n', provider: 'aws', instances: [] }] }), 's')).toEqual([expect.stringContaining('resources[0].provider: "aws" is not a provider configuration address')]);
  });

  it('tells the raw state by its content, with addresses, instance keys, modules and provider configurations', () => {
    const state = readStateInstances(text('three-tier.tfstate'), 'x');
    expect(state).toMatchObject({ form: 'state', terraformVersion: '1.9.8' });
    expect(state.instances).toHaveLength(50);
    const byAddress = new Map(state.instances.map((instance) => [instance.address, instance]));
    expect(byAddress.get('aws_subnet.private["a"]')).toMatchObject({ configAddress: 'aws_subnet.private', mode: 'managed', providerKey: 'aws', module: '' });
    expect(byAddress.get('aws_rds_cluster_instance.main[1]')).toMatchObject({ configAddress: 'aws_rds_cluster_instance.main' });
    expect(byAddress.get('aws_s3_bucket.backup')).toMatchObject({ providerKey: 'aws.west', provider: 'registry.terraform.io/hashicorp/aws' });
    expect(byAddress.get('module.checkout.aws_sqs_queue.checkout')).toMatchObject({ module: 'module.checkout', configAddress: 'module.checkout.aws_sqs_queue.checkout' });
    expect(byAddress.get('data.aws_caller_identity.current')).toMatchObject({ mode: 'data', dependencies: [] });
  });

  it('reads show-json of any 1.x minor version, child modules included, with no provider configuration', () => {
    const shown = readStateInstances(text('three-tier.show.json'), 'x');
    expect(shown.form).toBe('show-json');
    expect(shown.instances).toHaveLength(50);
    const checkout = shown.instances.find((instance) => instance.address === 'module.checkout.aws_lambda_function.checkout');
    expect(checkout).toMatchObject({ module: 'module.checkout', dependencies: ['aws_dynamodb_table.orders', 'aws_iam_role.worker', 'module.checkout.aws_sqs_queue.checkout'] });
    expect(checkout?.providerKey).toBeUndefined();
    const minor = text('three-tier.show.json').replace('"format_version": "1.0"', '"format_version": "1.7"');
    expect(readStateInstances(minor, 'x').instances).toHaveLength(50);
    expect(readStateInstances('{"format_version": "1.0"}', 'empty').instances).toEqual([]);
  });
});

describe('parseProviderString', () => {
  it('reads the default configuration, an alias and a configuration a module declares', () => {
    expect(parseProviderString('provider["registry.terraform.io/hashicorp/aws"]')).toEqual({ module: '', source: 'registry.terraform.io/hashicorp/aws', name: 'aws' });
    expect(parseProviderString('provider["registry.terraform.io/hashicorp/aws"].west')).toMatchObject({ alias: 'west' });
    expect(parseProviderString('module.net.provider["registry.terraform.io/hashicorp/aws"]')).toMatchObject({ module: 'module.net', name: 'aws' });
    expect(parseProviderString('aws')).toBeUndefined();
  });
});

describe('stripInstanceKeys', () => {
  it('removes count and for_each keys, even keys holding dots and brackets', () => {
    expect(stripInstanceKeys('module.a["x.y]"].aws_subnet.private[3]')).toBe('module.a.aws_subnet.private');
  });
});
