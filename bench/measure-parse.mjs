// Child process: the yardstick, reading the inventory file (and the dependencies beside it, when there are) and JSON.parse.
import { existsSync, readFileSync } from 'node:fs';
import { readJson } from './read-json.mjs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const cpuStarted = process.cpuUsage();
const started = performance.now();
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const dependencies = path.join(path.dirname(process.argv[2]), 'dependencies.json');
const edges = existsSync(dependencies) ? (await readJson(dependencies, ['dependencies'])).dependencies.length : 0;
const done = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(JSON.stringify({ totalMs: done - started, cpuMs: (cpu.user + cpu.system) / 1000, resources: data.resources.length, edges, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
