// What the benchmarks share: each measurement runs in a child process of its own (no
// warm-up from the others) and prints one JSON object; figures are medians of runs.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Runs bench/<script> in a fresh node, with `heapMb` of old space when given, and returns what it printed. */
export function measure(script, args, heapMb) {
  const flags = heapMb ? [`--max-old-space-size=${heapMb}`] : [];
  return JSON.parse(execFileSync(process.execPath, [...flags, path.join(here, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
