/// <reference lib="dom" />
/**
 * The report page in real Chromium against a real server: it becomes ready, its
 * nodes are the analysis's, failing a region turns the expected capabilities down
 * and lights their path, data stays text, and nothing logs an error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { loadUiAssets } from '../../src/server/ui-assets.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { analyze } from '../../src/core/analyze.js';
import { createBaseline, type Baseline } from '../../src/core/gate/baseline.js';
import type { Model } from '../../src/core/model.js';
import { prepare } from '../../src/core/prepare.js';
import type { Core } from 'cytoscape';
import { checkCollapsedExample, hasBrowser, launchBrowser } from '../helpers/browser.js';

declare global {
  interface Window {
    /** The page's Cytoscape instance (DESIGN section 5). */
    cy?: Core;
  }
}

async function serve(manifest: string, collapseAbove?: number, baseline?: (model: Model) => Baseline): Promise<RunningServer> {
  return startServer({
    host: '127.0.0.1',
    port: 0,
    assets: await loadUiAssets(),
    load: async () => {
      const { model } = await loadModel(manifest);
      return { model, inputs: [], ...(baseline !== undefined && { baseline: { label: 'faultline.baseline.json', baseline: baseline(model) } }) };
    },
    ...(collapseAbove !== undefined && { collapseAbove }),
  });
}

async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
  return { page, errors };
}

describe.skipIf(!hasBrowser)('the report page', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await serve('fixtures/example/faultline.yaml');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('becomes ready with the overview: every capability and component, each scanned resource folded into the one that needs it; Everything draws them all', async () => {
    const { page, errors } = await open(browser, server.url);
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as { nodes: { id: string; kind: string }[] };
    const drawn = () => page.evaluate(() => window.cy!.nodes().filter((node) => !node.hasClass('group')).map((node) => node.id()).sort());
    expect(await drawn()).toEqual(graph.nodes.filter((node) => node.kind !== 'resource').map((node) => node.id).sort());
    expect(await page.evaluate(() => window.cy!.getElementById('checkout').data('label'))).toBe('checkout (3)');
    expect(await page.evaluate(() => window.cy!.getElementById('tell-customers').hasClass('spof'))).toBe(true);
    await page.click('#view-all');
    await expect.poll(drawn).toEqual(graph.nodes.map((node) => node.id).sort());
    await page.click('#view-overview');
    await expect.poll(() => page.evaluate(() => window.cy!.nodes('.resource').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('turns capabilities down when a region is switched off, and lights the path', async () => {
    const { page, errors } = await open(browser, server.url);
    await page.check('input[data-domain="region:aws/us-east-1"]');
    const status = await page.$$eval('#capabilities li', (items) => Object.fromEntries(items.map((item) => [item.querySelector('button')!.textContent, item.dataset.status])));
    expect(status).toEqual({ 'answer-support': 'degraded', 'deliver-tickets': 'down', 'scan-at-venue': 'degraded', 'sell-tickets': 'down', 'ship-hotfix': 'down', 'tell-customers': 'down' });
    const lit = await page.evaluate(() => ({
      node: window.cy!.getElementById('status-page').hasClass('on-path'),
      edge: window.cy!.edges('[source = "tell-customers"][target = "status-page"]').first().hasClass('on-path'),
      down: window.cy!.getElementById('tell-customers').hasClass('down'),
    }));
    expect(lit).toEqual({ node: true, edge: true, down: true });
    await page.uncheck('input[data-domain="region:aws/us-east-1"]');
    expect(await page.evaluate(() => window.cy!.$('.on-path').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lights the chain to the real cause, and every failed alternative when there is none', async () => {
    const fleet = await serve('test/fixtures/redirect-fleet/faultline.yaml');
    try {
      const { page, errors } = await open(browser, fleet.url);
      await page.check('input[data-domain="region:aws/us-east-1"]');
      await expect.poll(() => page.getAttribute('#capabilities li:has(button[data-capability="redirect-links"])', 'data-status')).toBe('down');
      const lit = await page.evaluate(() => window.cy!.$('node.on-path').map((node) => node.id()).sort());
      // The table, through the eu-central-1 replica that falls because of it; both halves of the cache.
      expect(lit).toEqual(['cache-a', 'cache-b', 'edge-cache', 'links-table', 'preview-links', 'redirect', 'redirect-euc1', 'redirect-links']);
      expect(await page.textContent('#capabilities li:has(button[data-capability="redirect-links"]) .path')).toBe('redirect-links → redirect → redirect-euc1 → links-table (region:aws/us-east-1)');
      expect(await page.$$eval('#capabilities li:has(button[data-capability="preview-links"]) .tree-line', (lines) => lines.map((line) => line.textContent))).toEqual([
        'preview-links → edge-cache needs 1 of 2, and both fail:',
        '  cache-a (in region:aws/us-east-1)',
        '  cache-b (in region:aws/us-east-1)',
      ]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await fleet.close();
    }
  });

  it('replays a known outage, and forgets it when the what-if is changed by hand', async () => {
    const { page, errors } = await open(browser, server.url);
    expect(await page.isVisible('#replay')).toBe(true);
    expect(await page.$$eval('#scenario option', (options) => options.map((option) => option.textContent))).toEqual([
      'an outage…',
      'AWS us-east-1, 19-20 October 2025: DynamoDB DNS',
      'An AWS account becomes unusable (account 111122223333)',
    ]);
    await page.selectOption('#scenario', 'aws-us-east-1-2025-10');
    await expect.poll(() => page.getAttribute('#capabilities li:has(button[data-capability="ship-hotfix"])', 'data-status')).toBe('down');
    const status = await page.$$eval('#capabilities li', (items) => Object.fromEntries(items.map((item) => [item.querySelector('button')!.textContent, item.dataset.status])));
    // As the brief's table for this scenario says (test/fixtures/golden/example-brief.md).
    expect(status).toEqual({ 'answer-support': 'degraded', 'deliver-tickets': 'down', 'scan-at-venue': 'degraded', 'sell-tickets': 'down', 'ship-hotfix': 'down', 'tell-customers': 'down' });
    expect(await page.textContent('#scenario-summary')).toMatch(/^A race condition in DynamoDB’s DNS management/);
    expect(await page.evaluate(() => window.cy!.getElementById('aws-control/identity-center').hasClass('failed'))).toBe(true);
    // A whole region is not what this outage failed: its box stays unticked.
    expect(await page.isChecked('input[data-domain="region:aws/us-east-1"]')).toBe(false);
    await page.check('input[data-domain="region:aws/eu-west-1"]');
    expect(await page.inputValue('#scenario')).toBe('');
    expect(await page.textContent('#scenario-summary')).toBe('');
    await page.selectOption('#scenario', 'aws-account-lockout');
    expect(await page.isChecked('input[data-domain="region:aws/eu-west-1"]')).toBe(false);
    expect(await page.isChecked('input[data-domain="account:aws/111122223333"]')).toBe(true);
    await page.selectOption('#scenario', '');
    await expect.poll(() => page.evaluate(() => window.cy!.$('.down').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('walks the graph from the keyboard, and fails a node with Enter', async () => {
    const { page, errors } = await open(browser, server.url);
    const selected = () => page.evaluate(() => window.cy!.$('node:selected').map((node) => node.id()));
    await page.focus('#graph');
    await page.keyboard.press('ArrowRight');
    expect(await selected()).toEqual(['answer-support']);
    await expect.poll(() => page.textContent('#graph-status')).toMatch(/^answer-support, capability, up; needs \d+, needed by 0 \(1 of 6\)$/);
    await page.keyboard.press('ArrowRight');
    const needs = await page.evaluate(() => window.cy!.getElementById('answer-support').outgoers('node').map((node) => node.id()));
    expect(needs.length).toBeGreaterThan(1);
    expect(await selected()).toEqual([needs[0]]);
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toEqual([needs[1]]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await selected()).toEqual([needs.at(-1)]);
    await page.keyboard.press('ArrowLeft');
    expect(await page.evaluate(() => window.cy!.$('node:selected').incomers('node').length + window.cy!.$('node:selected').outgoers('node').length)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.focus('#graph');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await selected()).toEqual(['deliver-tickets']);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#graph-status')).toMatch(/^deliver-tickets, capability, failed;/);
    expect(await page.getAttribute('#capabilities li:has(button[data-capability="deliver-tickets"])', 'data-status')).toBe('down');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('#graph-status')).toMatch(/^deliver-tickets, capability, up;/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a node with its blast radius, and fails it from the panel', async () => {
    const { page } = await open(browser, server.url);
    await page.fill('#search', 'status-page');
    await page.press('#search', 'Enter');
    await expect.poll(() => page.textContent('#blast-radius')).toBe('tell-customers');
    await page.click('#fail-node');
    expect(await page.getAttribute('#capabilities li:has(button[data-capability="tell-customers"])', 'data-status')).toBe('down');
    await page.close();
  });

  it('lists the hidden hubs, gives each component its centrality, and numbers the findings with their severity, wrapping in the panel', async () => {
    const { page, errors } = await open(browser, server.url);
    const analysis = await (await fetch(`${server.url}api/analysis`)).json();
    const spof = new Set(analysis.capabilities.flatMap((capability: { spofComponents: string[] }) => capability.spofComponents));
    const capabilities = new Set(analysis.capabilities.map((capability: { id: string }) => capability.id));
    const hubs = await page.$$eval('#hubs button[data-hub]', (buttons) => buttons.map((button) => (button as HTMLElement).dataset.hub!));
    expect(hubs.length).toBeGreaterThan(0);
    expect(hubs.some((id) => spof.has(id))).toBe(false);
    // The most central that is no single point of failure is a capability (ship-hotfix): the results list it already, it is no hidden hub.
    expect(analysis.centrality.betweenness.find((entry: { id: string }) => !spof.has(entry.id)).id).toBe('ship-hotfix');
    expect(hubs).toEqual(analysis.centrality.betweenness.map((entry: { id: string }) => entry.id).filter((id: string) => !spof.has(id) && !capabilities.has(id)).slice(0, hubs.length));
    await page.click(`#hubs button[data-hub="${hubs[0]}"]`);
    await expect.poll(() => page.textContent('#node dd')).toBe(hubs[0]);
    expect(await page.textContent('#centrality')).toMatch(/^\d\.\d+(e-\d+)? \(\d+(st|nd|rd|th) of \d+ that chains run through\)$/);
    const findings = await page.$$eval('#findings > li', (items) =>
      items.slice(0, 40).map((item) => ({ first: item.querySelector('button > *')?.className, wraps: item.scrollWidth <= item.clientWidth })),
    );
    expect(findings.length).toBe(Math.min(40, analysis.findings.length));
    expect(findings.every((finding) => finding.first?.startsWith('severity') && finding.wraps)).toBe(true);
    // The example's rule names fit the panel anyway: one far wider than it, with no hyphen to break at, must wrap too.
    const longRule = await page.$eval('#findings > li:first-child', (item) => {
      item.querySelector('.rule')!.textContent = `rule${'x'.repeat(150)}`;
      return { wraps: item.scrollWidth <= item.clientWidth, lines: item.querySelector('.rule')!.getClientRects().length };
    });
    expect(longRule.wraps).toBe(true);
    expect(longRule.lines).toBeGreaterThan(1);
    expect(await page.$eval('#details', (panel) => panel.scrollWidth <= panel.clientWidth)).toBe(true);
    const item = analysis.findings.findIndex((finding: { component?: string }) => finding.component === 'status-page');
    await page.click(`#findings > li:nth-child(${item + 1}) button`);
    await expect.poll(() => page.evaluate(() => window.cy!.$(':selected').map((node) => node.id()))).toEqual(['status-page']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('exports the view as PNG and answers the keyboard', async () => {
    const { page, errors } = await open(browser, server.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#png')]);
    expect(download.suggestedFilename()).toBe('harbor-tickets.png');
    const saved = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(saved).subarray(1, 4).toString()).toBe('PNG');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('orders');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => window.cy!.$(':selected').map((node) => node.id()))).toEqual(['orders']);
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => window.cy!.$(':selected').length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts a large graph collapsed, simulates on the server and opens a component on double-click', async () => {
    const large = await serve('fixtures/example/faultline.yaml', 10);
    try {
      const { page, errors } = await open(browser, large.url);
      await checkCollapsedExample(page);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await large.close();
    }
  });

  it('shows the trend since the baseline serve was given, and no trend without one', async () => {
    const { page: plain } = await open(browser, server.url);
    expect(await plain.isVisible('#trend-section')).toBe(false);
    await plain.close();
    // A baseline recorded before tell-customers came to depend on the status page.
    const before = (model: Model) => {
      const prepared = prepare(model);
      const baseline = createBaseline(prepared, analyze(prepared), ['region:aws/us-east-1']);
      baseline.singleRegion['region:aws/us-east-1'] = baseline.singleRegion['region:aws/us-east-1']!.filter((pair) => pair !== 'tell-customers -> status-page');
      return baseline;
    };
    const trended = await serve('fixtures/example/faultline.yaml', undefined, before);
    try {
      const { page, errors } = await open(browser, trended.url);
      expect(await page.textContent('#trend-title')).toBe('Since the baseline (faultline.baseline.json)');
      expect(await page.$$eval('#trend li', (items) => items.map((item) => item.textContent))).toEqual([
        'Capabilities that stop on a single failure: unchanged at 6.',
        'Dependencies only in AWS us-east-1: up from 33 to 34 (1 new, 0 resolved).',
        'tell-customers → status-page, only in AWS us-east-1',
      ]);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await trended.close();
    }
  });

  it('starts with ids, a vendor and tag keys named like prototype members, draws them under a mark, and fails them', async () => {
    const named = await serve('test/fixtures/prototype-names/faultline.yaml');
    try {
      const { page, errors } = await open(browser, named.url);
      const status = () => page.$$eval('#capabilities li', (items) => Object.fromEntries(items.map((item) => [item.querySelector('button')!.textContent, item.dataset.status])));
      const drawn = () => page.evaluate(() => window.cy!.nodes().filter((node) => !node.hasClass('group')).map((node) => node.id()).sort());
      expect(await status()).toEqual({ hasOwnProperty: 'up', propertyIsEnumerable: 'up', toLocaleString: 'up' });
      // An id every JavaScript object inherits is drawn as ~ and the id; any other id as itself.
      const nodes = [
        'arn:aws:dynamodb:eu-west-1:111122223333:table/replica',
        'arn:aws:ecs:eu-west-1:111122223333:service/web/constructor',
        'arn:aws:ecs:us-east-1:111122223333:service/web/constructor',
        'aws-control/dynamodb@us-east-1',
        'aws-control/ecs@eu-west-1',
        'aws-control/ecs@us-east-1',
        '~constructor',
        '~hasOwnProperty',
        '~isPrototypeOf',
        '~propertyIsEnumerable',
        '~toLocaleString',
        '~toString',
        '~valueOf',
      ];
      expect(await drawn()).toEqual(nodes);
      expect(await page.evaluate(() => window.cy!.getElementById('~constructor').hasClass('spof-component'))).toBe(true);
      await page.check('input[data-domain="vendor:constructor"]');
      await expect.poll(status).toEqual({ hasOwnProperty: 'down', propertyIsEnumerable: 'down', toLocaleString: 'down' });
      expect(await page.evaluate(() => window.cy!.edges('[source = "~hasOwnProperty"][target = "~constructor"]').first().hasClass('on-path'))).toBe(true);
      await page.uncheck('input[data-domain="vendor:constructor"]');
      await page.selectOption('#scenario', 'constructor');
      await expect.poll(() => page.evaluate(() => window.cy!.$('node.down').map((node) => node.id()).sort())).toEqual(['~constructor', '~hasOwnProperty', '~propertyIsEnumerable', '~toLocaleString', '~toString']);
      await page.fill('#search', 'valueOf');
      await page.press('#search', 'Enter');
      await expect.poll(() => page.textContent('#blast-radius')).toBe('hasOwnProperty');
      expect(await page.textContent('#node dd')).toBe('valueOf');
      // Every grouping and layout draws them: regrouping removes and adds every node again.
      for (const grouping of ['vendor', 'account', 'none', 'provider']) {
        await page.selectOption('#group-by', grouping);
        expect(await drawn(), grouping).toEqual(nodes);
      }
      expect(await page.evaluate(() => window.cy!.getElementById('~toString').parent().first().id())).toBe('group:region:aws/us-east-1');
      await page.selectOption('#layout', 'dagre');
      await page.selectOption('#layout', 'fcose');
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await named.close();
    }
  });

  it('keeps hostile names, descriptions, ARNs and tags as text', async () => {
    const hostile = await serve('test/fixtures/hostile/faultline.yaml');
    try {
      const { page, errors } = await open(browser, hostile.url);
      await page.fill('#search', 'arn:aws:s3');
      await page.press('#search', 'Enter');
      await page.waitForSelector('#blast-radius');
      expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
      expect(await page.textContent('#title')).toBe(`faultline · <img src=x onerror="window.__pwned='name'">`);
      expect(await page.textContent('#node')).toContain(`owner=<svg onload="window.__pwned='tag'"></svg>`);
      expect(await page.$$('#node img, #node svg, #title img, #node script')).toHaveLength(0);
      expect(errors).toEqual([]);
      await page.close();
    } finally {
      await hostile.close();
    }
  });
});
