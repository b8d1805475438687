/**
 * `npm run bench:scan`: the scanner against the local AWS wire-protocol server
 * answering every call after a fixed delay, for N resources over R regions x A
 * accounts (default 100k, 17, 3), spread evenly or skewed (half of each account
 * in one region), at 30 ms per call and at 150 ms (closer to real AWS). Pages of
 * one region are sequential, so the ideal wall time is the longest region's chain
 * of pages times the delay; the target is at most 1.25 x that. Each run is read on
 * worker threads (as many as cores, unless given) and, for comparison, on the
 * calling thread alone. CPU is the whole process's, workers included.
 * Usage: node bench/scan.mjs [resources] [regions] [accounts] [delays, e.g. 30,150] [workers, e.g. 2,0]
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanAws } from '../dist/sources/aws/scan-aws.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const here = path.dirname(fileURLToPath(import.meta.url));
const [resources = 100_000, regions = 17, accounts = 3] = process.argv.slice(2, 5).map(Number);
const delays = (process.argv[5] ?? '30,150').split(',').map(Number);
const workerCounts = (process.argv[6] ?? `${os.availableParallelism()},0`).split(',').map(Number);

async function run(resourceCount, shape, latency, workers) {
  const child = spawn(process.execPath, [path.join(here, 'fake-aws-process.mjs'), String(resourceCount), String(regions), String(accounts), String(latency), shape], { stdio: ['ignore', 'pipe', 'inherit'] });
  const info = await new Promise((resolve) => child.stdout.once('data', (chunk) => resolve(JSON.parse(String(chunk)))));
  try {
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const cpu = process.cpuUsage();
    const started = performance.now();
    const result = await scanAws({
      workers,
      regions: info.regions,
      accounts: info.accounts.map((account) => `arn:aws:iam::${account}:role/Scanner`),
      settings: { endpoint: info.url, credentials: { accessKeyId: info.accessKeyId, secretAccessKey: 'bench-secret-key-0000' } },
    });
    const wall = performance.now() - started;
    const used = process.cpuUsage(cpu);
    globalThis.gc?.();
    const heapHeld = process.memoryUsage().heapUsed - heapBefore;
    const longest = Math.max(...result.snapshot.coverage.scanned.map((stat) => stat.pages));
    return { wall, ideal: longest * latency, longest, result, heapHeld, cpuMs: (used.user + used.system) / 1000 };
  } finally {
    child.kill();
  }
}

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at the start`);
console.log('');
console.log('delay ms | spread | workers | resources | account-regions | longest chain (pages) | ideal ms | wall ms | wall / ideal | CPU ms | CPU µs per resource | heap held MB');
console.log('---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:');
for (const latency of delays) {
  for (const shape of ['even', 'skewed']) {
    for (const workers of workerCounts) {
      const { wall, ideal, longest, result, heapHeld, cpuMs } = await run(resources, shape, latency, workers);
      const kept = result.snapshot.resources.length;
      console.log([latency, shape, workers === 0 ? '0 (one thread)' : workers, kept.toLocaleString('en'), result.snapshot.coverage.scanned.length, longest, ideal, wall.toFixed(0), `${(wall / ideal).toFixed(2)}x`, cpuMs.toFixed(0), ((cpuMs * 1000) / kept).toFixed(1), (heapHeld / 2 ** 20).toFixed(1)].join(' | '));
    }
  }
}
