/**
 * argv -> Invocation, with no side effects: commander parses, the actions only
 * record what was asked. Help and usage errors come back as text and an exit code.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { severities } from '../core/report.js';
import type { CommonOptions, Invocation, OutputFormat } from './invocation.js';

export type ParseResult = { ok: true; invocation: Invocation } | { ok: false; exitCode: number; stdout: string; stderr: string };

export interface ParseEnvironment {
  version: string;
}

export function parseArgs(argv: readonly string[], env: ParseEnvironment): ParseResult {
  let invocation: Invocation | undefined;
  let stdout = '';
  let stderr = '';
  const program = new Command('faultline')
    .description('Audit an architecture for single points of failure and concentration risk.')
    .version(env.version, '-V, --version')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: (text) => (stdout += text), writeErr: (text) => (stderr += text) });

  const common = (command: Command, formats: OutputFormat[] = ['text', 'json']) =>
    command
      .option('-m, --manifest <file>', 'the manifest', 'faultline.yaml')
      .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('text'))
      .option('-o, --out <file>', 'write the result to a file instead of stdout')
      .option('--allow-partial', 'accept inventory from a partial scan (otherwise exit 3)', false);

  program
    .command('init')
    .description('write a commented starter faultline.yaml (never overwrites)')
    .option('-m, --manifest <file>', 'where to write it', 'faultline.yaml')
    .action((options: { manifest: string }) => {
      invocation = { command: 'init', manifest: options.manifest };
    });

  common(program.command('analyze').description('SPOFs, minimal cut sets, critical paths, concentration and findings'))
    .option('--max-order <n>', 'largest cut-set order enumerated exactly (1-4)', parseOrder, 2)
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding is at least this severe').choices([...severities]))
    .action((options: CommonOptions & { maxOrder: number; failOn?: string }) => {
      invocation = { command: 'analyze', options: pickCommon(options, { maxOrder: options.maxOrder, ...(options.failOn !== undefined && { failOn: options.failOn }) }) };
    });

  common(program.command('simulate').description('what goes down when domains or components fail, and why'))
    .requiredOption('--fail <domain-or-component...>', 'a failure domain (region:aws/us-east-1) or a component id; repeatable')
    .action((options: CommonOptions & { fail: string[] }) => {
      invocation = { command: 'simulate', options: pickCommon(options, { fail: options.fail }) };
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

  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      const done = error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help';
      return { ok: false, exitCode: done ? 0 : 2, stdout, stderr: oneLine(stderr) };
    }
    throw error;
  }
  if (!invocation) {
    stdout = program.helpInformation();
    return { ok: false, exitCode: argv.length === 0 ? 0 : 2, stdout, stderr };
  }
  return { ok: true, invocation };
}

function pickCommon<T extends object>(options: CommonOptions, extra: T): CommonOptions & T {
  return {
    manifest: options.manifest,
    format: options.format,
    allowPartial: options.allowPartial === true,
    ...(options.out !== undefined && { out: options.out }),
    ...extra,
  };
}

function parseOrder(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 4) throw new InvalidArgumentError('use a whole number from 1 to 4');
  return n;
}

/** Commander's error and its suggestion, folded into one line. */
function oneLine(text: string): string {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  return lines.length === 0 ? '' : `${lines.join(' ')}\n`;
}
