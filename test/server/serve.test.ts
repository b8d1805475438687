import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server/serve.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { runCliAsync } from '../helpers/cli.js';
import { spawn } from 'node:child_process';
import http from 'node:http';
import { renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cliEnv, repoRoot, workspace } from '../helpers/cli.js';

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

  it('says in one line when the host is not an address of this machine, and suggests one that is', async () => {
    // 192.0.2.1 is set aside for documentation (RFC 5737): no machine has it, and binding to it sends nothing.
    const result = await runCliAsync(['serve', '--host', '192.0.2.1', '--port', '0', '-m', 'fixtures/example/faultline.yaml']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('faultline: --host 192.0.2.1: not an address of this machine (EADDRNOTAVAIL); use 127.0.0.1 (this machine only) or an address of one of its interfaces\n');
  });
});

describe('faultline serve, guarded', () => {
  it('answers 421 over a real socket to a Host header that is not its own', async () => {
    const server = await startServer({ host: '127.0.0.1', port: 0, assets: new Map(), load: async () => ({ model: (await loadModel('fixtures/example/faultline.yaml')).model, inputs: [] }) });
    try {
      const { port } = new URL(server.url);
      const get = (host: string) =>
        new Promise<{ status: number; body: string }>((resolve, reject) => {
          const request = http.get({ host: '127.0.0.1', port, path: '/api/analysis', headers: { host } }, (response) => {
            let body = '';
            response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, body }));
          });
          request.on('error', reject);
        });
      expect((await get(`127.0.0.1:${port}`)).status).toBe(200);
      const rebound = await get(`attacker.example:${port}`);
      expect(rebound.status).toBe(421);
      expect(rebound.body).not.toContain('harbor-tickets');
    } finally {
      await server.close();
    }
  });

  it('refuses an empty --host and one that is no address of this machine, in one line', async () => {
    expect(await runCliAsync(['serve', '--host', '', '-m', 'fixtures/example/faultline.yaml'])).toMatchObject({
      code: 2,
      stderr: 'faultline: --host is empty; give an address to listen on (127.0.0.1, the default, keeps the report on this machine; 0.0.0.0 opens it to every network)\n',
    });
    const nowhere = await runCliAsync(['serve', '--host', 'no.such.host.invalid', '--port', '0', '-m', 'fixtures/example/faultline.yaml']);
    expect(nowhere.code).toBe(2);
    expect(nowhere.stderr).toMatch(/^faultline: --host no\.such\.host\.invalid: no such address on this machine \((ENOTFOUND|EAI_AGAIN|EAI_NONAME)\); use 127\.0\.0\.1, localhost, or an address of one of its interfaces\n$/);
  });

  it('warns when it listens beyond this machine', async () => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin/faultline.js'), 'serve', '--host', '0.0.0.0', '--port', '0', '-m', 'fixtures/example/faultline.yaml'], { cwd: repoRoot, env: cliEnv() });
    try {
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      await new Promise<void>((resolve, reject) => {
        child.stdout.setEncoding('utf8').once('data', () => resolve());
        child.once('exit', (code) => reject(new Error(`serve exited ${code}`)));
      });
      expect(stderr).toBe('faultline: warning: listening on 0.0.0.0, beyond this machine: anyone who can reach it can read the analysis; serve on 127.0.0.1 unless that is meant\n');
    } finally {
      child.kill('SIGINT');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});

describe('startServer with watch', () => {
  const manifestText = (name: string) => `version: 1\nname: ${name}\ncomponents:\n  a: {}\ncapabilities:\n  k: { requires: [a] }\n`;

  async function watching(dir: string, manifest: string) {
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
    return { server, reloads, name };
  }

  it('serves the new state after the manifest changes, and keeps the old one through a broken edit', async () => {
    const dir = workspace({ 'faultline.yaml': manifestText('before') });
    const manifest = path.join(dir, 'faultline.yaml');
    const { server, reloads, name } = await watching(dir, manifest);
    try {
      expect(await name()).toBe('before');
      writeFileSync(manifest, manifestText('after'));
      await expect.poll(name, { timeout: 5000 }).toBe('after');
      writeFileSync(manifest, 'version: 1\nname: [broken\n');
      await expect.poll(() => reloads.includes(false), { timeout: 5000 }).toBe(true);
      expect(await name()).toBe('after');
    } finally {
      await server.close();
    }
  });

  it('keeps noticing the manifest after it is replaced by a rename, as editors and git save', async () => {
    const dir = workspace({ 'faultline.yaml': manifestText('first') });
    const manifest = path.join(dir, 'faultline.yaml');
    const { server, name } = await watching(dir, manifest);
    try {
      for (const next of ['second', 'third']) {
        writeFileSync(path.join(dir, '.faultline.yaml.swp'), manifestText(next));
        renameSync(path.join(dir, '.faultline.yaml.swp'), manifest);
        await expect.poll(name, { timeout: 5000 }).toBe(next);
      }
    } finally {
      await server.close();
    }
  });

  it('keeps noticing the manifest after it is deleted and written again', async () => {
    const dir = workspace({ 'faultline.yaml': manifestText('first') });
    const manifest = path.join(dir, 'faultline.yaml');
    const { server, name } = await watching(dir, manifest);
    try {
      for (const next of ['second', 'third']) {
        unlinkSync(manifest);
        await new Promise((resolve) => setTimeout(resolve, 300));
        writeFileSync(manifest, manifestText(next));
        await expect.poll(name, { timeout: 5000 }).toBe(next);
      }
    } finally {
      await server.close();
    }
  });
});
