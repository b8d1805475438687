import { describe, expect, it } from 'vitest';
import { FaultlineError } from '../../src/core/errors.js';
import { applicableScenarios, resolveNamedScenario } from '../../src/core/named-scenario.js';
import { createPlaceNames } from '../../src/core/place-names.js';
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
    { scenarios: { 'status-gone': { description: 'the status page is gone', fail: ['vendor:atlassian-statuspage', 'page'] } } },
  ),
);

describe('resolveNamedScenario', () => {
  it('reaches a type however it was written, and the AWS sign-in by type or by category', () => {
    const spelled = prepareManifest(
      manifestOf(
        { k: { requires: ['cfn', 'tf', 'words', 'center', 'console', 'vendor-idp'] } },
        {
          cfn: { provider: 'aws', region: 'us-east-1', type: 'AWS::DynamoDB::Table' },
          tf: { provider: 'aws', region: 'us-east-1', type: 'aws_lambda_function' },
          words: { provider: 'aws', region: 'us-east-1', type: 'DynamoDB table' },
          center: { provider: 'aws', region: 'us-east-1', type: 'IAM Identity Center' },
          console: { provider: 'aws', region: 'us-east-1', category: 'identity' },
          'vendor-idp': { saas: 'okta', hosting: ['aws/us-west-2'] },
        },
      ),
    );
    expect(resolveNamedScenario(spelled, 'aws-us-east-1-2025-10', knowledge).failed).toEqual(['center', 'cfn', 'console', 'tf', 'words']);
  });

  it('says which components of its region it could not classify and left up', () => {
    const guessed = prepareManifest(
      manifestOf(
        { k: { requires: ['table', 'mystery', 'odd', 'vm', 'elsewhere'] } },
        {
          table: { provider: 'aws', region: 'us-east-1', type: 'dynamodb:table' },
          mystery: { provider: 'aws', region: 'us-east-1' },
          odd: { provider: 'aws', region: 'us-east-1', type: 'cassandra' },
          vm: { provider: 'aws', region: 'us-east-1', type: 'ec2:instance' },
          elsewhere: { provider: 'aws', region: 'eu-west-1' },
        },
      ),
    );
    const scenario = resolveNamedScenario(guessed, 'aws-us-east-1-2025-10', knowledge);
    expect(scenario.failed).toEqual(['table']);
    expect(scenario.assumedUp).toEqual(['mystery', 'odd']);
    expect(scenario.region).toBe('aws/us-east-1');
  });

  it('fails, for the October 2025 event, DynamoDB and Lambda in us-east-1 and SaaS hosted there, not EC2', () => {
    const scenario = resolveNamedScenario(prepared, 'aws-us-east-1-2025-10', knowledge);
    expect(scenario.failed).toEqual(['fn', 'page', 'table']);
    expect(scenario.title).toMatch(/October 2025/);
  });

  it('locks out the largest account, or the one named', () => {
    expect(resolveNamedScenario(prepared, 'aws-account-lockout', knowledge).failed).toEqual(['account:aws/111122223333']);
    expect(resolveNamedScenario(prepared, 'aws-account-lockout:444455556666', knowledge).failed).toEqual(['account:aws/444455556666']);
  });

  it('names the estate’s accounts when the account to lock out is not one of them, or is no account id', () => {
    expect(() => resolveNamedScenario(prepared, 'aws-account-lockout:999999999999', knowledge)).toThrow(
      '--scenario aws-account-lockout:999999999999: this estate has no AWS account 999999999999; name one of its accounts: 111122223333, 444455556666',
    );
    expect(() => resolveNamedScenario(prepared, 'aws-account-lockout:12345', knowledge)).toThrow('--scenario aws-account-lockout:12345: an AWS account id is 12 digits; name one of its accounts: 111122223333, 444455556666');
  });

  it('tells a misspelt region given as a scenario from a real one, as --fail does', () => {
    const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions);
    expect(() => resolveNamedScenario(prepared, 'region:aws/eu-centrl-1', knowledge, { places })).toThrow(/^--scenario region:aws\/eu-centrl-1: "eu-centrl-1" is not an AWS region; did you mean "eu-central-1"\?/);
  });

  it('takes a domain as a scenario, and the manifest’s own scenarios', () => {
    expect(resolveNamedScenario(prepared, 'region:aws/eu-west-1', knowledge).failed).toEqual(['region:aws/eu-west-1']);
    expect(resolveNamedScenario(prepared, 'status-gone', knowledge)).toMatchObject({ id: 'status-gone', summary: 'the status page is gone', failed: ['page', 'vendor:atlassian-statuspage'] });
    // A scenario naming what the estate does not have is refused when the manifest is read.
    expect(() => prepareManifest(manifestOf({ k: { requires: ['page'] } }, { page: { saas: 'atlassian-statuspage' } }, { scenarios: { typo: { fail: ['vendor:atlassian-statuspag'] } } }))).toThrow(
      'scenarios.typo.fail[0]: "vendor:atlassian-statuspag" is neither a component nor a failure domain of this estate',
    );
  });

  it('suggests a near name for an unknown scenario', () => {
    expect(() => resolveNamedScenario(prepared, 'aws-acount-lockout', knowledge)).toThrow(FaultlineError);
    expect(() => resolveNamedScenario(prepared, 'aws-acount-lockout', knowledge)).toThrow('did you mean "aws-account-lockout"?');
  });

  it('refuses a name the manifest does not define, even one named like a prototype member', () => {
    for (const name of ['constructor', 'toString', 'hasOwnProperty', '__proto__']) {
      expect(() => resolveNamedScenario(prepared, name, knowledge)).toThrow(`--scenario ${name}: no such scenario`);
    }
  });
});

describe('applicableScenarios', () => {
  it('lists the manifest’s scenarios, then the library’s that touch the estate, naming the account a lockout takes', () => {
    const own = prepareManifest(
      manifestOf({ k: { requires: ['table', 'page'] } }, { table: { provider: 'aws', region: 'us-east-1', account: '111122223333', type: 'dynamodb:table' }, page: { saas: 'atlassian-statuspage' } }, { scenarios: { 'status-page-gone': { description: 'the status page is down', fail: ['page'] } } }),
    );
    const scenarios = applicableScenarios(own, knowledge);
    expect(scenarios.map((scenario) => [scenario.id, scenario.title ?? '', scenario.failed])).toEqual([
      ['status-page-gone', '', ['page']],
      ['aws-us-east-1-2025-10', 'AWS us-east-1, 19-20 October 2025: DynamoDB DNS', ['page', 'table']],
      ['aws-account-lockout', 'An AWS account becomes unusable (account 111122223333)', ['account:aws/111122223333']],
    ]);
    expect(scenarios[0]!.summary).toBe('the status page is down');
  });

  it('leaves out library scenarios that touch nothing in the estate', () => {
    const elsewhere = prepareManifest(manifestOf({ k: { requires: ['db'] } }, { db: { provider: 'gcp', region: 'europe-west1' } }));
    expect(applicableScenarios(elsewhere, knowledge)).toEqual([]);
  });
});
