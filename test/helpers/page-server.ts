/**
 * A report page for a suite: real Chromium and a real server on a loopback port
 * serving one manifest, started before the suite's tests and stopped after them.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server/serve.js';
import { loadUiAssets } from '../../src/server/ui-assets.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { launchBrowser } from './browser.js';

export interface PageServer {
  browser: () => Browser;
  server: () => RunningServer;
}

/** Call inside a `describe`: its hooks start and stop the browser and the server. */
export function servePageOf(manifest: string): PageServer {
  let browser: Browser | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    server = await startServer({ host: '127.0.0.1', port: 0, assets: await loadUiAssets(), load: async () => ({ model: (await loadModel(manifest)).model, inputs: [] }) });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { browser: () => browser!, server: () => server! };
}
