import { describe, expect, it } from 'vitest';
import { knowledge } from '../../src/knowledge/index.js';
import { ruleFor, terraformReferences, terraformTypeAliasSources, terraformTypeRules, universalNotNeeds, unknownTypeDefault } from '../../src/knowledge/terraform/index.js';
import { argumentNotNeededSchema, terraformTypeRuleSchema, unknownTypeDefaultSchema } from '../../src/knowledge/terraform/schema.js';
import { sourceSchema } from '../../src/knowledge/schema.js';
import { typeReaderFor } from '../../src/core/resource-type.js';

describe('the knowledge of Terraform references', () => {
  it('validates every row against its schema, each with a source and every quote at least ten characters', () => {
    for (const rule of terraformTypeRules) {
      const parsed = terraformTypeRuleSchema.safeParse(rule);
      expect(parsed.success, `${rule.terraform}: ${parsed.error?.message}`).toBe(true);
      expect(rule.sources.length, rule.terraform).toBeGreaterThan(0);
    }
    for (const entry of universalNotNeeds) expect(argumentNotNeededSchema.safeParse(entry).success, entry.argument).toBe(true);
    for (const source of terraformTypeAliasSources) sourceSchema.parse(source);
    unknownTypeDefaultSchema.parse(unknownTypeDefault);
  });

  it('rests every entry that is not a judgement on a source, and gives a judgement its reason', () => {
    for (const rule of terraformTypeRules) {
      const entries = [...(rule.needs ?? []), ...(rule.neededBy ?? []), ...(rule.notNeeds ?? []), ...(rule.joins ? [rule.joins] : [])];
      for (const entry of entries) {
        if (entry.judgement !== true) expect(entry.sources.length, `${rule.terraform} ${'argument' in entry ? entry.argument : 'joins'}`).toBeGreaterThan(0);
        else expect(entry.why?.length ?? 0, `${rule.terraform}: a judgement says why`).toBeGreaterThanOrEqual(10);
      }
      const quotes = [...rule.sources, ...entries.flatMap((entry) => entry.sources), ...(rule.configOf?.sources ?? [])].map((source) => source.quote);
      for (const quote of quotes) expect(quote.length, `${rule.terraform}: ${quote}`).toBeGreaterThanOrEqual(10);
    }
  });

  it('covers at least the 60 most used AWS resource types, each once, and says what it assumes for any other', () => {
    const types = terraformTypeRules.map((rule) => rule.terraform);
    expect(new Set(types).size).toBe(types.length);
    expect(types.length).toBeGreaterThanOrEqual(60);
    for (const type of ['aws_lb', 'aws_lb_listener', 'aws_lb_target_group', 'aws_route53_record', 'aws_ecs_service', 'aws_lambda_function', 'aws_iam_role', 'aws_s3_bucket', 'aws_dynamodb_table', 'aws_sqs_queue', 'aws_security_group', 'aws_subnet', 'aws_cloudwatch_metric_alarm']) {
      expect(types, type).toContain(type);
    }
    expect(ruleFor('aws_something_new')).toBeUndefined();
    expect(terraformReferences.unknownTypeDefault).toMatchObject({ role: 'resource', everyReferenceNeeded: true });
  });

  it('reads the documented aliases as the type they stand for, and every alias leads to a row', () => {
    expect(ruleFor('aws_alb')?.terraform).toBe('aws_lb');
    expect(ruleFor('aws_alb_listener')?.role).toBe('config');
    for (const [alias, type] of Object.entries(terraformReferences.aliases)) expect(ruleFor(type), `${alias} -> ${type}`).toBeDefined();
  });

  it('gives each role what it needs: glue says what it joins, an observer or a policy needs nothing', () => {
    for (const rule of terraformTypeRules) {
      if (rule.role === 'glue') expect(rule.joins, rule.terraform).toBeDefined();
      if (rule.role === 'observer' || rule.role === 'policy') expect(rule.needs ?? rule.neededBy, rule.terraform).toBeUndefined();
    }
    expect(terraformTypeRuleSchema.safeParse({ terraform: 'aws_x', role: 'glue', sources: [{ url: 'https://example.com', date: '2026-12', quote: 'a quote long enough' }] }).success).toBe(false);
    expect(terraformTypeRuleSchema.safeParse({ terraform: 'aws_x', role: 'resource', needs: [{ argument: 'role', alternatives: false, sources: [] }], sources: [{ url: 'https://example.com', date: '2026-12', quote: 'a quote long enough' }] }).success).toBe(false);
  });

  it('gives every type that is a resource a canonical service:resourceType through the table of AWS types', () => {
    const read = typeReaderFor(knowledge);
    expect(read('aws_dynamodb_table', { aws: true })).toMatchObject({ ok: true, type: 'dynamodb:table' });
    for (const rule of terraformTypeRules.filter((row) => row.role === 'resource')) {
      const reading = read(rule.terraform, { aws: true });
      expect(reading.ok && reading.note === undefined && /^[a-z0-9-]+:[A-Za-z0-9-]+$/.test(reading.type), rule.terraform).toBe(true);
    }
  });
});
