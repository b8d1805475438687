/**
 * A state read where it lives: a file, or an S3 object through the real AWS SDK
 * against the local server that speaks S3's wire protocol.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { fetchTerraformState } from '../../../src/sources/terraform/fetch-state.js';
import { startFakeAws, type FakeAws } from '../../aws/fake-aws-server.mjs';
import { workspace } from '../../helpers/cli.js';

let fake: FakeAws | undefined;
const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
afterEach(async () => {
  await fake?.close();
  fake = undefined;
  // The SDK's standard chain reads the environment: put it back as it was.
  for (const [name, value] of [['AWS_ACCESS_KEY_ID', saved.id], ['AWS_SECRET_ACCESS_KEY', saved.secret]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const credentials = (key: string) => {
  process.env.AWS_ACCESS_KEY_ID = key;
  process.env.AWS_SECRET_ACCESS_KEY = 'fakeSecretForTests0000000000000000000001';
};

describe('fetchTerraformState', () => {
  it('reads a file beside the manifest', async () => {
    const dir = workspace({ 'infra/prod.tfstate': '{"version": 4}' });
    expect(await fetchTerraformState('infra/prod.tfstate', { base: dir })).toMatchObject({ ok: true, text: '{"version": 4}', file: `${dir}/infra/prod.tfstate` });
    expect(await fetchTerraformState('infra/none.tfstate', { base: dir })).toMatchObject({ ok: false, code: 'ENOENT' });
  });

  it('reads an S3 object with the real SDK, and says why one cannot be read', async () => {
    fake = await startFakeAws({ callerAccount: '111122223333', resources: {}, objects: { 'acme-tf-state/prod/network.tfstate': '{"version": 4, "resources": []}' }, deniedObjects: ['acme-tf-state/prod/secret.tfstate'] });
    credentials(fake.callerAccessKeyId);
    expect(await fetchTerraformState('s3://acme-tf-state/prod/network.tfstate', { base: '.', endpoint: fake.url, region: 'eu-west-1' })).toMatchObject({ ok: true, text: '{"version": 4, "resources": []}', file: 's3://acme-tf-state/prod/network.tfstate' });
    expect(fake.calls.find((call) => call.service === 's3')).toMatchObject({ action: 'GetObject', account: '111122223333', key: 'acme-tf-state/prod/network.tfstate' });
    expect(await fetchTerraformState('s3://acme-tf-state/prod/gone.tfstate', { base: '.', endpoint: fake.url, region: 'eu-west-1' })).toMatchObject({ ok: false, code: 'NoSuchKey', message: expect.stringMatching(/^cannot read the state from S3 \(NoSuchKey, HTTP 404\)/) });
    expect(await fetchTerraformState('s3://acme-tf-state/prod/secret.tfstate', { base: '.', endpoint: fake.url, region: 'eu-west-1' })).toMatchObject({ ok: false, code: 'AccessDenied' });
  });
});
