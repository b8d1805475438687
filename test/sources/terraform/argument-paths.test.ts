import { describe, expect, it } from 'vitest';
import { argumentOf, formatPath, isInArgument, leafStrings } from '../../../src/sources/terraform/argument-paths.js';

describe('leafStrings', () => {
  it('yields every string with its path, reading JSON strings and naming list elements inside them by their name', () => {
    const attributes = {
      role: 'arn:aws:iam::1:role/r',
      environment: [{ variables: { TABLE: 'orders' } }],
      container_definitions: JSON.stringify([{ name: 'app', environment: [{ name: 'DB', value: 'db.example' }] }]),
      count: 3,
      empty: null,
      not_json: '{ broken',
    };
    expect([...leafStrings(attributes)].map((leaf) => `${formatPath(leaf.path)}=${leaf.value}`)).toEqual([
      'role=arn:aws:iam::1:role/r',
      'environment.0.variables.TABLE=orders',
      'container_definitions.app.name=app',
      'container_definitions.app.environment.DB.name=DB',
      'container_definitions.app.environment.DB.value=db.example',
      'not_json={ broken',
    ]);
  });
});

describe('argumentOf', () => {
  it('drops the index of a list element at the end, and keeps the indices of blocks', () => {
    expect(formatPath(argumentOf(['vpc_config', 0, 'subnet_ids', 2]))).toBe('vpc_config.0.subnet_ids');
    expect(formatPath(argumentOf(['load_balancer', 0, 'target_group_arn']))).toBe('load_balancer.0.target_group_arn');
  });
});

describe('isInArgument', () => {
  it('skips indices, matches * inside a name, takes any of | and covers what lies inside the argument', () => {
    expect(isInArgument('alias.name', ['alias', 0, 'name'])).toBe(true);
    expect(isInArgument('alias.name', ['alias', 0, 'zone_id'])).toBe(false);
    expect(isInArgument('environment.variables.*', ['environment', 0, 'variables', 'ORDERS_TABLE'])).toBe(true);
    expect(isInArgument('launch_template.id|launch_template.name', ['launch_template', 0, 'name'])).toBe(true);
    expect(isInArgument('*_failure_feedback_role_arn', ['sqs_failure_feedback_role_arn'])).toBe(true);
    expect(isInArgument('policy', ['policy', 'Statement', 0, 'Resource'])).toBe(true);
    expect(isInArgument('policy.Statement', ['policy'])).toBe(false);
    // A plan's reference covers a whole map argument.
    expect(isInArgument('environment.variables.*', ['environment', 0, 'variables'])).toBe(true);
    expect(isInArgument('role', ['role_arn'])).toBe(false);
  });
});
