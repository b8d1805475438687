/**
 * `npm run bench:scan`: the scanner against the local AWS wire-protocol server
 * answering every call after a fixed delay (default 30 ms), for N resources over
 * R regions x A accounts (default 100k, 17, 3). Pages of one region are
 * sequential, so the ideal wall time is the longest region's chain of pages
 * times the delay; the target is at most 1.25 x that. Also prints the heap
 * held per resource, for two sizes, to show memory grows with resources kept.
 * Usage: node bench/scan.mjs [resources] [regions] [accounts] [latencyMs]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanAws } from '../dist/sources/aws/scan-aws.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const here = path.dirname(fileURLToPath(import.meta.url));
const [resources = 100_000, regions = 17, accounts = 3, latency = 30] = process.argv.slice(2).map(Number);

async function run(resourceCount, shape) {
  const child = spawn(process.execPath, [path.join(here, 'fake-aws-process.mjs'), String(resourceCount), String(regions), String(accounts), String(latency), shape], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk)))));
  try {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
    const started = performance.now();
    const result = await scanAws({
      regions: info.regions,
      accounts: info.accounts.map((account) => `arn:aws:iam::${account}:role/Scanner`),
      settings: { endpoint: info.url, credentials: { accessKeyId: info.accessKeyId, secretAccessKey: 'bench-secret-key-0000' } },
    });
    const wall = performance.now() - started;
    clearInterval(sampler);
    globalThis.gc?.();
    const heapHeld = process.memoryUsage().heapUsed - heapBefore;
    const longest = Math.max(...result.snapshot.coverage.scanned.map((stat) => stat.pages));
    return { wall, ideal: longest * latency, longest, result, heapHeld, heapPeak: peak - heapBefore };
  } finally {
    child.kill();
  }
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}; server delay ${latency} ms per call`);
console.log('');
console.log('spread | resources | account-regions | longest chain (pages) | ideal ms | wall ms | wall / ideal | CPU ms | peak heap MB | heap held MB | bytes held per resource');
console.log('---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:');
for (const [shape, count] of [['even', Math.round(resources / 2)], ['even', resources], ['skewed', resources]]) {
  const cpu = process.cpuUsage();
  const { wall, ideal, longest, result, heapHeld, heapPeak } = await run(count, shape);
  const used = process.cpuUsage(cpu);
  const kept = result.snapshot.resources.length;
  console.log([shape, kept.toLocaleString('en'), result.snapshot.coverage.scanned.length, longest, ideal, wall.toFixed(0), `${(wall / ideal).toFixed(2)}x`, ((used.user + used.system) / 1000).toFixed(0), (heapPeak / 2 ** 20).toFixed(1), (heapHeld / 2 ** 20).toFixed(1), Math.round(heapHeld / kept)].join(' | '));
}
