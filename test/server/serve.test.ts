import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/serve.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { runCliAsync } from '../helpers/cli.js';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { cliEnv, repoRoot } from '../helpers/cli.js';

describe('startServer', () => {
  it('listens on a free loopback port and answers over HTTP', async () => {
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      assets: new Map([['/', { body: 'page', type: 'text/html' }]]),
      load: async () => ({ model: (await loadModel('fixtures/example/faultline.yaml')).model, inputs: [] }),
    });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const analysis = (await (await fetch(`${server.url}api/analysis`)).json()) as { capabilities: unknown[] };
      expect(analysis.capabilities).toHaveLength(6);
      expect(await (await fetch(server.url)).text()).toBe('page');
    } finally {
      await server.close();
    }
  });
});

describe('faultline serve', () => {
  it('prints its loopback URL and serves the built page until stopped', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/faultline.js'), 'serve', '--port', '0', '-m', 'fixtures/example/faultline.yaml'], { cwd: repoRoot, env: cliEnv() });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.setEncoding('utf8').once('data', resolve);
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(line)![0];
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<script src="/assets/app.js"></script>');
      expect((await fetch(`${url}assets/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });

  it('says in one line when the port is taken', async () => {
    const server = await startServer({ host: '127.0.0.1', port: 0, assets: new Map(), load: async () => ({ model: (await loadModel('fixtures/example/faultline.yaml')).model, inputs: [] }) });
    try {
      const port = new URL(server.url).port;
      const result = await runCliAsync(['serve', '--port', port, '-m', 'fixtures/example/faultline.yaml']);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`faultline: cannot listen on 127.0.0.1:${port} (EADDRINUSE); choose another --port (0 for any free one) or --host\n`);
    } finally {
      await server.close();
    }
  });
});

describe('startServer with watch', () => {
  it('serves the new state after the manifest changes, and keeps the old one through a broken edit', async () => {
    const { workspace } = await import('../helpers/cli.js');
    const { writeFileSync } = await import('node:fs');
    const dir = workspace({ 'faultline.yaml': 'version: 1\nname: before\ncomponents:\n  a: {}\ncapabilities:\n  k: { requires: [a] }\n' });
    const manifest = path.join(dir, 'faultline.yaml');
    const reloads: boolean[] = [];
    const server = await startServer({
      host: '127.0.0.1',
      port: 0,
      assets: new Map(),
      watch: true,
      load: async () => ({ model: (await loadModel(manifest)).model, inputs: [manifest] }),
      onReload: (outcome) => reloads.push(outcome.ok),
    });
    const name = async () => ((await (await fetch(`${server.url}api/analysis`)).json()) as { name: string }).name;
    try {
      expect(await name()).toBe('before');
      writeFileSync(manifest, 'version: 1\nname: after\ncomponents:\n  a: {}\ncapabilities:\n  k: { requires: [a] }\n');
      await expect.poll(name, { timeout: 5000 }).toBe('after');
      writeFileSync(manifest, 'version: 1\nname: [broken\n');
      await expect.poll(() => reloads.includes(false), { timeout: 5000 }).toBe(true);
      expect(await name()).toBe('after');
    } finally {
      await server.close();
    }
  });
});
