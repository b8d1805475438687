/**
 * What a command loads: every command but scan (and a Terraform state in S3) runs
 * without the AWS SDK, whose loading alone took longer than analyzing the bundled
 * example.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliEnv, repoRoot } from '../helpers/cli.js';

/** Runs the built command line in-process (or only loads a module of it) and lists the AWS SDK packages it loaded. */
function sdkPackagesLoadedBy(args: string[], { onlyLoad }: { onlyLoad?: string } = {}): { code: number | null; packages: string[] } {
  const run = onlyLoad === undefined ? `const { main } = await import(${JSON.stringify(path.join(repoRoot, 'dist', 'cli', 'main.js'))}); const code = await main(${JSON.stringify(args)});` : `await import(${JSON.stringify(path.join(repoRoot, 'dist', onlyLoad))}); const code = null;`;
  const script = `
    const { createRequire } = await import('node:module');
    const require = createRequire(${JSON.stringify(path.join(repoRoot, 'package.json'))});
    ${run}
    const packages = [...new Set(Object.keys(require.cache).map((file) => /node_modules[\\\\/](@aws-sdk[\\\\/][^\\\\/]+)/.exec(file)?.[1]).filter(Boolean))];
    process.stderr.write('\\n' + JSON.stringify({ code, packages }));
    process.exit(0);
  `;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repoRoot, env: cliEnv(), encoding: 'utf8' });
  return JSON.parse(result.stderr.trim().split('\n').pop()!) as { code: number | null; packages: string[] };
}

describe('the command line', () => {
  it('analyzes, simulates and exports without loading the AWS SDK', () => {
    for (const args of [
      ['analyze', '--manifest', 'fixtures/example/faultline.yaml'],
      ['simulate', '--manifest', 'fixtures/example/faultline.yaml', '--fail', 'region:aws/us-east-1'],
      ['export', 'fixtures/example/faultline.yaml', '-f', 'md'],
    ]) {
      expect(sdkPackagesLoadedBy(args), args.join(' ')).toEqual({ code: expect.any(Number), packages: [] });
    }
  });

  it('sees the SDK where scan loads it, so the check above can fail', () => {
    expect(sdkPackagesLoadedBy([], { onlyLoad: 'cli/commands/scan.js' }).packages).toContain('@aws-sdk/client-ec2');
  });
});
