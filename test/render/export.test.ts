import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/core/analyze.js';
import { buildBrief, nameOf } from '../../src/core/brief.js';
import { renderBriefMarkdown } from '../../src/render/markdown.js';
import { renderGraphml } from '../../src/render/graphml.js';
import { renderHtmlReport } from '../../src/render/html-report.js';
import type { GraphPayload } from '../../src/render/graph-payload.js';
import { prepare } from '../../src/core/prepare.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { analyzeManifest, manifestOf, prepareManifest } from '../helpers/pipeline.js';
import { runCli, workspace } from '../helpers/cli.js';
import { knowledge } from '../../src/knowledge/index.js';
import { applicableScenarios } from '../../src/core/named-scenario.js';

describe('the Markdown brief', () => {
  it('matches the reviewed golden file for the example', async () => {
    const prepared = prepare((await loadModel('fixtures/example/faultline.yaml')).model);
    const markdown = renderBriefMarkdown(buildBrief(prepared, analyze(prepared), { scenarios: applicableScenarios(prepared, knowledge) }));
    expect(markdown).toBe(readFileSync('test/fixtures/golden/example-brief.md', 'utf8'));
  });

  it('says in one sentence what stops each capability, naming the most likely failure', () => {
    const manifest = manifestOf({ pay: { requires: ['api'] }, chat: { requires: [{ anyOf: ['a', 'b'] }] } }, { api: { provider: 'aws', region: 'us-east-1' }, a: { saas: 'x', hosting: ['aws/us-east-1'] }, b: { saas: 'y', hosting: ['gcp/europe-west1'] } });
    const prepared = prepareManifest(manifest);
    const brief = buildBrief(prepared, analyzeManifest(manifest));
    expect(brief.capabilities.map((c) => c.sentence)).toEqual([
      'chat survives any single failure; the smallest combination that stops it is AWS together with Google Cloud.',
      'pay stops if AWS us-east-1 fails, because api does (pay → api) (and 1 other single failure stops it too).',
    ]);
    expect(brief.outages[0]).toMatchObject({ domain: 'provider:aws', title: 'AWS' });
  });

  it('lists every capability in a small outage table, and counts those still up in a large one', () => {
    const capabilities = Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`k${String(i).padStart(2, '0')}`, { requires: [i === 0 ? 'east' : 'west'] }]));
    const manifest = manifestOf(capabilities, { east: { provider: 'aws', region: 'us-east-1' }, west: { provider: 'aws', region: 'us-west-2' } });
    const markdown = renderBriefMarkdown(buildBrief(prepareManifest(manifest), analyzeManifest(manifest)));
    const start = markdown.indexOf('### AWS us-east-1 — 1 of 14 capabilities stops');
    expect(start).toBeGreaterThan(0);
    const table = markdown.slice(start, markdown.indexOf('\n#', start + 1));
    expect(table.trim().split('\n').slice(2)).toEqual(['| capability | status | why |', '|---|---|---|', '| k00 | down | k00 → east |', '| 13 other capabilities | up |  |']);
    expect(markdown).toContain('| AWS us-east-1 | 1 of 14 | 0 |');
  });

  it('keeps the critical-path diagram to forty capabilities, and says where the rest are', () => {
    const capabilities = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`k${String(i).padStart(2, '0')}`, { requires: [`c${i}`] }]));
    const components = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`c${i}`, { provider: 'aws', region: 'us-east-1' }]));
    const manifest = manifestOf(capabilities, components);
    const markdown = renderBriefMarkdown(buildBrief(prepareManifest(manifest), analyzeManifest(manifest)));
    const diagram = markdown.slice(markdown.indexOf('```mermaid\ngraph LR'));
    expect(diagram).toContain('"k39"');
    expect(diagram).not.toContain('"k40"');
    expect(markdown.trimEnd().endsWith('The diagram shows the first 40 capabilities; `faultline analyze` gives the critical paths of all 45.')).toBe(true);
  });

  it('shows shares in its charts and table as whole percentages that add up to 100', () => {
    const region = (name: string) => ({ provider: 'aws', region: name });
    const manifest = manifestOf({ pay: { requires: ['a', 'b', 'c', 'd', 'e', 'f'] } }, { a: region('us-east-1'), b: region('us-east-1'), c: region('us-east-1'), d: region('us-east-1'), e: region('eu-west-1'), f: region('us-west-2') });
    const brief = buildBrief(prepareManifest(manifest), analyzeManifest(manifest));
    const markdown = renderBriefMarkdown(brief);
    const pie = markdown.slice(markdown.indexOf('pie title By region'), markdown.indexOf('```', markdown.indexOf('pie title By region')));
    expect(pie.split('\n').slice(1, -1)).toEqual(['  "AWS us-east-1" : 67', '  "AWS eu-west-1" : 17', '  "AWS us-west-2" : 16']);
    expect(markdown).toContain('| region | AWS us-east-1 | 67% |');
    const assets = { html: '<meta charset="utf-8" /><link rel="stylesheet" href="/assets/app.css" /><header></header><script src="/assets/app.js"></script>', script: '', style: '' };
    const html = renderHtmlReport({ brief, analysis: analyzeManifest(manifest), graph: { nodes: [], edges: [] } as unknown as GraphPayload, assets });
    const chart = html.slice(html.indexOf('<figcaption>By region'), html.indexOf('</figure>', html.indexOf('<figcaption>By region')));
    expect([...chart.matchAll(/<span class="percent">(\d+)%<\/span>/g)].map((match) => match[1])).toEqual(['67', '17', '16']);
  });

  it('keeps markup in names from becoming markup', () => {
    const markdown = renderBriefMarkdown({
      name: 'a|b <img src=x>',
      headline: 'h',
      capabilities: [],
      outages: [{ domain: 'x', kind: 'scenario', title: '*bold* | pipe', summary: '_x_\n# heading', capabilities: [] }],
      risks: [],
      concentration: [{ kind: 'vendor', largest: 'v', share: 1, hhi: 1, effective: 1, shares: [{ name: 'evil"\n  "x" : 99', share: 1 }] }],
      paths: [{ capability: 'k"]; x', domain: 'custom:d', path: ['k"]; x', 'y'] }],
    });
    expect(markdown).toContain('# a\\|b \\<img src=x\\>: resilience brief');
    expect(markdown).toContain('n0["k#quot;]; x"]');
    expect(markdown).toContain('| \\*bold\\* \\| pipe | 0 of 0 | 0 |');
    expect(markdown).toContain('  "evil#quot;   #quot;x#quot; : 99" : 100\n```');
    expect(markdown).not.toMatch(/^# heading/m);
  });

  it('names domains as people say them', () => {
    expect(['provider:aws', 'region:aws/us-east-1', 'region:aws/global', 'account:aws/1', 'zone:aws/use1-az1', 'vendor:intercom', 'custom:dns-team'].map((domain) => nameOf(domain))).toEqual([
      'AWS',
      'AWS us-east-1',
      "AWS's global services (CloudFront, Route 53 and the like)",
      'AWS account 1',
      'AWS zone use1-az1',
      'the vendor intercom',
      'dns-team',
    ]);
    expect(['region:aws/global', 'vendor:intercom', 'region:aws/us-east-1'].map((domain) => nameOf(domain, { short: true }))).toEqual(['AWS global', 'intercom', 'AWS us-east-1']);
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
    const md = runCli(['export', '-m', 'fixtures/example/faultline.yaml']);
    expect(md.code).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('# harbor-tickets: resilience brief');
    expect(JSON.parse(runCli(['export', '-m', 'fixtures/example/faultline.yaml', '--format', 'json']).stdout).faultline).toBe(1);
    expect(runCli(['export', '-m', 'fixtures/example/faultline.yaml', '--format', 'graphml']).stdout).toMatch(/^<\?xml/);
    expect(runCli(['export', '--format', 'pdf']).code).toBe(2);
  });

  it('writes the format the name of --out says, without --format', () => {
    const example = path.resolve('fixtures/example/faultline.yaml');
    const dir = workspace();
    expect(runCli(['export', example, '--out', 'analysis.json'], { cwd: dir })).toMatchObject({ code: 0, stdout: '', stderr: 'faultline: wrote analysis.json\n' });
    expect(JSON.parse(readFileSync(path.join(dir, 'analysis.json'), 'utf8')).faultline).toBe(1);
    expect(runCli(['export', example, '--out', 'graph.graphml'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'graph.graphml'), 'utf8')).toMatch(/^<\?xml/);
    expect(runCli(['export', example, '--out', 'notes.txt'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8').split('\n')[0]).toBe('# harbor-tickets: resilience brief');
    expect(runCli(['export', example, '--format', 'md', '--out', 'report.json'], { cwd: dir })).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'faultline: --format md and --out report.json (a json file) disagree; drop --format to write json, or name the file for md\n',
    });
  });

  it('shows the trend since a baseline in the brief', () => {
    const manifest = (requires: string) => `version: 1\nname: shop\ncomponents:\n  db: { provider: aws, region: us-east-1 }\n  queue: { provider: aws, region: us-east-1 }\n  web: { provider: gcp, region: europe-west1 }\ncapabilities:\n  orders: { requires: [${requires}] }\n`;
    const dir = workspace({ 'faultline.yaml': manifest('{ anyOf: [db, web] }') });
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'faultline.yaml'), manifest('queue'));
    const md = runCli(['export', '--baseline', 'b.json'], { cwd: dir });
    expect(md.code, md.stderr).toBe(0);
    const section = md.stdout.slice(md.stdout.indexOf('## Since the baseline'), md.stdout.indexOf('## What stops'));
    expect(section).toBe(
      [
        '## Since the baseline (b.json)',
        '',
        '- Capabilities that stop on a single failure: up from 0 to 1.',
        '- Dependencies only in AWS us-east-1: up from 0 to 1 (1 new, 0 resolved).',
        '- Largest region: AWS us-east-1 50% → 100% (HHI 0.50 → 1.00).',
        '- Largest provider: AWS 50% → 100% (HHI 0.50 → 1.00).',
        '',
        '**New: single-region dependencies**',
        '',
        '- orders → queue, only in AWS us-east-1',
        '',
        '**New: single failures**',
        '',
        '- orders now stops when AWS fails',
        '- orders now stops when AWS us-east-1 fails',
        '- orders now stops when queue fails alone',
        '',
        '',
      ].join('\n'),
    );
    const json = JSON.parse(runCli(['export', '--baseline', 'b.json', '--format', 'json'], { cwd: dir }).stdout);
    expect(json.faultline).toBe(1);
    expect(json.trend).toMatchObject({ since: 'b.json', spofCapabilities: { before: 0, now: 1 }, singleRegion: [{ region: 'region:aws/us-east-1', before: 0, now: 1, added: ['orders -> queue'], resolved: [] }] });
    const html = runCli(['export', '--baseline', 'b.json', '--format', 'html'], { cwd: dir });
    expect(html.stdout).toContain('<h2>Since the baseline (b.json)</h2><ul><li>Capabilities that stop on a single failure: up from 0 to 1.</li>');
  });

  it('refuses a baseline it cannot use, and never writes over it', () => {
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: p\ncomponents:\n  db: { provider: aws, region: us-east-1 }\ncapabilities:\n  k: { requires: [db] }\n' });
    expect(runCli(['baseline', '--out', 'b.json'], { cwd: dir }).code).toBe(0);
    const accepted = readFileSync(path.join(dir, 'b.json'), 'utf8');
    expect(runCli(['export', '--baseline', 'b.json', '--format', 'graphml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'faultline: --baseline adds the trend to the brief or the analysis; use it with --format html, pdf, md or json (not graphml)\n' });
    expect(runCli(['export', '--baseline', 'missing.json'], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringMatching(/^faultline: missing\.json: cannot read the baseline \(ENOENT\)/) });
    expect(runCli(['export', '--baseline', 'b.json', '--out', 'b.json'], { cwd: dir }).code).toBe(2);
    expect(readFileSync(path.join(dir, 'b.json'), 'utf8')).toBe(accepted);
  });
});
