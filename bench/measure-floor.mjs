// Child process: the floor under any analyze that reads these files with JSON.parse and
// faultline's manifest parser: the manifest through that parser (YAML and schema), the
// inventory (and the dependencies beside it, when there are) read and JSON.parse-d whole,
// and nothing else. No design that keeps JSON.parse and the manifest's schema can analyze
// the estate in less time than this; bench/compare-networkx.mjs prints it beside both
// sides. (faultline itself reads a snapshot of 64 MB or more in pieces, which costs more.)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseManifestFile } from '../dist/sources/manifest/load-manifest.js';
import { readJson } from './read-json.mjs';

const manifest = process.argv[2];
const folder = path.dirname(manifest);
const dependencies = path.join(folder, 'dependencies.json');

const cpuStarted = process.cpuUsage();
const started = performance.now();
await parseManifestFile(manifest);
const manifestAt = performance.now();
const data = JSON.parse(readFileSync(path.join(folder, 'inventory.json'), 'utf8'));
const edges = existsSync(dependencies) ? (await readJson(dependencies, ['dependencies'])).dependencies.length : 0;
const done = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(JSON.stringify({ totalMs: done - started, manifestMs: manifestAt - started, cpuMs: (cpu.user + cpu.system) / 1000, resources: data.resources.length, edges }));
