import { describe, expect, it } from 'vitest';
import { parseArn, resourceTypeOf } from '../../../src/sources/aws/parse-arn.js';
import { isGlobalResource } from '../../../src/sources/aws/global-resources.js';
import { toResources } from '../../../src/sources/aws/to-resources.js';

const type = (arn: string) => resourceTypeOf(parseArn(arn)!);

describe('parseArn', () => {
  it('keeps colons and slashes of the resource part', () => {
    expect(parseArn('arn:aws:lambda:us-east-1:111122223333:function:links:live')).toEqual({ partition: 'aws', service: 'lambda', region: 'us-east-1', account: '111122223333', resource: 'function:links:live' });
  });

  it('accepts ARNs without region, account or both', () => {
    expect(parseArn('arn:aws:s3:::bucket')).toMatchObject({ region: '', account: '', resource: 'bucket' });
    expect(parseArn('arn:aws:iam::123456789012:role/R')).toMatchObject({ region: '', account: '123456789012' });
    expect(parseArn('arn:aws-cn:dynamodb:cn-north-1:1:table/t')).toMatchObject({ partition: 'aws-cn' });
  });

  it('refuses what is not an ARN', () => {
    for (const text of ['', 'arn:aws:s3', 'urn:aws:s3:::b', 'arn:aws:s3:::', 'i-0abc', 'arn::s3:::b', 'arn:aws::us-east-1:1:x', 'arn:aws:s3:us-east-1']) expect(parseArn(text)).toBeUndefined();
  });
});

describe('resourceTypeOf', () => {
  it('reads the type of every ARN shape in the facts file', () => {
    expect(type('arn:aws:iam::123456789012:role/R')).toBe('iam:role');
    expect(type('arn:aws:sts::123456789012:assumed-role/R/S')).toBe('sts:assumed-role');
    expect(type('arn:aws:s3:::bucket')).toBe('s3:bucket');
    expect(type('arn:aws:s3:::bucket/key/deep')).toBe('s3:object');
    expect(type('arn:aws:s3::123456789012:accesspoint/alias.mrap')).toBe('s3:accesspoint');
    expect(type('arn:aws:route53:::hostedzone/Z123')).toBe('route53:hostedzone');
    expect(type('arn:aws:route53:::healthcheck/abc')).toBe('route53:healthcheck');
    expect(type('arn:aws:cloudfront::123456789012:distribution/E2AB')).toBe('cloudfront:distribution');
    expect(type('arn:aws:acm:us-east-1:123456789012:certificate/uuid')).toBe('acm:certificate');
    expect(type('arn:aws:waf::123456789012:webacl/ID')).toBe('waf:webacl');
    expect(type('arn:aws:wafv2:us-east-1:123456789012:global/webacl/name/id')).toBe('wafv2:webacl');
    expect(type('arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/name/id')).toBe('wafv2:webacl');
    expect(type('arn:aws:shield::123456789012:protection/ID')).toBe('shield:protection');
    expect(type('arn:aws:globalaccelerator::123456789012:accelerator/ID')).toBe('globalaccelerator:accelerator');
    expect(type('arn:aws:organizations::111111111111:account/o-x/222222222222')).toBe('organizations:account');
    expect(type('arn:aws:account::123456789012:account')).toBe('account:account');
    expect(type('arn:aws:sso:::instance/ssoins-1')).toBe('sso:instance');
    expect(type('arn:aws:route53-recovery-control::123456789012:cluster/ID')).toBe('route53-recovery-control:cluster');
    expect(type('arn:aws:networkmanager::123456789012:global-network/gn-1')).toBe('networkmanager:global-network');
    expect(type('arn:aws:sqs:us-east-1:123456789012:orders')).toBe('sqs:queue');
    expect(type('arn:aws:sns:us-east-1:123456789012:alerts')).toBe('sns:topic');
    expect(type('arn:aws:apigateway:us-east-1::/restapis/a1b2')).toBe('apigateway:restapis');
    expect(type('arn:aws:rds:eu-west-1:123456789012:cluster:orders')).toBe('rds:cluster');
    expect(type('arn:aws:dynamodb:us-east-1:123456789012:table/links')).toBe('dynamodb:table');
    expect(type('arn:aws:elasticloadbalancing:us-east-1:1:loadbalancer/app/web/abc')).toBe('elasticloadbalancing:loadbalancer');
  });

  it('reads odd shapes the same way: a bare scope, an empty segment, a service named like a prototype member', () => {
    expect(type('arn:aws:wafv2:us-east-1:1:global')).toBe('wafv2:global');
    expect(type('arn:aws:wafv2:us-east-1:1:global//x')).toBe('wafv2:global');
    expect(type('arn:aws:apigateway:us-east-1::/')).toBe('apigateway:');
    expect(type('arn:aws:constructor:us-east-1:1:thing')).toBe('constructor:thing');
  });
});

describe('isGlobalResource', () => {
  it('knows the global services of the whitepaper, global WAFv2 and multi-region access points', () => {
    for (const arn of ['arn:aws:cloudfront::1:distribution/E', 'arn:aws:route53:::hostedzone/Z', 'arn:aws:iam::1:role/R', 'arn:aws:wafv2:us-east-1:1:global/webacl/n/i', 'arn:aws:s3::1:accesspoint/a.mrap', 'arn:aws:globalaccelerator::1:accelerator/A', 'arn:aws:organizations::1:account/o/2']) {
      expect(isGlobalResource(parseArn(arn)!), arn).toBe(true);
    }
    for (const arn of ['arn:aws:s3:::bucket', 'arn:aws:wafv2:eu-west-1:1:regional/webacl/n/i', 'arn:aws:dynamodb:us-east-1:1:table/t', 'arn:aws:acm:us-east-1:1:certificate/c']) {
      expect(isGlobalResource(parseArn(arn)!), arn).toBe(false);
    }
  });
});

describe('toResources', () => {
  it('turns recorded records into resources, sorted by id', () => {
    const { resources, skipped } = toResources([
      {
        account: '111122223333',
        region: 'us-east-1',
        mappings: [
          { ResourceARN: 'arn:aws:dynamodb:us-east-1:111122223333:table/links', Tags: [{ Key: 'service', Value: 'links' }] },
          { ResourceARN: 'arn:aws:cloudfront::111122223333:distribution/E1', Tags: [] },
          { ResourceARN: 'arn:aws:route53:::hostedzone/Z1', Tags: [{ Key: 'team', Value: undefined }] },
          { ResourceARN: 'arn:aws:s3:::links-exports' },
        ],
      },
      { account: '111122223333', region: 'eu-central-1', mappings: [{ ResourceARN: 'arn:aws:s3:::links-backup' }, { ResourceARN: 'not-an-arn' }] },
    ]);
    expect(resources).toEqual([
      { id: 'arn:aws:cloudfront::111122223333:distribution/E1', provider: 'aws', type: 'cloudfront:distribution', tags: {}, account: '111122223333' },
      { id: 'arn:aws:dynamodb:us-east-1:111122223333:table/links', provider: 'aws', type: 'dynamodb:table', tags: { service: 'links' }, region: 'us-east-1', account: '111122223333' },
      { id: 'arn:aws:route53:::hostedzone/Z1', provider: 'aws', type: 'route53:hostedzone', tags: { team: '' }, account: '111122223333' },
      { id: 'arn:aws:s3:::links-backup', provider: 'aws', type: 's3:bucket', tags: {}, region: 'eu-central-1', account: '111122223333' },
      { id: 'arn:aws:s3:::links-exports', provider: 'aws', type: 's3:bucket', tags: {}, region: 'us-east-1', account: '111122223333' },
    ]);
    expect(skipped).toEqual([{ account: '111122223333', region: 'eu-central-1', arn: 'not-an-arn', reason: 'not an ARN' }]);
  });

  it('keeps tag keys named like prototype members, __proto__ too, as tags', () => {
    const { resources } = toResources([
      { account: '1', region: 'us-east-1', mappings: [{ ResourceARN: 'arn:aws:sqs:us-east-1:1:q', Tags: [{ Key: '__proto__', Value: 'free-form' }, { Key: 'constructor', Value: 'web' }] }] },
    ]);
    expect(Object.entries(resources[0]!.tags!)).toEqual([
      ['__proto__', 'free-form'],
      ['constructor', 'web'],
    ]);
    expect(JSON.parse(JSON.stringify(resources[0]))).toMatchObject({ tags: JSON.parse('{"__proto__": "free-form", "constructor": "web"}') });
  });

  it('counts a global resource once, however many regions returned it', () => {
    const cloudfront = { ResourceARN: 'arn:aws:cloudfront::1:distribution/E1' };
    const { resources } = toResources([
      { account: '1', region: 'us-east-1', mappings: [cloudfront] },
      { account: '1', region: 'eu-west-1', mappings: [cloudfront] },
    ]);
    expect(resources).toHaveLength(1);
    expect(resources[0]!.region).toBeUndefined();
  });

  it('keeps the first copy of a resource listed more than once, among others', () => {
    const { resources } = toResources([
      { account: '1', region: 'us-east-1', mappings: [{ ResourceARN: 'arn:aws:sqs:us-east-1:1:b', Tags: [{ Key: 'copy', Value: 'first' }] }, { ResourceARN: 'arn:aws:sqs:us-east-1:1:c' }] },
      { account: '1', region: 'us-east-1', mappings: [{ ResourceARN: 'arn:aws:sqs:us-east-1:1:a' }, { ResourceARN: 'arn:aws:sqs:us-east-1:1:b', Tags: [{ Key: 'copy', Value: 'second' }] }, { ResourceARN: 'arn:aws:sqs:us-east-1:1:b', Tags: [{ Key: 'copy', Value: 'third' }] }] },
    ]);
    expect(resources.map((resource) => [resource.id.slice(-1), resource.tags])).toEqual([
      ['a', {}],
      ['b', { copy: 'first' }],
      ['c', {}],
    ]);
  });
});

describe('Redactor', () => {
  it('scrubs remembered secrets and anything shaped like a key, token or signature', async () => {
    const { Redactor } = await import('../../../src/sources/aws/redact.js');
    const redactor = new Redactor();
    redactor.remember('s3cr3tValueThatIsLong', undefined, 'short');
    expect(redactor.redact('key AKIAIOSFODNN7EXAMPLE and s3cr3tValueThatIsLong, X-Amz-Security-Token=abc123&x=1, short')).toBe(
      'key AKIA[redacted] and [redacted], X-Amz-Security-Token=[redacted]&x=1, short',
    );
  });
});
