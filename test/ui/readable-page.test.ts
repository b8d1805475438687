/// <reference lib="dom" />
/**
 * The report page is readable at first sight, in real Chromium at 1400 × 900, on
 * the bundled example and on an estate of about 300 components: labels at least
 * 10 px high, the same picture on every load, no node inside a group it is not
 * in, a legend in view, the results in view after a replay, a focused capability
 * drawn as exactly its dependency cone, and a cascade whose steps are the rounds
 * of `simulate --format json`.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { loadUiAssets } from '../../src/server/ui-assets.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { prepare } from '../../src/core/prepare.js';
import { findDependencyCone } from '../../src/core/analysis/dependency-cone.js';
import type { Simulation } from '../../src/core/report.js';
import { hasBrowser, launchBrowser } from '../helpers/browser.js';
import { runCli, workspace } from '../helpers/cli.js';
import { writeMidEstate } from '../helpers/estate.js';

const viewport = { width: 1400, height: 900 };

async function open(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 30_000 });
  return { page, errors };
}

/** The smallest label drawn, in screen pixels: font size times zoom. */
const smallestLabelPx = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const sizes = cy
      .nodes(':visible')
      .filter((node) => !node.hasClass('group'))
      .map((node) => Number.parseFloat(String(node.style('font-size'))));
    return Math.min(...sizes) * cy.zoom();
  });

const positions = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      window
        .cy!.nodes()
        .map((node) => [node.id(), [Math.round(node.position('x')), Math.round(node.position('y'))]] as const)
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  );

/** Every node whose box overlaps a group's box, that is not in that group. */
const intruders = (page: Page) =>
  page.evaluate(() => {
    const cy = window.cy!;
    const found: string[] = [];
    const members: Record<string, string[]> = {};
    for (const group of cy.nodes('.group').toArray()) {
      const box = group.boundingBox({ includeLabels: false });
      members[group.id()] = group.descendants().not('.group').map((node) => node.id());
      for (const node of cy.nodes().not('.group').nodes().toArray()) {
        const b = node.boundingBox({ includeLabels: false });
        const overlaps = b.x1 < box.x2 && b.x2 > box.x1 && b.y1 < box.y2 && b.y2 > box.y1;
        if (overlaps && !node.ancestors().contains(group)) found.push(`${node.id()} in ${group.id()}`);
      }
    }
    return { intruders: found, members };
  });

const inViewport = (page: Page, selector: string) =>
  page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= window.innerHeight && box.right <= window.innerWidth;
    }),
  );

/** Those of the nodes whose whole box is on screen in the graph's pane. */
const inGraphView = (page: Page, ids: string[]) =>
  page.evaluate((wanted) => {
    const cy = window.cy!;
    return wanted.filter((id) => {
      const box = cy.getElementById(id).renderedBoundingBox({});
      return box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    });
  }, ids);

/** The ids of each round, as the cascade control shows them one round at a time. */
async function stepThrough(page: Page): Promise<string[][]> {
  const steps: string[][] = [];
  await page.click('#round-next');
  for (;;) {
    const round = Number(await page.getAttribute('#cascade', 'data-round'));
    expect(round).toBe(steps.length);
    steps.push(await page.$$eval('#round-steps li[data-id]', (items) => items.map((item) => (item as HTMLElement).dataset.id!)));
    // The capabilities are shown as they stand at this round: down once they have fallen, up until then.
    const shown = await page.$$eval('#capabilities li', (items) => items.map((item) => [item.querySelector('button')!.dataset.capability!, (item as HTMLElement).dataset.status!] as const));
    const fallen = new Set(steps.flat());
    expect(shown.filter(([, status]) => status === 'down').map(([id]) => id).sort()).toEqual(shown.map(([id]) => id).filter((id) => fallen.has(id)).sort());
    // The graph glows what fell in this round, and only that.
    const glowing = await page.evaluate(() => window.cy!.nodes('.this-round').map((node) => node.id()));
    expect(glowing.every((id) => steps.at(-1)!.includes(id))).toBe(true);
    // Each step says why: what the scenario failed, or what it needed that fell before.
    const why = await page.$$eval('#round-steps li[data-id]', (items) => items.map((item) => item.textContent ?? ''));
    expect(why.every((text) => (steps.length === 1 ? / (in |failed by name)/ : / needs /).test(text))).toBe(true);
    if (await page.isDisabled('#round-next')) break;
    await page.click('#round-next');
  }
  // And back, a round at a time, to the direct failures.
  for (let round = steps.length - 2; round >= 0; round--) {
    await page.click('#round-back');
    expect(await page.getAttribute('#cascade', 'data-round')).toBe(String(round));
    expect(await page.$$eval('#round-steps li[data-id]', (items) => items.map((item) => (item as HTMLElement).dataset.id!))).toEqual(steps[round]);
  }
  expect(await page.isDisabled('#round-back')).toBe(true);
  return steps;
}

interface Estate {
  name: string;
  manifest: string;
  /** What to fail in the cascade test: a replayed scenario, or a region switched off. */
  outage: { scenario: string } | { region: string };
  capability: string;
}

const estates: Estate[] = [
  { name: 'the bundled example', manifest: 'fixtures/example/faultline.yaml', outage: { scenario: 'aws-us-east-1-2025-10' }, capability: 'sell-tickets' },
  { name: 'an estate of about 300 components', manifest: path.join(workspace(), 'mid', 'faultline.yaml'), outage: { region: 'region:aws/us-east-1' }, capability: 'capability-04' },
];
writeMidEstate(path.dirname(estates[1]!.manifest));

describe.skipIf(!hasBrowser).each(estates)('the report page at first sight, on $name', (estate) => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer({ host: '127.0.0.1', port: 0, assets: await loadUiAssets(), load: async () => ({ model: (await loadModel(estate.manifest)).model, inputs: [] }) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows labels at least 10 px high, draws the same picture on every load, and keeps every node out of groups it is not in', async () => {
    const first = await open(browser, server.url);
    const components = await first.page.evaluate(() => window.cy!.nodes().not('.group').length);
    expect(components).toBeGreaterThan(10);
    expect(await smallestLabelPx(first.page)).toBeGreaterThanOrEqual(10);
    // The capabilities read first: the leftmost column, all of them in view.
    const capabilities = await first.page.evaluate(() => {
      const cy = window.cy!;
      const others = Math.min(...cy.nodes().not('.group, .capability').map((node) => node.boundingBox({}).x1));
      return { left: cy.nodes('.capability').every((node) => node.boundingBox({}).x2 < others), drawn: cy.nodes('.capability').map((node) => node.id()) };
    });
    expect(capabilities.left).toBe(true);
    expect(await inGraphView(first.page, capabilities.drawn)).toEqual(capabilities.drawn);
    const { intruders: found, members } = await intruders(first.page);
    expect(Object.keys(members).length).toBeGreaterThan(0);
    expect(found).toEqual([]);
    // A group's members are in its domain.
    const graph = (await (await fetch(`${server.url}api/graph`)).json()) as { nodes: { id: string; domains: string[] }[] };
    const domainsOf = new Map(graph.nodes.map((node) => [node.id, node.domains]));
    for (const [group, ids] of Object.entries(members)) {
      for (const id of ids) expect(domainsOf.get(id), `${id} in ${group}`).toContain(group.slice('group:'.length));
    }
    const again = await open(browser, server.url);
    expect(await positions(again.page)).toEqual(await positions(first.page));
    expect([...first.errors, ...again.errors]).toEqual([]);
    await first.page.close();
    await again.page.close();
  });

  it('has a legend in view that names every fill, border and line the graph uses', async () => {
    const { page } = await open(browser, server.url);
    expect(await inViewport(page, '#legend')).toEqual([true]);
    const words = await page.$$eval('#legend li', (items) => items.map((item) => item.textContent));
    for (const word of ['capability', 'a single domain stops it', 'component', 'single point of failure', 'folded resources', 'failure domain', 'needs', 'one of alternatives', 'needed by its resources', 'failed', 'down', 'degraded', 'the reason', 'this round', 'search match']) {
      expect(words).toContain(word);
    }
    await page.close();
  });

  it('keeps the capabilities and their states in view while an outage is replayed and stepped through, and the steps are the rounds of simulate --format json', async () => {
    const { page, errors } = await open(browser, server.url);
    const args = 'scenario' in estate.outage ? ['--scenario', estate.outage.scenario] : ['--fail', estate.outage.region];
    if ('scenario' in estate.outage) await page.selectOption('#scenario', estate.outage.scenario);
    else await page.check(`input[data-domain="${estate.outage.region}"]`);
    await expect.poll(() => page.$$eval('#capabilities li[data-status="down"]', (items) => items.length)).toBeGreaterThan(0);
    expect(await inViewport(page, '#capabilities li')).not.toContain(false);
    const result = runCli(['simulate', estate.manifest, ...args, '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const simulation = JSON.parse(result.stdout) as Simulation;
    expect(simulation.rounds.length).toBeGreaterThan(1);
    expect(await stepThrough(page)).toEqual(simulation.rounds.map((round) => round.down.map((fall) => fall.id)));
    expect(await inViewport(page, '#capabilities li')).not.toContain(false);
    expect(await inViewport(page, '#cascade')).toEqual([true]);
    // Back to the whole cascade: everything down is painted again.
    await page.click('#round-all');
    expect(await page.getAttribute('#cascade', 'data-round')).toBe('all');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws a chosen capability as exactly its dependency cone, from the capability to its resources, with its own single failures and explanations marked', async () => {
    const { page, errors } = await open(browser, server.url);
    await page.click(`#capabilities button[data-capability="${estate.capability}"]`);
    await expect.poll(() => page.isVisible('#focus-chip')).toBe(true);
    const { model } = await loadModel(estate.manifest);
    const { index } = prepare(model);
    const cone = findDependencyCone(index, [index.positionOf(estate.capability)!]);
    const expected = index.ids.filter((_, v) => v < index.componentCount && cone[v] === 1).sort();
    await expect.poll(() => page.evaluate(() => window.cy!.nodes().not('.group').map((node) => node.id()).sort())).toEqual(expected);
    const drawn = await page.evaluate((root) => {
      const cy = window.cy!;
      const x = cy.getElementById(root).position('x');
      return { leftmost: (cy.nodes().not('.group').toArray() as cytoscape.NodeSingular[]).every((node) => node.position('x') >= x), spof: cy.nodes('.spof-component').map((node) => node.id()).sort(), lit: cy.nodes('.on-path').length };
    }, estate.capability);
    const analysis = await (await fetch(`${server.url}api/analysis`)).json();
    const result = analysis.capabilities.find((entry: { id: string }) => entry.id === estate.capability);
    expect(drawn.leftmost).toBe(true);
    expect(drawn.spof).toEqual(result.spofComponents);
    expect(drawn.lit > 0).toBe(result.paths.length > 0);
    expect(await smallestLabelPx(page)).toBeGreaterThanOrEqual(10);
    expect((await intruders(page)).intruders).toEqual([]);
    await page.click('#unfocus');
    await expect.poll(() => page.isVisible('#focus-chip')).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });
});
