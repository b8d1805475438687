// Child process: the yardstick, reading the inventory file and JSON.parse.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const started = performance.now();
const data = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const done = performance.now();
process.stdout.write(JSON.stringify({ totalMs: done - started, resources: data.resources.length, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
