import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';

const parse = (...argv: string[]) => parseArgs(argv, { version: '9.9.9' });

describe('parseArgs', () => {
  it('fills defaults for analyze', () => {
    expect(parse('analyze')).toEqual({ ok: true, invocation: { command: 'analyze', options: { manifest: 'faultline.yaml', format: 'text', allowPartial: false, maxOrder: 2, maxAge: { ms: 7 * 86_400_000, text: '7d' } } } });
  });

  it('reads every analyze option', () => {
    expect(parse('analyze', '-m', 'x.yaml', '--format', 'json', '--out', 'r.json', '--max-order', '3', '--fail-on', 'high', '--allow-partial', '--max-age', '36h')).toEqual({
      ok: true,
      invocation: { command: 'analyze', options: { manifest: 'x.yaml', format: 'json', out: 'r.json', allowPartial: true, maxOrder: 3, failOn: 'high', maxAge: { ms: 36 * 3_600_000, text: '36h' } } },
    });
  });

  it('collects repeated --fail entries for simulate', () => {
    const result = parse('simulate', '--fail', 'region:aws/us-east-1', '--fail', 'vendor:intercom', 'dns');
    expect(result.ok && result.invocation).toEqual({ command: 'simulate', options: { manifest: 'faultline.yaml', format: 'text', allowPartial: false, fail: ['region:aws/us-east-1', 'vendor:intercom', 'dns'], maxAge: { ms: 7 * 86_400_000, text: '7d' } } });
  });

  it('returns help text and exit 0 for --help, the version for -V', () => {
    const help = parse('--help');
    expect(help).toMatchObject({ ok: false, exitCode: 0 });
    expect(!help.ok && help.stdout).toMatch(/Usage: faultline/);
    expect(parse('-V')).toMatchObject({ ok: false, exitCode: 0, stdout: '9.9.9\n' });
  });

  it('reads scan options, with regions as a list or all', () => {
    expect(parse('scan', '--regions', 'us-east-1, eu-west-1', '--profile', 'prod', '--concurrency', '8')).toEqual({
      ok: true,
      invocation: { command: 'scan', options: { manifest: 'faultline.yaml', regions: ['us-east-1', 'eu-west-1'], profile: 'prod', concurrency: 8, allowPartial: false } },
    });
    expect(parse('scan', '--regions', 'all')).toMatchObject({ ok: true, invocation: { options: { regions: 'all', concurrency: 64 } } });
    expect(parse('scan', '--regions', ' , ')).toMatchObject({ ok: false, exitCode: 2 });
  });

  it('reads durations in minutes, hours and days', () => {
    expect(parse('simulate', '--fail', 'x', '--max-age', '90m')).toMatchObject({ ok: true, invocation: { options: { maxAge: { ms: 90 * 60_000, text: '90m' } } } });
    expect(parse('analyze', '--max-age', '7 days')).toMatchObject({ ok: false, exitCode: 2 });
  });

  it('returns exit 2 and one line for a usage error', () => {
    expect(parse('analyze', '--max-order', '0')).toEqual({ ok: false, exitCode: 2, stdout: '', stderr: 'faultline: --max-order 0: use a whole number from 1 to 4\n' });
  });

  it('takes the manifest as the first argument of every command that reads one', () => {
    const manifestOf = (...argv: string[]) => {
      const result = parse(...argv);
      if (!result.ok) throw new Error(result.stderr);
      const { invocation } = result;
      return invocation.command === 'init' ? invocation.manifest : 'options' in invocation && 'manifest' in invocation.options ? invocation.options.manifest : undefined;
    };
    expect(manifestOf('analyze', 'my.yaml')).toBe('my.yaml');
    expect(manifestOf('simulate', 'my.yaml', '--fail', 'region:aws/us-east-1')).toBe('my.yaml');
    expect(manifestOf('serve', 'my.yaml', '--port', '0')).toBe('my.yaml');
    expect(manifestOf('baseline', 'my.yaml', '--out', 'b.json')).toBe('my.yaml');
    expect(manifestOf('check', 'my.yaml', '--baseline', 'b.json')).toBe('my.yaml');
    expect(manifestOf('export', 'my.yaml', '--format', 'json')).toBe('my.yaml');
    expect(manifestOf('scan', 'my.yaml', '--regions', 'all')).toBe('my.yaml');
    expect(manifestOf('init', 'my.yaml')).toBe('my.yaml');
    // Options may come first, and -m still works alone.
    expect(manifestOf('analyze', '--format', 'json', 'my.yaml')).toBe('my.yaml');
    expect(manifestOf('analyze', '-m', 'other.yaml')).toBe('other.yaml');
    expect(manifestOf('export')).toBe('faultline.yaml');
  });

  it('refuses a manifest given both as an argument and with -m, and a second argument, exit 2 in one line', () => {
    expect(parse('analyze', 'my.yaml', '-m', 'other.yaml')).toEqual({ ok: false, exitCode: 2, stdout: '', stderr: 'faultline: the manifest is given twice, as my.yaml and as --manifest other.yaml; give one of them\n' });
    expect(parse('init', 'my.yaml', '--manifest', 'my.yaml')).toMatchObject({ ok: false, exitCode: 2, stderr: 'faultline: the manifest is given twice, as my.yaml and as --manifest my.yaml; give one of them\n' });
    expect(parse('analyze', 'a.yaml', 'b.yaml')).toEqual({ ok: false, exitCode: 2, stdout: '', stderr: "faultline: too many arguments for 'analyze': expected 1 argument but got 2; `faultline analyze --help` lists its options\n" });
  });

  it('takes the export format from the name of --out when --format is not given', () => {
    const formatOf = (...argv: string[]) => {
      const result = parse('export', ...argv);
      return result.ok && result.invocation.command === 'export' ? result.invocation.options.format : result;
    };
    expect(formatOf('--out', 'report.pdf')).toBe('pdf');
    expect(formatOf('--out', 'out/Report.HTML')).toBe('html');
    expect(formatOf('--out', 'brief.md')).toBe('md');
    expect(formatOf('-o', 'analysis.json')).toBe('json');
    expect(formatOf('--out', 'graph.graphml')).toBe('graphml');
    expect(formatOf('--out', 'report.pdf', '--format', 'pdf')).toBe('pdf');
    // An extension it does not know, or no --out, keeps the default.
    expect(formatOf('--out', 'report.txt')).toBe('md');
    expect(formatOf('--out', 'report')).toBe('md');
    expect(formatOf()).toBe('md');
    expect(formatOf('--out', 'report.txt', '--format', 'html')).toBe('html');
    expect(formatOf('--out', 'report.pdf', '--format', 'html')).toEqual({
      ok: false,
      exitCode: 2,
      stdout: '',
      stderr: 'faultline: --format html and --out report.pdf (a pdf file) disagree; drop --format to write pdf, or name the file for html\n',
    });
  });

  it('prints the help on stdout, exit 0, when given no arguments', () => {
    const result = parse();
    expect(result).toMatchObject({ ok: false, exitCode: 0, stderr: '' });
    expect(!result.ok && result.stdout).toMatch(/^Usage: faultline \[options\] \[command\]\n/);
    expect(!result.ok && result.stdout).toMatch(/\n {2}analyze .*\n/);
  });

  it('says that a manifest written after --fail is taken as what fails, and that --manifest names it', () => {
    expect(parse('simulate', '--fail', 'region:aws/us-east-1', 'fixtures/example/faultline.yaml')).toEqual({
      ok: false,
      exitCode: 2,
      stdout: '',
      stderr: 'faultline: --fail fixtures/example/faultline.yaml looks like a manifest, not a domain or component (every word after --fail is taken as what fails); name the manifest with --manifest fixtures/example/faultline.yaml, or write it before --fail\n',
    });
    expect(parse('simulate', '-m', 'shop.yml', '--fail', 'vendor:intercom', 'shop.yml')).toMatchObject({ ok: false, exitCode: 2, stderr: expect.stringContaining('--fail shop.yml looks like a manifest, not a domain or component (every word after --fail is taken as what fails); it is the manifest already given: drop it after --fail') });
    // With another manifest given, a name ending in .yaml may be a component's id: it is resolved as one.
    expect(parse('simulate', '-m', 'shop.yaml', '--fail', 'config.yaml')).toMatchObject({ ok: true, invocation: { options: { manifest: 'shop.yaml', fail: ['config.yaml'] } } });
    expect(parse('simulate', 'shop.yaml', '--fail', 'region:aws/us-east-1')).toMatchObject({ ok: true, invocation: { options: { manifest: 'shop.yaml', fail: ['region:aws/us-east-1'] } } });
  });

  it('says every usage error in one line starting faultline:, with a suggestion or where the help is, exit 2', () => {
    const cases: Array<[string[], string]> = [
      [['analyze', '--fomat', 'json'], "faultline: unknown option '--fomat' — did you mean --format?"],
      [['analyze', '--bogus'], "faultline: unknown option '--bogus'; `faultline analyze --help` lists its options"],
      [['--bogus'], "faultline: unknown option '--bogus'; `faultline --help` lists the commands"],
      [['analyse'], "faultline: unknown command 'analyse' — did you mean analyze?"],
      [['bogus'], "faultline: unknown command 'bogus'; `faultline --help` lists the commands"],
      [['help', 'bogus'], "faultline: unknown command 'bogus'; `faultline --help` lists the commands"],
      [['analyze', '--max-age'], "faultline: option '--max-age <duration>' argument missing; `faultline analyze --help` lists its options"],
      [['analyze', '--format', 'xml'], 'faultline: --format xml: use one of text, json'],
      [['scan', '--regions', ','], 'faultline: --regions ,: use all, or region names separated by commas, e.g. us-east-1,eu-west-1'],
      [['baseline'], "faultline: required option '-o, --out <file>' not specified; `faultline baseline --help` lists its options"],
      [['simulate'], 'faultline: say what fails: --fail <domain-or-component> or --scenario <name>'],
    ];
    for (const [argv, line] of cases) expect(parse(...argv), argv.join(' ')).toEqual({ ok: false, exitCode: 2, stdout: '', stderr: `${line}\n` });
  });
});
