// Child process: the whole analyze (load, graph, every analysis) on one estate.
// Where the estate has a dependencies.json (generate-estate.mjs with edges), the
// inventory is read as loadModel reads a snapshot, with those dependencies as a
// discovery source gives them.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadModel, parseSnapshot, prepare, analyze, resolveModel } from '../dist/index.js';
import { readLargeSnapshot } from '../dist/sources/inventory/load-snapshot.js';
import { parseManifestFile } from '../dist/sources/manifest/load-manifest.js';
import { readJson } from './read-json.mjs';

const manifest = process.argv[2];
const fold = process.argv[3] !== 'unfolded';
const dependenciesFile = path.join(path.dirname(manifest), 'dependencies.json');

async function loadWithDependencies() {
  const { manifest: parsed } = await parseManifestFile(manifest);
  const file = path.join(path.dirname(manifest), 'inventory.json');
  // As the loader reads a snapshot: a large one in pieces.
  const snapshot = (await readLargeSnapshot(file)) ?? parseSnapshot(readFileSync(file, 'utf8'), file);
  const { dependencies } = await readJson(dependenciesFile, ['dependencies']);
  const model = resolveModel({
    manifest: parsed,
    snapshots: [{ ...snapshot, dependencies, source: 'terraform' }],
    inventory: { files: [file], partial: false, oldestScan: snapshot.scannedAt },
  });
  return { model };
}

const cpuStarted = process.cpuUsage();
const started = performance.now();
const loaded = existsSync(dependenciesFile) ? await loadWithDependencies() : await loadModel(manifest);
const loadedAt = performance.now();
const prepared = prepare(loaded.model, { fold });
const preparedAt = performance.now();
const analysis = analyze(prepared, { maxOrder: 2 });
const done = performance.now();
const cpu = process.cpuUsage(cpuStarted);
process.stdout.write(JSON.stringify({
  totalMs: done - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  loadMs: loadedAt - started,
  graphMs: preparedAt - loadedAt,
  analysisMs: done - preparedAt,
  maxRssMb: process.resourceUsage().maxRSS / 1024,
  nodes: prepared.index.size,
  classes: prepared.folded?.index.size ?? prepared.index.size,
  edges: prepared.index.children.length,
  findings: analysis.findings.length,
  // For bench/compare-networkx.mjs: each capability's SPOF domains, to hold the comparison to the same answer.
  ...(process.env.FAULTLINE_BENCH_SPOF === '1' && { spofDomains: Object.fromEntries(analysis.capabilities.map((capability) => [capability.id, capability.spofDomains])) }),
}));
