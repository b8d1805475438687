/**
 * Debian's Chromium, driven by playwright-core. Under CI=true a missing browser
 * is a failure, never a silent skip; on a developer machine the suite says it is
 * skipped and why.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
