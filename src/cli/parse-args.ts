/**
 * argv -> Invocation, with no side effects: commander parses, the actions only
 * record what was asked. Help and usage errors come back as text and an exit code:
 * help on stdout (exit 0), a usage error as one `faultline:` line (exit 2), as
 * every other error of the command line is said.
 */
import path from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { severities } from '../core/report.js';
import { usageError, usageLine } from './usage-error.js';
import { exportFormats, type CheckFormat, type CommonOptions, type Duration, type ExportFormat, type Invocation, type OutputFormat, type PlanOption } from './invocation.js';

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; exitCode: number; stdout: string; stderr: string };

export interface ParseEnvironment {
  version: string;
}

export function parseArgs(argv: readonly string[], env: ParseEnvironment): ParseResult {
  let invocation: Invocation | undefined;
  let stdout = '';
  const program = new Command('faultline')
    .description('Audit an architecture for single points of failure and concentration risk.')
    .version(env.version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    // Commander's errors are taken from the error it throws (see usageLine), not from what it would print.
    .configureOutput({ writeOut: (text) => (stdout += text), writeErr: () => undefined });

  // The manifest is the first argument (`faultline analyze my.yaml`) or -m; see manifestOf.
  const readsManifest = (command: Command, what = 'the manifest') =>
    command.argument('[manifest]', `${what}, as -m (default: faultline.yaml)`).option('-m, --manifest <file>', `${what} (default: faultline.yaml)`);

  // What every command that reads the manifest and its snapshots accepts.
  const inputs = (command: Command) =>
    readsManifest(command)
      .option('--allow-partial', 'accept inventory from a partial scan (otherwise exit 3)', false)
      .addOption(new Option('--max-age <duration>', 'warn when a snapshot is older than this (e.g. 36h, 7d)').argParser(parseDuration).default(parseDuration('7d'), '7d'))
      .option('--plan <file>', 'read the estate as a saved Terraform plan leaves it (`terraform show -json plan.out > plan.json`), instead of the state it is a plan of')
      .option('--plan-for <state>', "the manifest's `terraform: { state }` the plan stands in for, when it reads several");

  const common = (command: Command, formats: OutputFormat[] = ['text', 'json']) =>
    inputs(command)
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('text'))
      .option('-o, --out <file>', 'write the result to a file instead of stdout');

  readsManifest(program.command('init').description('write a commented starter faultline.yaml (never overwrites)'), 'where to write it')
    .option('--from-catalog <path>', 'propose capabilities from a Backstage catalog: a folder of descriptor files, a file, or a glob')
    .action((positional: string | undefined, options: { manifest?: string; fromCatalog?: string }, command: Command) => {
      invocation = { command: 'init', manifest: manifestOf(positional, options, command), ...(options.fromCatalog !== undefined && { fromCatalog: options.fromCatalog }) };
    });

  readsManifest(program.command('scan').description("inventory AWS (Resource Groups Tagging API) into the snapshots the manifest's `inventory: - aws:` entries name"))
    .option('-o, --out <file>', 'write the snapshot here instead of the entry\'s `out`')
    .option('--profile <name>', 'AWS profile for the scan (overrides the manifest)')
    .option('--regions <list>', 'all, or a comma-separated list of regions (overrides the manifest)', parseRegions)
    .option('--concurrency <n>', 'account-regions read at once', parseCount, 64)
    .option('--allow-partial', 'exit 0 even when a region or account could not be read', false)
    .action((positional: string | undefined, options: { manifest?: string; out?: string; profile?: string; regions?: 'all' | string[]; concurrency: number; allowPartial: boolean }, command: Command) => {
      invocation = { command: 'scan', options: { ...options, manifest: manifestOf(positional, options, command), allowPartial: options.allowPartial === true } };
    });

  common(program.command('analyze').description('SPOFs, minimal cut sets, critical paths, concentration and findings'))
    .option('--max-order <n>', 'largest cut-set order enumerated exactly (1-4)', parseOrder, 2)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...severities]))
    .action((positional: string | undefined, options: ParsedCommon & { maxOrder: number; failOn?: string; maxAge: Duration }, command: Command) => {
      invocation = { command: 'analyze', options: pickCommon(manifestOf(positional, options, command), options, command, { maxOrder: options.maxOrder, maxAge: options.maxAge, ...(options.failOn !== undefined && { failOn: options.failOn }) }) };
    });

  common(program.command('simulate').description('what goes down when domains or components fail, and why'))
    .option('--fail <domain-or-component...>', 'a failure domain (region:aws/us-east-1) or a component id; repeatable')
    .option('--scenario <name>', 'a named scenario: aws-us-east-1-2025-10, aws-account-lockout[:<account>], one of the manifest, or a domain')
    .action((positional: string | undefined, options: ParsedCommon & { fail?: string[]; scenario?: string; maxAge: Duration }, command: Command) => {
      refuseManifestAsFailure(options.fail ?? [], positional ?? options.manifest, command);
      const manifest = manifestOf(positional, options, command);
      if (options.fail === undefined && options.scenario === undefined) usageError(command, 'say what fails: --fail <domain-or-component> or --scenario <name>');
      invocation = { command: 'simulate', options: pickCommon(manifest, options, command, { fail: options.fail ?? [], maxAge: options.maxAge, ...(options.scenario !== undefined && { scenario: options.scenario }) }) };
    });

  inputs(program.command('serve').description('the interactive report: a what-if explorer of the dependency graph, on http://127.0.0.1'))
    .option('--host <host>', 'address to listen on (other than loopback only when you mean it)', '127.0.0.1')
    .option('--port <n>', 'port; 0 for any free one', parsePort, 7878)
    .option('--watch', 'reload when the manifest or a snapshot changes', false)
    .option('--collapse-above <n>', 'bundle scanned resources in the page above this many components', parseCount, 3000)
    .option('--baseline <file>', 'show the trend since this baseline (written by `faultline baseline`)')
    .action((positional: string | undefined, options: PlanFlags & { manifest?: string; host: string; port: number; watch: boolean; collapseAbove: number; baseline?: string; allowPartial: boolean; maxAge: Duration }, command: Command) => {
      invocation = {
        command: 'serve',
        options: {
          manifest: manifestOf(positional, options, command),
          host: options.host,
          port: options.port,
          watch: options.watch === true,
          collapseAbove: options.collapseAbove,
          ...(options.baseline !== undefined && { baseline: options.baseline }),
          allowPartial: options.allowPartial === true,
          maxAge: options.maxAge,
          ...planOf(options, command),
        },
      };
    });

  const gate = (command: Command) =>
    inputs(command).option('--region <region...>', 'gate on single-region dependencies on these regions (us-east-1, gcp/us-central1); overrides policy.failOn');

  gate(program.command('baseline').description('record the single-region dependencies and SPOFs the gate accepts'))
    .requiredOption('-o, --out <file>', 'the baseline file to write')
    .action((positional: string | undefined, options: PlanFlags & { manifest?: string; out: string; region?: string[]; allowPartial: boolean; maxAge: Duration }, command: Command) => {
      invocation = { command: 'baseline', options: { manifest: manifestOf(positional, options, command), out: options.out, ...(options.region !== undefined && { regions: options.region }), allowPartial: options.allowPartial === true, maxAge: options.maxAge, ...planOf(options, command) } };
    });

  gate(program.command('check').description('fail (exit 1) on single-region dependencies and SPOFs that are not in the baseline'))
    .requiredOption('--baseline <file>', 'the baseline to compare with')
    .addOption(new Option('--spof-domain <kinds...>', 'also fail on new SPOF domains of these kinds; overrides policy.failOn').choices(['region', 'provider', 'account', 'vendor', 'zone', 'custom']))
    .option('--spof-component', 'also fail on new SPOF components; overrides policy.failOn')
    .option('--update-baseline', 'accept the current state: rewrite the baseline', false)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'md', 'sarif', 'junit', 'github']).default('text'))
    .option('-o, --out <file>', 'write the result to a file instead of stdout')
    .action((positional: string | undefined, options: PlanFlags & { manifest?: string; baseline: string; updateBaseline: boolean; format: CheckFormat; out?: string; region?: string[]; spofDomain?: string[]; spofComponent?: boolean; allowPartial: boolean; maxAge: Duration }, command: Command) => {
      invocation = {
        command: 'check',
        options: {
          manifest: manifestOf(positional, options, command),
          baseline: options.baseline,
          updateBaseline: options.updateBaseline === true,
          format: options.format,
          ...(options.out !== undefined && { out: options.out }),
          ...(options.region !== undefined && { regions: options.region }),
          ...(options.spofDomain !== undefined && { spofDomainKinds: options.spofDomain }),
          ...(options.spofComponent === true && { spofComponents: true }),
          allowPartial: options.allowPartial === true,
          maxAge: options.maxAge,
          ...planOf(options, command),
        },
      };
    });

  inputs(program.command('export').description('reports to files: html and pdf (the leadership report), md (its brief), json (the analysis), graphml (the graph)'))
    .addOption(new Option('-f, --format <format>', 'what to write (default: what the extension of --out says, e.g. report.pdf a PDF; else md)').choices(exportFormats))
    .option('--baseline <file>', 'add the trend since this baseline (written by `faultline baseline`) to the brief, or to the analysis in json')
    .option('--collapse-above <n>', 'html and pdf: bundle scanned resources in the explorer above this many components', parseCount, 3000)
    .option('--chromium <path>', 'the Chromium that prints the PDF (default /usr/bin/chromium, or FAULTLINE_CHROMIUM)')
    .option('-o, --out <file>', 'write it to a file instead of stdout')
    .action((positional: string | undefined, options: PlanFlags & { manifest?: string; format?: ExportFormat; out?: string; baseline?: string; collapseAbove: number; chromium?: string; allowPartial: boolean; maxAge: Duration }, command: Command) => {
      invocation = {
        command: 'export',
        options: {
          manifest: manifestOf(positional, options, command),
          format: exportFormatOf(options, command),
          ...(options.out !== undefined && { out: options.out }),
          ...(options.baseline !== undefined && { baseline: options.baseline }),
          collapseAbove: options.collapseAbove,
          ...(options.chromium !== undefined && { chromium: options.chromium }),
          allowPartial: options.allowPartial === true,
          maxAge: options.maxAge,
          ...planOf(options, command),
        },
      };
    });

  program
    .command('schema')
    .description('print the JSON Schema of faultline.yaml')
    .option('-o, --out <file>', 'write it to a file')
    .action((options: { out?: string }) => {
      invocation = { command: 'schema', ...(options.out !== undefined && { out: options.out }) };
    });

  program
    .command('rules')
    .description('list the rules with why they matter and how to fix what they find')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: OutputFormat }) => {
      invocation = { command: 'rules', format: options.format };
    });

  // No arguments at all: the help, as a first step for someone new.
  if (argv.length === 0) return { ok: false, exitCode: 0, stdout: program.helpInformation(), stderr: '' };
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || (error.code === 'commander.help' && error.exitCode === 0)) {
        return { ok: false, exitCode: 0, stdout, stderr: '' };
      }
      return { ok: false, exitCode: 2, stdout: '', stderr: usageLine(error, commandNamed(program, argv), argv) };
    }
    throw error;
  }
  if (!invocation) return { ok: false, exitCode: 2, stdout: '', stderr: `faultline: say which command to run; \`faultline --help\` lists them\n` };
  return { ok: true, invocation };
}

/** The common options as commander gives them: the manifest is resolved by manifestOf. */
type ParsedCommon = Omit<CommonOptions, 'manifest' | 'plan'> & { manifest?: string } & PlanFlags;

function pickCommon<T extends object>(manifest: string, options: ParsedCommon, command: Command, extra: T): CommonOptions & T {
  return {
    manifest,
    format: options.format,
    allowPartial: options.allowPartial === true,
    ...(options.out !== undefined && { out: options.out }),
    ...planOf(options, command),
    ...extra,
  };
}

interface PlanFlags {
  plan?: string;
  planFor?: string;
}

/** `--plan` and `--plan-for` as one option; `--plan-for` alone means nothing and is refused. */
function planOf(options: PlanFlags, command: Command): { plan?: PlanOption } {
  if (options.plan === undefined) {
    if (options.planFor !== undefined) usageError(command, `--plan-for ${options.planFor} names the state a plan stands in for; give the plan with --plan FILE`);
    return {};
  }
  return { plan: { file: options.plan, ...(options.planFor !== undefined && { replaces: options.planFor }) } };
}

function parseOrder(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new InvalidArgumentError('use a whole number from 1 to 4');
  return n;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('use a port from 0 (any free one) to 65535');
  return n;
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('use a whole number of 1 or more');
  return n;
}

function parseRegions(value: string): 'all' | string[] {
  if (value === 'all') return 'all';
  // The names themselves are checked against AWS's list by `scan`, with a did-you-mean.
  const regions = value.split(',').map((region) => region.trim()).filter(Boolean);
  if (regions.length === 0) throw new InvalidArgumentError('use all, or region names separated by commas, e.g. us-east-1,eu-west-1');
  return regions;
}

const durationUnits: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90m`, `36h`, `7d`: kept as written, for messages, and in milliseconds. */
export function parseDuration(value: string): Duration {
  const text = value.trim();
  const match = /^(\d+)([mhd])$/.exec(text);
  if (!match) throw new InvalidArgumentError('use a number and a unit: m (minutes), h (hours) or d (days), e.g. 36h or 7d');
  return { ms: Number(match[1]) * durationUnits[match[2]!]!, text };
}

/** The manifest: the command's argument or -m, not both; faultline.yaml when neither. */
function manifestOf(positional: string | undefined, options: { manifest?: string }, command: Command): string {
  if (positional !== undefined && options.manifest !== undefined) {
    usageError(command, `the manifest is given twice, as ${positional} and as --manifest ${options.manifest}; give one of them`);
  }
  return positional ?? options.manifest ?? 'faultline.yaml';
}

/**
 * `--fail` takes every word after it, so a manifest written after it (`simulate --fail
 * region:aws/us-east-1 shop.yaml`) is taken as one more thing that fails. A YAML file
 * name, when no other manifest is given (or it is the one given), is that mistake;
 * with another manifest given, it may be a component's id, and is left to be resolved.
 */
function refuseManifestAsFailure(fail: readonly string[], given: string | undefined, command: Command): void {
  const stray = fail.find((entry) => /\.ya?ml$/i.test(entry) && (given === undefined || entry === given));
  if (stray === undefined) return;
  const fix = given === undefined ? `name the manifest with --manifest ${stray}, or write it before --fail` : 'it is the manifest already given: drop it after --fail';
  usageError(command, `--fail ${stray} looks like a manifest, not a domain or component (every word after --fail is taken as what fails); ${fix}`);
}

/**
 * What export writes: --format, else the format the name of --out says
 * (`report.pdf`), else md. A --format the file name contradicts is a usage error;
 * a name faultline does not know (`report.txt`) says nothing.
 */
function exportFormatOf(options: { format?: ExportFormat; out?: string }, command: Command): ExportFormat {
  const extension = options.out === undefined ? '' : path.extname(options.out).slice(1).toLowerCase();
  const named = exportFormats.find((format) => format === extension);
  if (options.format !== undefined && named !== undefined && options.format !== named) {
    usageError(command, `--format ${options.format} and --out ${options.out} (a ${named} file) disagree; drop --format to write ${named}, or name the file for ${options.format}`);
  }
  return options.format ?? named ?? 'md';
}

/** The command argv names, for pointing at its help. */
function commandNamed(program: Command, argv: readonly string[]): string | undefined {
  const first = argv.find((arg) => !arg.startsWith('-'));
  return program.commands.some((command) => command.name() === first) ? first : undefined;
}
