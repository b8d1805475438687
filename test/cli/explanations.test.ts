/**
 * The redirect fleet: three regions of redirect servers that all read one
 * DynamoDB table in us-east-1, and an edge cache whose two halves both run there.
 * Every place that explains an outage must name the table, not a replica, and say
 * why each alternative fails where no single component is the cause.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const manifest = 'test/fixtures/redirect-fleet/faultline.yaml';

describe('explanations of the redirect fleet', () => {
  it('analyze names the table in text, with a tree for the cache', () => {
    const result = runCli(['analyze', '-m', manifest]);
    expect(result.code).toBe(0);
    const why = result.stdout.slice(result.stdout.indexOf('Why: critical paths'), result.stdout.indexOf('Smallest combinations'));
    expect(why).toBe(
      [
        'Why: critical paths',
        '  preview-links fails with provider:aws or region:aws/us-east-1, though no single component in them does:',
        '    preview-links → edge-cache needs 1 of 2, and both fail:',
        '      cache-a',
        '      cache-b',
        '  redirect-links fails with account:aws/111122223333 or provider:aws, because links-table does: redirect-links → redirect → redirect-use1 → links-table',
        '  redirect-links fails with region:aws/us-east-1, because links-table does: redirect-links → redirect → redirect-euc1 → links-table',
        '',
        '',
      ].join('\n'),
    );
    expect(result.stdout).toContain('capability-spof-domain     redirect-links goes down when region:aws/us-east-1 fails, because links-table does: redirect-links → redirect → redirect-euc1 → links-table');
    expect(result.stdout).toContain(
      'fallback-shares-fate       the alternatives of redirect (redirect-use1, redirect-euc1, redirect-apse2) all need links-table, which fails when region:aws/us-east-1 fails',
    );
  });

  it('analyze --format json gives the path to the table, and the tree as a stable field', () => {
    const analysis = JSON.parse(runCli(['analyze', '-m', manifest, '--format', 'json']).stdout);
    const byId = Object.fromEntries(analysis.capabilities.map((c: { id: string }) => [c.id, c]));
    expect(byId['redirect-links'].paths).toContainEqual({ domain: 'region:aws/us-east-1', path: ['redirect-links', 'redirect', 'redirect-euc1', 'links-table'] });
    expect(byId['preview-links'].paths).toContainEqual({
      domain: 'region:aws/us-east-1',
      path: ['preview-links', 'edge-cache'],
      tree: {
        path: ['preview-links', 'edge-cache'],
        alternatives: {
          need: 1,
          of: 2,
          failedCount: 2,
          failed: [
            { path: ['cache-a'], cause: 'region:aws/us-east-1' },
            { path: ['cache-b'], cause: 'region:aws/us-east-1' },
          ],
        },
      },
    });
  });

  it('simulate gives the same explanations, in text and JSON', () => {
    const text = runCli(['simulate', '-m', manifest, '--fail', 'region:aws/us-east-1']).stdout;
    expect(text).toContain('preview-links   DOWN    preview-links → edge-cache needs 1 of 2, and both fail: cache-a, cache-b (region:aws/us-east-1)');
    expect(text).toContain('redirect-links  DOWN    redirect-links → redirect → redirect-euc1 → links-table (region:aws/us-east-1)');
    const simulation = JSON.parse(runCli(['simulate', '-m', manifest, '--fail', 'region:aws/us-east-1', '--format', 'json']).stdout);
    expect(simulation.capabilities.find((c: { id: string }) => c.id === 'redirect-links')).toEqual({
      id: 'redirect-links',
      status: 'down',
      path: ['redirect-links', 'redirect', 'redirect-euc1', 'links-table'],
      cause: 'region:aws/us-east-1',
    });
    expect(simulation.capabilities.find((c: { id: string }) => c.id === 'preview-links').tree.alternatives.failed).toHaveLength(2);
  });

  it('the brief says it in words, and its diagram draws the chain to the table and to each cache', () => {
    const brief = runCli(['export', '-m', manifest, '--format', 'md']).stdout;
    expect(brief).toContain('- redirect-links stops if AWS us-east-1 fails, because links-table does (redirect-links → redirect → redirect-euc1 → links-table) (and 2 other single failures stop it too).');
    expect(brief).toContain('- preview-links stops if AWS us-east-1 fails, though no single component there does: edge-cache needs 1 of 2, and both fail: cache-a, cache-b (and 1 other single failure stops it too).');
    const diagram = brief.slice(brief.indexOf('## Critical paths'));
    expect(diagram).toContain('["redirect-euc1"] --> n');
    expect(diagram).toMatch(/\["links-table"\] -\. in \.-> n\d+\["region:aws\/us-east-1"\]/);
    expect(diagram).toMatch(/\["cache-a"\] -\. in \.->/);
    expect(diagram).toMatch(/\["cache-b"\] -\. in \.->/);
    expect(diagram).not.toMatch(/\["redirect-use1"\] -\. in/);
  });

  it('a degraded capability says which group lost what, not that it runs on an alternative', () => {
    const text = runCli(['simulate', '-m', manifest, '--fail', 'region:aws/ap-southeast-2']).stdout;
    expect(text).toContain('redirect-links  degraded  up, with less in reserve: redirect lost 1 of its 3 alternatives (2 left)');
  });
});
