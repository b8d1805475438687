/**
 * Debian's Chromium, driven by playwright-core. Under CI=true a missing browser
 * is a failure, never a silent skip; on a developer machine the suite says it is
 * skipped and why.
 */
/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

declare global {
  interface Window {
    cy?: Core;
  }
}

export const chromiumPath = process.env.FAULTLINE_CHROMIUM ?? '/usr/bin/chromium';
export const hasBrowser = existsSync(chromiumPath);

if (!hasBrowser) {
  if (process.env.CI === 'true') throw new Error(`browser tests: no Chromium at ${chromiumPath}; .ci/run installs Debian's chromium (or set FAULTLINE_CHROMIUM)`);
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath} (apt-get install chromium, or set FAULTLINE_CHROMIUM)`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The example estate drawn collapsed (served with --collapse-above 10, or
 * exported so): resources start folded (the page has no Everything view), a
 * region off paints the right statuses
 * and paths, and a double-click opens a component's resources, which are then
 * painted down with it. The same checks for the server and for the offline file.
 */
export async function checkCollapsedExample(page: Page): Promise<void> {
  // Small enough to draw in groups; no scanned resource drawn until a component is opened.
  expect(await page.inputValue('#group-by')).toBe('provider');
  expect(await page.evaluate(() => window.cy!.getElementById('seat-inventory').hasClass('bundle'))).toBe(true);
  expect(await page.evaluate(() => window.cy!.nodes('.resource').length)).toBe(0);
  expect(await page.isVisible('#view-all')).toBe(false);
  await page.check('input[data-domain="region:aws/us-east-1"]');
  await expect.poll(() => page.getAttribute('#capabilities li:has(button[data-capability="tell-customers"])', 'data-status')).toBe('down');
  expect(await page.evaluate(() => window.cy!.edges('[source = "deliver-tickets"][target = "ticket-mailer"]').first().hasClass('on-path'))).toBe(true);
  const at = await page.evaluate(() => window.cy!.getElementById('seat-inventory').renderedPosition());
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.dblclick(box.x + at.x, box.y + at.y);
  await expect.poll(() => page.evaluate(() => window.cy!.nodes('.resource').length)).toBe(3);
  expect(await page.evaluate(() => window.cy!.getElementById('seat-inventory').hasClass('bundle'))).toBe(false);
  await expect.poll(() => page.evaluate(() => window.cy!.nodes('.resource.down').length)).toBe(3);
  // A replayed outage fails scanned resources by ARN, folded or not.
  await page.selectOption('#scenario', 'aws-us-east-1-2025-10');
  await expect.poll(() => page.evaluate(() => window.cy!.getElementById('aws-control/identity-center').hasClass('failed'))).toBe(true);
  expect(await page.isChecked('input[data-domain="region:aws/us-east-1"]')).toBe(false);
  expect(await page.getAttribute('#capabilities li:has(button[data-capability="deliver-tickets"])', 'data-status')).toBe('down');
  expect(await page.getAttribute('#capabilities li:has(button[data-capability="scan-at-venue"])', 'data-status')).toBe('degraded');
  // The Lambda function behind the mailer is folded into ticket-mailer, which is drawn down with it.
  expect(await page.evaluate(() => window.cy!.getElementById('ticket-mailer').hasClass('down'))).toBe(true);
}
