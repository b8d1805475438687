/**
 * `npm run bench:architecture`: does analyze cost follow the architecture or the
 * resource count? One architecture (by default 2,000 services and 200 capabilities,
 * as the 100k estate of `npm run bench`) with each service made of more resources:
 * 50, then 500 (100k, then 1M resources). The classes of interchangeable resources
 * stay the same; only their sizes grow. It prints each phase of analyze (in a fresh
 * process, as `npm run bench` does) beside reading the inventory as the loader reads
 * it (checked, and from 64 MB on in pieces: the 1M inventory is), and what analyze
 * costs beyond that. Where the cost beyond reading followed the architecture alone,
 * the last column would stay near 1x.
 * Usage: node bench/architecture.mjs [services] [per-service...] (default 2000 50 500); BENCH_RUNS sets the runs.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEstate } from './generate-estate.mjs';
import { measure, median } from './child-runs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [servicesArg, ...perServiceArgs] = process.argv.slice(2).map(Number);
const services = servicesArg > 0 ? servicesArg : 2000;
const sizes = perServiceArgs.filter((n) => n > 0);
const perService = sizes.length > 0 ? sizes : [50, 500];
const runs = Number(process.env.BENCH_RUNS ?? 3);


console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}; load average ${os.loadavg()[0].toFixed(1)} at the start`);
console.log(`one architecture: ${services.toLocaleString('en')} services, ${Math.max(1, Math.floor(services / 10)).toLocaleString('en')} capabilities`);
console.log('');
console.log('resources per service | resources | nodes / classes | read ms (as the loader reads) | analyze ms (load / graph / analysis) | beyond reading ms (load / graph / analysis) | beyond reading, against the first');
console.log('---:|---:|---|---:|---|---|---:');
let first;
for (const size of perService) {
  const resources = services * size;
  const folder = path.join(here, 'out', `${services}-services-${size}`);
  if (!existsSync(path.join(folder, 'faultline.yaml'))) generateEstate(resources, folder, { perService: size });
  const parse = [];
  const whole = [];
  // In turn, run after run: a machine that speeds up or slows down meets both.
  for (let i = 0; i < runs; i++) {
    parse.push(measure('measure-parse.mjs', [path.join(folder, 'inventory.json'), '--as-loader'], 2048));
    whole.push(measure('measure-analyze.mjs', [path.join(folder, 'faultline.yaml')], 2048));
  }
  const parseMs = median(parse.map((run) => run.totalMs));
  const best = whole.find((run) => run.totalMs === median(whole.map((r) => r.totalMs)));
  // Loading includes the reading; the graph and the analysis come after it.
  const beyond = { load: best.loadMs - parseMs, graph: best.graphMs, analysis: best.analysisMs };
  const beyondMs = best.totalMs - parseMs;
  first ??= beyondMs;
  console.log(
    [
      size.toLocaleString('en'),
      resources.toLocaleString('en'),
      `${best.nodes.toLocaleString('en')} / ${best.classes.toLocaleString('en')}`,
      parseMs.toFixed(0),
      `${best.totalMs.toFixed(0)} (${best.loadMs.toFixed(0)} / ${best.graphMs.toFixed(0)} / ${best.analysisMs.toFixed(0)})`,
      `${beyondMs.toFixed(0)} (${beyond.load.toFixed(0)} / ${beyond.graph.toFixed(0)} / ${beyond.analysis.toFixed(0)})`,
      `${(beyondMs / first).toFixed(2)}x`,
    ].join(' | '),
  );
}
