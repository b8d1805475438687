/**
 * `npm run bench:networkx`: faultline's whole analyze against a plain Python
 * implementation with networkx that computes only the single-domain SPOFs of the
 * same estate (bench/networkx-spof.py), each in fresh processes (median of
 * several runs), on the estates of `npm run bench`, with and without discovered
 * dependencies. Both sides' SPOF domains are compared, capability by capability:
 * a figure of speed means nothing unless the answers are identical.
 * Beside them, the floor (bench/measure-floor.mjs): the manifest through faultline's
 * parser and the inventory through JSON.parse, and nothing else. networkx / floor is
 * the most any design that keeps those two parsers could reach. The three run in
 * turn, run after run, so a machine that speeds up or slows down meets all three.
 * Usage: node bench/compare-networkx.mjs [sizes...] (default 10000 100000); BENCH_RUNS sets the runs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateEstate } from './generate-estate.mjs';
import { median } from './child-runs.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const python = process.env.PYTHON ?? 'python3';

const run = (command, args, env = {}) => JSON.parse(execFileSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, ...env } }));

/** Capabilities whose SPOF domains differ between the two answers. */
function differences(ours, theirs) {
  const ids = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
  return [...ids].filter((id) => JSON.stringify(ours[id] ?? null) !== JSON.stringify(theirs[id] ?? null));
}

const networkxVersion = execFileSync(python, ['-c', 'import networkx, sys; print(networkx.__version__, sys.version.split()[0])'], { encoding: 'utf8' }).trim().split(' ');
console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown cpu'}, ${os.cpus().length} cores, node ${process.version}, Python ${networkxVersion[1]}, networkx ${networkxVersion[0]}; load average ${os.loadavg()[0].toFixed(1)} at the start`);
console.log('');
console.log('resources | discovered edges | faultline analyze ms (CPU) | networkx SPOF domains ms (read+build / compute; CPU) | networkx / faultline (wall, CPU) | floor ms (manifest) | networkx / floor | same SPOF domains');
console.log('---:|---:|---:|---|---:|---:|---:|---');
for (const size of sizes.length > 0 ? sizes : [10_000, 100_000]) {
  for (const edges of [false, true]) {
    const folder = path.join(here, 'out', edges ? `${size}-edges` : String(size));
    if (!existsSync(path.join(folder, 'faultline.yaml'))) generateEstate(size, folder, { edges });
    const manifest = path.join(folder, 'faultline.yaml');
    const ours = [];
    const theirs = [];
    const floors = [];
    for (let i = 0; i < runs; i++) {
      ours.push(run(process.execPath, ['--max-old-space-size=2048', path.join(here, 'measure-analyze.mjs'), manifest]));
      theirs.push(run(python, [path.join(here, 'networkx-spof.py'), folder]));
      floors.push(run(process.execPath, ['--max-old-space-size=2048', path.join(here, 'measure-floor.mjs'), manifest]));
    }
    const answer = run(process.execPath, ['--max-old-space-size=2048', path.join(here, 'measure-analyze.mjs'), manifest], { FAULTLINE_BENCH_SPOF: '1' }).spofDomains;
    const differ = differences(answer, theirs[0].spofDomains);
    const wall = median(ours.map((r) => r.totalMs));
    const cpu = median(ours.map((r) => r.cpuMs));
    const theirWall = median(theirs.map((r) => r.totalMs));
    const theirCpu = median(theirs.map((r) => r.cpuMs));
    const floor = median(floors.map((r) => r.totalMs));
    console.log(
      [
        size.toLocaleString('en'),
        edges ? 'yes' : 'no',
        `${wall.toFixed(0)} (${cpu.toFixed(0)})`,
        `${theirWall.toFixed(0)} (${median(theirs.map((r) => r.readMs)).toFixed(0)} / ${median(theirs.map((r) => r.computeMs)).toFixed(0)}; ${theirCpu.toFixed(0)})`,
        `${(theirWall / wall).toFixed(2)}x, ${(theirCpu / cpu).toFixed(2)}x`,
        `${floor.toFixed(0)} (${median(floors.map((r) => r.manifestMs)).toFixed(0)})`,
        `${(theirWall / floor).toFixed(2)}x`,
        differ.length === 0 ? `yes (${Object.keys(answer).length} capabilities)` : `NO: ${differ.length} differ (${differ.slice(0, 3).join(', ')})`,
      ].join(' | '),
    );
  }
}
