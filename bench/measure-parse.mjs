// Child process: the yardstick, reading the inventory file (and the dependencies beside it, when there are) and JSON.parse.
// With --as-loader, the inventory is read as faultline's loader reads a snapshot instead: checked, and
// from 64 MB on in pieces (src/sources/read-json-in-pieces.ts), which costs more than one JSON.parse.
import { existsSync, readFileSync } from 'node:fs';
import { readJson } from './read-json.mjs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const file = process.argv[2];
const asLoader = process.argv.includes('--as-loader');
// Loaded before the clock starts, and only when asked: the plain yardstick loads nothing of faultline.
const { parseSnapshot, readLargeSnapshot } = asLoader ? await import('../dist/sources/inventory/load-snapshot.js') : {};
const cpuStarted = process.cpuUsage();
const started = performance.now();
const data = asLoader ? ((await readLargeSnapshot(file)) ?? parseSnapshot(readFileSync(file, 'utf8'), file)) : JSON.parse(readFileSync(file, 'utf8'));
const dependencies = path.join(path.dirname(file), 'dependencies.json');
const edges = existsSync(dependencies) ? (await readJson(dependencies, ['dependencies'])).dependencies.length : 0;
const done = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(JSON.stringify({ totalMs: done - started, cpuMs: (cpu.user + cpu.system) / 1000, resources: data.resources.length, edges, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
