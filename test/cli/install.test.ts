/**
 * Installing the command for use in any folder, as the README says: pack the
 * package, install the tarball globally (here into a temporary prefix, offline:
 * no network at all), and run `faultline` from a folder outside the clone.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { cliEnv, repoRoot } from '../helpers/cli.js';

const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string };

describe('npm pack, then npm install -g ./faultline-<version>.tgz', () => {
  it('installs a faultline that runs the bundled example from any folder, offline', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'faultline-install-'));
    // The installed package and its dependencies are some 50 MB.
    onTestFinished(() => rmSync(tmp, { recursive: true, force: true }));
    // The suite has built dist already (npm test builds first), and other test files run it
    // meanwhile: packing without the prepare script (the build) leaves it alone.
    execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', tmp], { cwd: repoRoot, stdio: 'pipe' });
    const tarball = path.join(tmp, `faultline-${version}.tgz`);
    const prefix = path.join(tmp, 'global');
    execFileSync('npm', ['install', '-g', '--offline', '--prefix', prefix, tarball], { cwd: tmp, stdio: 'pipe' });

    // A folder of the user's own, away from the clone, with a copy of the example the package ships.
    const work = path.join(tmp, 'work');
    mkdirSync(work);
    cpSync(path.join(prefix, 'lib', 'node_modules', 'faultline', 'fixtures', 'example'), path.join(work, 'example'), { recursive: true });
    const env = cliEnv({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`, HOME: work });
    const run = (...args: string[]) => spawnSync('faultline', args, { cwd: work, env, encoding: 'utf8' });

    expect(run('--version')).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
    const analysis = run('analyze', 'example/faultline.yaml');
    expect(analysis.stderr).toBe('');
    expect(analysis.status).toBe(0);
    expect(analysis.stdout.split('\n').slice(0, 4)).toEqual([
      'faultline · harbor-tickets  6 capabilities · 59 components · 24 failure domains',
      'inventory: 32 resources from example/inventory/aws.json, a sample inventory (7 not depended on)',
      '',
      '6 of 6 capabilities go down when a single failure domain fails.',
    ]);
    expect(analysis.stdout).toContain('tell-customers fails with provider:aws or region:aws/us-east-1 or vendor:atlassian-statuspage, because status-page does: tell-customers → status-page');
    // The command that is installed is the one that answers, not the clone's.
    expect(spawnSync('sh', ['-c', 'command -v faultline'], { cwd: work, env, encoding: 'utf8' }).stdout.trim()).toBe(path.join(prefix, 'bin', 'faultline'));
  }, 300_000);
});
