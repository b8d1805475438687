// Child process for the scan benchmark: serves a synthetic estate through the
// fake AWS server with a fixed latency per call, and prints its URL.
import { startFakeAws } from '../test/aws/fake-aws-server.mjs';

const [resourceCount, regionCount, accountCount, latencyMs] = process.argv.slice(2).map(Number);
// even: the same number in every account-region; skewed: half of each account in its first region.
const shape = process.argv[6] ?? 'even';
const regions = ['us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-southeast-1', 'ap-southeast-2', 'sa-east-1', 'me-south-1'].slice(0, regionCount);
const accounts = Array.from({ length: accountCount }, (_, i) => String(111122223333 + i * 111111111));
const resources = {};
const perAccount = Math.floor(resourceCount / accounts.length);
for (const account of accounts) {
  resources[account] = {};
  for (const [r, region] of regions.entries()) {
    const even = Math.floor(perAccount / regions.length) + (r < perAccount % regions.length ? 1 : 0);
    const half = Math.floor(perAccount / 2);
    const rest = perAccount - half;
    const skewed = r === 0 ? half : Math.floor(rest / (regions.length - 1)) + (r - 1 < rest % (regions.length - 1) ? 1 : 0);
    const count = shape === 'skewed' ? skewed : even;
    resources[account][region] = Array.from({ length: count }, (_, i) => ({
      ResourceARN: `arn:aws:ec2:${region}:${account}:instance/i-${String(i).padStart(8, '0')}`,
      Tags: [{ Key: 'service', Value: `svc-${i % 50}` }, { Key: 'team', Value: `team-${i % 7}` }],
    }));
  }
}
const fake = await startFakeAws({ callerAccount: accounts[0], resources, latencyMs });
process.stdout.write(JSON.stringify({ url: fake.url, accessKeyId: fake.callerAccessKeyId, accounts, regions }) + '\n');
