import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { resolveNamedScenario } from '../../src/core/named-scenario.js';
import { knowledge } from '../../src/knowledge/index.js';
import { manifestOf, prepareManifest } from '../helpers/pipeline.js';

const prepared = prepareManifest(
  manifestOf(
    { k: { requires: ['table', 'fn', 'vm', 'page', 'other'] } },
    {
      table: { provider: 'aws', region: 'us-east-1', account: '111122223333', type: 'dynamodb:table' },
      fn: { provider: 'aws', region: 'us-east-1', account: '111122223333', type: 'lambda:function' },
      vm: { provider: 'aws', region: 'us-east-1', account: '444455556666', type: 'ec2:instance' },
      page: { saas: 'atlassian-statuspage' },
      other: { provider: 'aws', region: 'eu-west-1', account: '111122223333', type: 'dynamodb:table' },
    },
    { scenarios: { 'cards-down': { description: 'the card processor is gone', fail: ['vendor:stripe-like', 'page'] } } },
  ),
);

describe('resolveNamedScenario', () => {
  it('fails, for the October 2025 event, DynamoDB and Lambda in us-east-1 and SaaS hosted there, not EC2', () => {
    const scenario = resolveNamedScenario(prepared, 'aws-us-east-1-2025-10', knowledge);
    expect(scenario.failed).toEqual(['fn', 'page', 'table']);
    expect(scenario.title).toMatch(/October 2025/);
  });

  it('locks out the largest account, or the one named', () => {
    expect(resolveNamedScenario(prepared, 'aws-account-lockout', knowledge).failed).toEqual(['account:aws/111122223333']);
    expect(resolveNamedScenario(prepared, 'aws-account-lockout:444455556666', knowledge).failed).toEqual(['account:aws/444455556666']);
  });

  it('takes a domain as a scenario, and the manifest’s own scenarios', () => {
    expect(resolveNamedScenario(prepared, 'region:aws/eu-west-1', knowledge).failed).toEqual(['region:aws/eu-west-1']);
    expect(() => resolveNamedScenario(prepared, 'cards-down', knowledge)).toThrow(/vendor:stripe-like: no component is in this domain/);
  });

  it('suggests a near name for an unknown scenario', () => {
    expect(() => resolveNamedScenario(prepared, 'aws-acount-lockout', knowledge)).toThrow(FaultlineError);
    expect(() => resolveNamedScenario(prepared, 'aws-acount-lockout', knowledge)).toThrow('did you mean "aws-account-lockout"?');
  });
});
