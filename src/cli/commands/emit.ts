import type { CliIo } from '../io.js';
import { writeOutput } from '../write-output.js';

/** Sends a result to --out (atomically) or to stdout. */
export async function emit(io: CliIo, content: string, out: string | undefined, inputs: readonly string[]): Promise<void> {
  if (out === undefined) io.stdout.write(content);
  else {
    await writeOutput(out, content, inputs);
    io.stderr.write(`faultline: wrote ${out}\n`);
  }
}
