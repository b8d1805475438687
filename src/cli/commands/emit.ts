import { wantsColor, type CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';
import { printable } from '../../render/printable.js';

/** Sends a result to --out (atomically) or to stdout (no --out, or `--out -`). */
export async function emit(io: CliIo, content: string, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out === undefined || out === '-') io.stdout.write(printable(content, { keepStyle: out === undefined && wantsColor(io) }));
  else {
    await writeOutput(out, content, inputs);
    io.stderr.write(`faultline: wrote ${out}\n`);
  }
}
