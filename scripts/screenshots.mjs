// Retakes the README's pictures of the report page on the bundled example, in
// Debian's Chromium at 1400 × 900: docs/report.png (the October 2025 us-east-1
// outage replayed), docs/cascade.png (its first round after the direct failures)
// and docs/focus.png (one capability's dependency cone). Not part of the tests.
// Usage, after `npm run build`: node scripts/screenshots.mjs [folder]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { loadModel } from '../dist/index.js';
import { startServer } from '../dist/server/serve.js';
import { loadUiAssets } from '../dist/server/ui-assets.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const folder = path.resolve(process.argv[2] ?? path.join(root, 'docs'));
const manifest = path.join(root, 'fixtures/example/faultline.yaml');

const server = await startServer({ host: '127.0.0.1', port: 0, assets: await loadUiAssets(), load: async () => ({ model: (await loadModel(manifest)).model, inputs: [] }) });
const browser = await chromium.launch({ executablePath: process.env.FAULTLINE_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const open = async () => {
    await page.goto(server.url);
    await page.waitForFunction('document.body.dataset.ready === "true"');
  };
  const shoot = async (name) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(folder, name) });
    console.log(`wrote ${path.join(folder, name)}`);
  };
  await open();
  await page.selectOption('#scenario', 'aws-us-east-1-2025-10');
  await page.waitForSelector('#capabilities li[data-status="down"]');
  await shoot('report.png');
  await page.click('#round-next');
  await page.click('#round-next');
  await shoot('cascade.png');
  await open();
  await page.click('#capabilities button[data-capability="sell-tickets"]');
  await page.waitForSelector('#focus-chip:not([hidden])');
  await shoot('focus.png');
} finally {
  await browser.close();
  await server.close();
}
