/**
 * `npm run bench`: the whole analyze against node reading and JSON.parse-ing the
 * same inventory, on synthetic estates, with and without discovered dependencies
 * (Terraform-like, about 3 per resource; see generate-estate.mjs). Each
 * measurement runs in a fresh process (median of several runs), so figures
 * include no warm-up from the others. CPU time is printed beside wall time: on a
 * busy machine it is the steadier of the two.
 * Usage: node bench/analyze.mjs [sizes...] [--plain | --edges], e.g. `node bench/analyze.mjs 10000 100000`.
 */
import { existsSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEstate } from './generate-estate.mjs';
import { measure, median } from './child-runs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const sizes = args.map(Number).filter((n) => n > 0);
const variants = args.includes('--plain') ? [false] : args.includes('--edges') ? [true] : [false, true];
const runs = (size) => (size >= 1_000_000 ? 1 : Number(process.env.BENCH_RUNS ?? 5));

console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at the start`);
console.log('');
console.log('resources | discovered edges | nodes / classes | inventory MB | parse ms (CPU) | analyze ms (load / graph / analysis) | analyze CPU ms | ratio (wall, CPU) | analyze peak RSS MB');
console.log('---:|---:|---|---:|---:|---|---:|---:|---:');
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000, 1_000_000]) {
  for (const edges of variants) {
    const folder = path.join(here, 'out', edges ? `${size}-edges` : String(size));
    if (!existsSync(path.join(folder, 'faultline.yaml'))) generateEstate(size, folder, { edges });
    const inventory = path.join(folder, 'inventory.json');
    const bytes = statSync(inventory).size + (edges ? statSync(path.join(folder, 'dependencies.json')).size : 0);
    const parse = Array.from({ length: runs(size) }, () => measure('measure-parse.mjs', [inventory]));
    // A million resources with three million dependencies need more than 2 GB of heap.
    const whole = Array.from({ length: runs(size) }, () => measure('measure-analyze.mjs', [path.join(folder, 'faultline.yaml')], size >= 1_000_000 && edges ? 8192 : 2048));
    const parseMs = median(parse.map((run) => run.totalMs));
    const parseCpu = median(parse.map((run) => run.cpuMs));
    const best = whole.find((run) => run.totalMs === median(whole.map((r) => r.totalMs)));
    const cpu = median(whole.map((run) => run.cpuMs));
    console.log(
      [
        size.toLocaleString('en'),
        parse[0].edges.toLocaleString('en'),
        `${best.nodes.toLocaleString('en')} / ${best.classes.toLocaleString('en')}`,
        (bytes / 2 ** 20).toFixed(1),
        `${parseMs.toFixed(0)} (${parseCpu.toFixed(0)})`,
        `${best.totalMs.toFixed(0)} (${best.loadMs.toFixed(0)} / ${best.graphMs.toFixed(0)} / ${best.analysisMs.toFixed(0)})`,
        cpu.toFixed(0),
        `${(best.totalMs / parseMs).toFixed(2)}x, ${(cpu / parseCpu).toFixed(2)}x`,
        Math.max(...whole.map((run) => run.maxRssMb)).toFixed(0),
      ].join(' | '),
    );
  }
}
