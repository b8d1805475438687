import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';

const parse = (...argv: string[]) => parseArgs(argv, { version: '9.9.9' });

describe('parseArgs', () => {
  it('fills defaults for analyze', () => {
    expect(parse('analyze')).toEqual({ ok: true, invocation: { command: 'analyze', options: { manifest: 'faultline.yaml', format: 'text', allowPartial: false, maxOrder: 2 } } });
  });

  it('reads every analyze option', () => {
    expect(parse('analyze', '-m', 'x.yaml', '--format', 'json', '--out', 'r.json', '--max-order', '3', '--fail-on', 'high', '--allow-partial')).toEqual({
      ok: true,
      invocation: { command: 'analyze', options: { manifest: 'x.yaml', format: 'json', out: 'r.json', allowPartial: true, maxOrder: 3, failOn: 'high' } },
    });
  });

  it('collects repeated --fail entries for simulate', () => {
    const result = parse('simulate', '--fail', 'region:aws/us-east-1', '--fail', 'vendor:intercom', 'dns');
    expect(result.ok && result.invocation).toEqual({ command: 'simulate', options: { manifest: 'faultline.yaml', format: 'text', allowPartial: false, fail: ['region:aws/us-east-1', 'vendor:intercom', 'dns'] } });
  });

  it('returns help text and exit 0 for --help, the version for -V', () => {
    const help = parse('--help');
    expect(help).toMatchObject({ ok: false, exitCode: 0 });
    expect(!help.ok && help.stdout).toMatch(/Usage: faultline/);
    expect(parse('-V')).toMatchObject({ ok: false, exitCode: 0, stdout: '9.9.9\n' });
  });

  it('returns exit 2 and one line for a usage error', () => {
    expect(parse('analyze', '--max-order', '0')).toEqual({ ok: false, exitCode: 2, stdout: '', stderr: "error: option '--max-order <n>' argument '0' is invalid. use a whole number from 1 to 4\n" });
  });
});
