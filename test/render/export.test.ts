import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { buildBrief, nameOf } from '../../src/core/brief.js';
import { renderBriefMarkdown } from '../../src/render/markdown.js';
import { renderGraphml } from '../../src/render/graphml.js';
import { prepare } from '../../src/core/prepare.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { analyzeManifest, manifestOf, prepareManifest } from '../helpers/pipeline.js';
import { runCli } from '../helpers/cli.js';

describe('the Markdown brief', () => {
  it('matches the reviewed golden file for the example', async () => {
    const prepared = prepare((await loadModel('fixtures/example/faultline.yaml')).model);
    const markdown = renderBriefMarkdown(buildBrief(prepared, analyze(prepared)));
    expect(markdown).toBe(readFileSync('test/fixtures/golden/example-brief.md', 'utf8'));
  });

  it('says in one sentence what stops each capability, naming the most likely failure', () => {
    const manifest = manifestOf({ pay: { requires: ['api'] }, chat: { requires: [{ anyOf: ['a', 'b'] }] } }, { api: { provider: 'aws', region: 'us-east-1' }, a: { saas: 'x', hosting: ['aws/us-east-1'] }, b: { saas: 'y', hosting: ['gcp/europe-west1'] } });
    const prepared = prepareManifest(manifest);
    const brief = buildBrief(prepared, analyzeManifest(manifest));
    expect(brief.capabilities.map((c) => c.sentence)).toEqual([
      'chat survives any single failure; the smallest combination that stops it is AWS together with Google Cloud.',
      'pay stops if AWS us-east-1 fails, because pay → api (and 1 other single failure stop it too).',
    ]);
    expect(brief.outages[0]).toMatchObject({ domain: 'provider:aws', title: 'AWS' });
  });

  it('keeps markup in names from becoming markup', () => {
    const markdown = renderBriefMarkdown({ name: 'a|b <img src=x>', headline: 'h', capabilities: [], outages: [], risks: [], concentration: [], paths: [{ capability: 'k"]; x', domain: 'custom:d', path: ['k"]; x', 'y'] }] });
    expect(markdown).toContain('# a\\|b \\<img src=x\\>: resilience brief');
    expect(markdown).toContain('n0["k#quot;]; x"]');
  });

  it('names domains as people say them', () => {
    expect(['provider:aws', 'region:aws/us-east-1', 'region:aws/global', 'account:aws/1', 'zone:aws/use1-az1', 'vendor:intercom', 'custom:dns-team'].map(nameOf)).toEqual([
      'AWS',
      'AWS us-east-1',
      "AWS's global services (CloudFront, Route 53 and the like)",
      'AWS account 1',
      'AWS zone use1-az1',
      'the vendor intercom',
      'dns-team',
    ]);
  });
});

describe('GraphML', () => {
  it('parses back with every node and edge of the graph', async () => {
    const prepared = prepare((await loadModel('fixtures/example/faultline.yaml')).model);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(renderGraphml(prepared.graph));
    const graph = parsed.graphml.graph;
    expect(graph.node).toHaveLength(prepared.graph.order);
    expect(graph.edge).toHaveLength(prepared.graph.size);
    const ids = new Set(graph.node.map((node: { id: string }) => node.id));
    for (const edge of graph.edge) expect(ids.has(edge.source) && ids.has(edge.target)).toBe(true);
    expect(ids.has('region:aws/us-east-1')).toBe(true);
  });
});

describe('faultline export', () => {
  it('writes the brief, the analysis or the graph', () => {
    const md = runCli(['export', '-m', 'fixtures/example/faultline.yaml', '--max-age', '36500d']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# harbor-tickets: resilience brief');
    expect(JSON.parse(runCli(['export', '-m', 'fixtures/example/faultline.yaml', '--format', 'json', '--max-age', '36500d']).stdout).faultline).toBe(1);
    expect(runCli(['export', '-m', 'fixtures/example/faultline.yaml', '--format', 'graphml', '--max-age', '36500d']).stdout).toMatch(/^<\?xml/);
    expect(runCli(['export', '--format', 'pdf']).code).toBe(2);
  });
});
