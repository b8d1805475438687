/**
 * `faultline serve`: the interactive report on a loopback URL (another host only
 * when asked), until interrupted.
 */
import { FaultlineError } from '../../core/errors.js';
import { loadUiAssets } from '../../server/ui-assets.js';
import { startServer } from '../../server/serve.js';
import { isBeyondLoopback } from '../../server/allowed-hosts.js';
import { describeError, exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { readBaseline } from '../../sources/read-baseline.js';
import { loadCompleteForCommand } from './load.js';

export async function runServe(io: CliIo, { options }: Extract<Invocation, { command: 'serve' }>): Promise<number> {
  if (options.host.trim() === '') throw new FaultlineError('E_USAGE', '--host is empty; give an address to listen on (127.0.0.1, the default, keeps the report on this machine; 0.0.0.0 opens it to every network)');
  const assets = await loadUiAssets().catch((error: unknown) => {
    throw new FaultlineError('E_FILE', 'the report page is not built (dist/ui is missing); run `npm run build`', { cause: error });
  });
  // The baseline is read again on every reload, and watched with the inputs.
  const load = async () => {
    const loaded = await loadCompleteForCommand(io, options);
    if (options.baseline === undefined) return { model: loaded.model, inputs: loaded.inputs };
    const baseline = await readBaseline(options.baseline);
    return { model: loaded.model, inputs: [...loaded.inputs, options.baseline], baseline: { label: options.baseline, baseline } };
  };
  const server = await startServer({
    host: options.host,
    port: options.port,
    assets,
    load,
    watch: options.watch,
    collapseAbove: options.collapseAbove,
    onReload: (outcome) => io.stderr.write(outcome.ok ? 'faultline: reloaded\n' : `${describeError(outcome.error)} (still serving the previous state)\n`),
    log: (message) => io.stderr.write(`faultline: ${message}\n`),
  }).catch((error: unknown) => {
    const code = (error as NodeJS.ErrnoException).code;
    // An address that exists but is not this machine's (another host's, a public one) cannot be listened on, whatever the port.
    if (code === 'EADDRNOTAVAIL') {
      throw new FaultlineError('E_USAGE', `--host ${options.host}: not an address of this machine (${code}); use 127.0.0.1 (this machine only) or an address of one of its interfaces`, { cause: error });
    }
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new FaultlineError('E_USAGE', `cannot listen on ${options.host}:${options.port} (${code}); choose another --port (0 for any free one) or --host`, { cause: error });
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') {
      throw new FaultlineError('E_USAGE', `--host ${options.host}: no such address on this machine (${code}); use 127.0.0.1, localhost, or an address of one of its interfaces`, { cause: error });
    }
    throw error;
  });
  if (isBeyondLoopback(options.host)) {
    io.stderr.write(`faultline: warning: listening on ${options.host}, beyond this machine: anyone who can reach it can read the analysis; serve on 127.0.0.1 unless that is meant\n`);
  }
  io.stdout.write(`faultline: serving ${server.url} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return exitCodes.ok;
}
