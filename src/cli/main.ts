/**
 * The command line: parse, run one command, map the outcome to an exit code.
 * The only module that knows about the process.
 */
import { describeError, exitCodeFor } from './exit-code.js';
import { processIo, type CliIo } from './io.js';
import { parseArgs } from './parse-args.js';
import { runAnalyze } from './commands/analyze.js';
import { runInit } from './commands/init.js';
import { runRules } from './commands/rules.js';
import { runSchema } from './commands/schema.js';
import { runBaseline, runCheck } from './commands/gate.js';
import { runExport } from './commands/export.js';
import { runSimulate } from './commands/simulate.js';
import type { Invocation } from './invocation.js';
import { packageVersion } from './package-version.js';
import { removeTemporaryFiles } from '../sources/write-atomically.js';

export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const parsed = parseArgs(argv, { version: packageVersion() });
  if (!parsed.ok) {
    io.stdout.write(parsed.stdout);
    io.stderr.write(parsed.stderr);
    return parsed.exitCode;
  }
  // `serve` closes itself on a signal; every other command, interrupted, removes
  // the temporary file of a write under way instead of leaving it behind.
  const release = parsed.invocation.command === 'serve' ? () => undefined : cleanUpOnInterrupt();
  try {
    return await run(io, parsed.invocation);
  } catch (error) {
    io.stderr.write(`${describeError(error)}\n`);
    return exitCodeFor(error);
  } finally {
    release();
  }
}

/** Until released: on SIGINT or SIGTERM, remove the temporary files of writes under way, then exit as the signal asks (130, 143). */
function cleanUpOnInterrupt(): () => void {
  const handlers = (['SIGINT', 'SIGTERM'] as const).map((signal) => {
    const handler = () => {
      void removeTemporaryFiles().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    };
    process.once(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

function run(io: CliIo, invocation: Invocation): Promise<number> | number {
  switch (invocation.command) {
    case 'init':
      return runInit(io, invocation);
    case 'analyze':
      return runAnalyze(io, invocation);
    case 'simulate':
      return runSimulate(io, invocation);
    case 'scan':
      // The AWS SDK is large; only the scan command pays for loading it.
      return import('./commands/scan.js').then(({ runScan }) => runScan(io, invocation));
    case 'serve':
      return import('./commands/serve.js').then(({ runServe }) => runServe(io, invocation));
    case 'baseline':
      return runBaseline(io, invocation);
    case 'check':
      return runCheck(io, invocation);
    case 'export':
      return runExport(io, invocation);
    case 'schema':
      return runSchema(io, invocation);
    case 'rules':
      return runRules(io, invocation);
  }
}

