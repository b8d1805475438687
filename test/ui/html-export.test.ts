/// <reference lib="dom" />
/**
 * The HTML export in real Chromium, opened from file:// with every other request
 * blocked: it becomes ready, the what-if works offline, data stays text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { checkCollapsedExample, chromiumPath, hasBrowser, launchBrowser } from '../helpers/browser.js';
import { isOwnReport } from '../../src/cli/own-report.js';
import { runCli, workspace } from '../helpers/cli.js';

function exportHtml(manifest: string, ...flags: string[]): string {
  const dir = workspace();
  const out = path.join(dir, 'report.html');
  const result = runCli(['export', '--format', 'html', '--out', out, '-m', manifest, ...flags]);
  expect(result.code, result.stderr).toBe(0);
  return out;
}

/** Opens a file with every request but the file's own blocked (and recorded), collecting page errors, until ready. */
async function openOffline(browser: Browser, file: string): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 850 } });
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    if (route.request().url().startsWith('file:')) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`file://${file}`);
  await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
  return { page, requests, errors };
}

describe.skipIf(!hasBrowser)('the HTML export', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens from disk with the network blocked, shows the brief and answers what-ifs', async () => {
    const file = exportHtml('fixtures/example/faultline.yaml');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    const { page, requests, errors } = await openOffline(browser, file);
    expect(await page.textContent('#brief h1')).toBe('harbor-tickets: resilience brief');
    expect(await page.textContent('#brief')).toContain('tell-customers stops if AWS us-east-1 fails, because status-page does (tell-customers → status-page)');
    await page.check('input[data-domain="region:aws/us-east-1"]');
    expect(await page.getAttribute('#capabilities li:has(button[data-capability="tell-customers"])', 'data-status')).toBe('down');
    // Concentration as bars drawn to scale: us-east-1 holds 65.8% of the example's regional estate.
    const bars = await page.$$eval('#brief .chart', (charts) =>
      charts.map((chart) => {
        const first = chart.querySelector('.share')!;
        const ratio = first.querySelector('.fill')!.getBoundingClientRect().width / first.querySelector('.track')!.getBoundingClientRect().width;
        return [chart.querySelector('figcaption')!.textContent, first.querySelector('.name')!.textContent, Math.round(ratio * 1000) / 10];
      }),
    );
    expect(bars.map(([caption]) => String(caption).split(':')[0])).toEqual(['By region', 'By provider', 'By account', 'By vendor']);
    expect(bars[0]![1]).toBe('AWS us-east-1');
    expect(bars[0]![2]).toBeCloseTo(65.8, 0);
    expect(await page.textContent('#brief')).toContain('An AWS account becomes unusable (account 111122223333) — 4 of 6 capabilities stop');
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plays the cascade offline in the rounds simulate --format json gives', async () => {
    const file = exportHtml('fixtures/example/faultline.yaml');
    const { page, requests, errors } = await openOffline(browser, file);
    await page.selectOption('#scenario', 'aws-us-east-1-2025-10');
    await expect.poll(() => page.getAttribute('#cascade', 'data-round')).toBe('all');
    const steps: string[][] = [];
    await page.click('#round-next');
    for (;;) {
      steps.push(await page.$$eval('#round-steps li[data-id]', (items) => items.map((item) => (item as HTMLElement).dataset.id!)));
      if (await page.isDisabled('#round-next')) break;
      await page.click('#round-next');
    }
    const result = runCli(['simulate', 'fixtures/example/faultline.yaml', '--scenario', 'aws-us-east-1-2025-10', '--format', 'json']);
    expect(result.code, result.stderr).toBe(0);
    const { rounds } = JSON.parse(result.stdout) as { rounds: { down: { id: string }[] }[] };
    expect(steps).toEqual(rounds.map((round) => round.down.map((fall) => fall.id)));
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts a large estate collapsed and still simulates and opens components offline', async () => {
    const file = exportHtml('fixtures/example/faultline.yaml', '--collapse-above', '10');
    const embedded = JSON.parse(/<script type="application\/json" id="faultline-data">([^<]*)<\/script>/.exec(readFileSync(file, 'utf8'))![1]!);
    expect(embedded.graph.collapsed).toBe(true);
    expect(embedded.graph.components).toBeUndefined();
    expect(embedded.graph.bundles).toBeUndefined();
    expect(embedded.graph.packed.resources.id.length).toBeGreaterThan(0);
    const { page, requests, errors } = await openOffline(browser, file);
    await checkCollapsedExample(page);
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts collapsed offline with components named like prototype members, and opens the one named constructor', async () => {
    const file = exportHtml('test/fixtures/prototype-names/faultline.yaml', '--collapse-above', '3');
    const { page, requests, errors } = await openOffline(browser, file);
    expect(await page.evaluate(() => window.cy!.nodes('.resource').length)).toBe(0);
    expect(await page.evaluate(() => window.cy!.getElementById('~constructor').hasClass('bundle'))).toBe(true);
    expect(await page.evaluate(() => window.cy!.getElementById('~toString').hasClass('bundle'))).toBe(false);
    await page.check('input[data-domain="vendor:constructor"]');
    await expect.poll(() => page.getAttribute('#capabilities li:has(button[data-capability="hasOwnProperty"])', 'data-status')).toBe('down');
    const at = await page.evaluate(() => window.cy!.getElementById('~constructor').renderedPosition());
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.dblclick(box.x + at.x, box.y + at.y);
    await expect.poll(() => page.evaluate(() => window.cy!.nodes('.resource').map((node) => node.id()).sort())).toEqual([
      'arn:aws:ecs:eu-west-1:111122223333:service/web/constructor',
      'arn:aws:ecs:us-east-1:111122223333:service/web/constructor',
    ]);
    expect(requests.filter((url) => !url.startsWith('data:'))).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints a PDF with pages, the explorer as a picture of the graph', () => {
    const dir = workspace();
    const out = path.join(dir, 'report.pdf');
    const result = runCli(['export', '--format', 'pdf', '--out', out, '-m', 'fixtures/example/faultline.yaml', '--chromium', chromiumPath]);
    expect(result.code, result.stderr).toBe(0);
    const pdf = readFileSync(out).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(2);
    // The page prints no controls and one image: the graph (the brief is text and boxes).
    expect((pdf.match(/\/Subtype\s*\/Image\b/g) ?? []).length).toBe(1);
    // It is recognised as faultline's own: a second export replaces it, as it would not replace the user's PDF.
    expect(isOwnReport(pdf)).toBe(true);
    expect(isOwnReport('%PDF-1.7\n1 0 obj <</Title (Quarterly plan)>>')).toBe(false);
  });

  it('keeps hostile names, ARNs and tags inert', async () => {
    const file = exportHtml('test/fixtures/hostile/faultline.yaml');
    const page = await browser.newPage();
    await page.goto(`file://${file}`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true', null, { timeout: 20_000 });
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(await page.textContent('#brief h1')).toBe(`<img src=x onerror="window.__pwned='name'">: resilience brief`);
    expect(await page.$$('#brief img, #brief svg, #brief script')).toHaveLength(0);
    // A scenario's description reaches the brief and the replay control. (Domain names, which the charts show, are checked names: no markup gets that far.)
    expect(await page.textContent('#brief')).toContain(`<img src=x onerror="window.__pwned='summary'">`);
    await page.selectOption('#scenario', 'gone');
    expect(await page.textContent('#scenario-summary')).toBe(`<img src=x onerror="window.__pwned='summary'">`);
    // Nothing from data became an element: no image or drawing anywhere, and only the file's own two scripts (its data and its code).
    expect(await page.$$('img, svg')).toHaveLength(0);
    expect(await page.$$eval('script', (scripts) => scripts.map((script) => script.id || script.type || 'code'))).toEqual(['faultline-data', 'code']);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    await page.close();
  });
});

describe('export --format pdf without a browser', () => {
  it('says so in one line and exits 2', () => {
    const result = runCli(['export', '--format', 'pdf', '--chromium', '/nonexistent/chromium', '-m', 'fixtures/example/faultline.yaml']);
    expect(result).toMatchObject({ code: 2, stderr: "faultline: no Chromium at /nonexistent/chromium to print the PDF; install Debian's chromium, or pass --chromium PATH (or use --format html)\n" });
  });
});
