import { describe, expect, it } from 'vitest';
import { knowledge } from '../../../src/knowledge/index.js';
import { createNameClassifier } from '../../../src/sources/dns-logs/classify-name.js';

const classify = createNameClassifier(knowledge, { names: { 'cassandra.shortio.internal': 'cassandra', '*.svc.shortio.internal': 'arn:aws:ecs:eu-central-1:111122223333:service/prod/api' } });
const aws = (name: string) => {
  const named = classify(name);
  return named.kind === 'aws' ? `${named.service}@${named.region}` : named.kind;
};

describe('createNameClassifier', () => {
  it('reads a regional endpoint in every documented form as the service (by its SDK name) in its region', () => {
    expect(aws('dynamodb.us-east-1.amazonaws.com')).toBe('dynamodb@us-east-1');
    expect(aws('dynamodb-fips.us-east-1.amazonaws.com')).toBe('dynamodb@us-east-1');
    expect(aws('sqs.eu-west-1.api.aws')).toBe('sqs@eu-west-1');
    expect(aws('s3.dualstack.ap-southeast-2.amazonaws.com')).toBe('s3@ap-southeast-2');
    expect(aws('sts.cn-north-1.amazonaws.com.cn')).toBe('sts@cn-north-1');
    expect(aws('a1b2c3d4e5.execute-api.eu-central-1.amazonaws.com')).toBe('apigateway@eu-central-1');
  });

  it('reads S3 virtual-hosted and path-style names, a bucket with dots included', () => {
    expect(aws('shortio-links.s3.eu-central-1.amazonaws.com')).toBe('s3@eu-central-1');
    expect(aws('s3.eu-central-1.amazonaws.com')).toBe('s3@eu-central-1');
    expect(aws('bucket.with.dots.s3.ap-southeast-7.amazonaws.com')).toBe('s3@ap-southeast-7');
  });

  it('places the hosts served from one region there, and says so', () => {
    const sts = classify('sts.amazonaws.com');
    expect(sts).toMatchObject({ kind: 'aws', service: 'sts', region: 'us-east-1' });
    expect(sts.kind === 'aws' && sts.global?.host).toBe('sts.amazonaws.com');
    expect(aws('shortio-artifacts.s3.amazonaws.com')).toBe('s3@us-east-1');
    expect(aws('iam.amazonaws.com')).toBe('iam@us-east-1');
    expect(aws('iam-fips.amazonaws.com')).toBe('iam@us-east-1');
    expect(aws('signin.aws.amazon.com')).toBe('signin@us-east-1');
  });

  it('reads ElastiCache short region codes, and puts the edge in the global data plane', () => {
    expect(aws('my-redis.abcdef.ng.0001.use1.cache.amazonaws.com')).toBe('elasticache@us-east-1');
    expect(aws('my-redis.abcdef.ng.0001.euc1.cache.amazonaws.com')).toBe('elasticache@eu-central-1');
    expect(aws('d111111abcdef8.cloudfront.net')).toBe('cloudfront@global');
  });

  it('recognises vendors by their domains, the exact host before a wildcard', () => {
    expect(classify('api.statuspage.io')).toEqual({ kind: 'saas', vendor: 'atlassian-statuspage', matched: 'api.statuspage.io' });
    expect(classify('shortio.statuspage.io')).toEqual({ kind: 'saas', vendor: 'atlassian-statuspage', matched: '*.statuspage.io' });
    expect(classify('api-iam.intercom.io')).toMatchObject({ kind: 'saas', vendor: 'intercom' });
  });

  it("maps the estate's own names to what the manifest says they reach", () => {
    expect(classify('cassandra.shortio.internal')).toEqual({ kind: 'estate', target: 'cassandra', matched: 'cassandra.shortio.internal' });
    expect(classify('links.svc.shortio.internal')).toMatchObject({ kind: 'estate', matched: '*.svc.shortio.internal' });
  });

  it('knows what is no call: instances, reverse lookups, reserved names', () => {
    for (const name of ['ip-10-0-1-23.ec2.internal', 'ip-10-0-1-23.eu-central-1.compute.internal', '15.3.4.32.in-addr.arpa', 'localhost']) expect(classify(name).kind, name).toBe('internal');
  });

  it('groups what it does not know by registrable domain, public or private', () => {
    expect(classify('api.ipinfo.io')).toEqual({ kind: 'unknown', domain: 'ipinfo.io', public: true });
    expect(classify('foo.bar.co.uk')).toEqual({ kind: 'unknown', domain: 'bar.co.uk', public: true });
    expect(classify('redis.shortio.internal')).toEqual({ kind: 'unknown', domain: 'shortio.internal', public: false });
  });
});
