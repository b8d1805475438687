/**
 * `npm run bench:dns-logs`: generates a folder of Route 53 Resolver query logs (JSON
 * lines in the documented format; a quarter of the files gzip, as S3 delivers them, the
 * rest plain) of about SIZE MB in a temporary folder, then reads it as a `dnsLogs`
 * inventory entry in a fresh process, and prints the time, the lines per second and that
 * process's peak resident memory. Memory must grow with the distinct source/name rows
 * (printed), not with the size of the folder.
 * Usage: node bench/dns-logs.mjs [sizeMB=1024] [instances=2000]
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const [sizeMb = 1024, instances = 2000] = process.argv.slice(2).map(Number);

if (process.argv[2] === '--read') {
  // The child: read the folder as the loader does, and report.
  const { loadDnsLogs } = await import('../dist/sources/dns-logs/index.js');
  const started = performance.now();
  const read = await loadDnsLogs({ files: 'AWSLogs/**/*.log*' }, { base: process.argv[3] });
  const ms = performance.now() - started;
  const { maxRSS } = process.resourceUsage();
  console.log(JSON.stringify({ ms, maxRssMb: maxRSS / 1024, ...read.stats, dependencies: read.snapshot.dependencies.length, ignored: read.snapshot.ignored.length, resources: read.snapshot.resources.length }));
  process.exit(0);
}

const regions = ['us-east-1', 'us-west-2', 'eu-central-1', 'eu-west-1', 'ap-southeast-2'];
const services = ['dynamodb', 'sqs', 's3', 'sts', 'ecr', 'logs', 'kms', 'secretsmanager', 'sns', 'lambda'];
const vendors = ['api.statuspage.io', 'api-iam.intercom.io', 'api.stripe.com', 'api.sendgrid.com', 'browser-intake-datadoghq.com', 'o1.ingest.sentry.io', 'api.github.com', 'hooks.slack.com'];
const names = [];
for (const region of regions) for (const service of services) names.push(`${service}.${region}.amazonaws.com.`);
names.push(...vendors.map((name) => `${name}.`), 'sts.amazonaws.com.', ...Array.from({ length: 100 }, (_, i) => `svc${i}.shortio.internal.`), ...Array.from({ length: 100 }, (_, i) => `api.vendor${i}.example.com.`));

const dir = mkdtempSync(path.join(os.tmpdir(), 'faultline-dns-bench-'));
try {
  const target = sizeMb * 1024 * 1024;
  let written = 0;
  let lines = 0;
  let file = 0;
  const started = performance.now();
  // A deterministic stream of queries over INSTANCES sources and a few hundred names (AWS endpoints in five regions, vendors, the estate's own names, unknown domains).
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  while (written < target) {
    const vpc = `vpc-${String(file % 50).padStart(8, '0')}`;
    const day = String(1 + (file % 28)).padStart(2, '0');
    const out = path.join(dir, `AWSLogs/111122223333/vpcdnsquerylogs/${vpc}/2025/10/${day}/111122223333_vpcdnsquerylogs_${vpc}_202510${day}T0000Z_${file}.log`);
    mkdirSync(path.dirname(out), { recursive: true });
    const chunk = [];
    let bytes = 0;
    while (bytes < 16 * 1024 * 1024 && written + bytes < target) {
      const i = Math.floor(random() * instances);
      const region = regions[i % regions.length];
      const name = names[(i * 7 + Math.floor(random() * 40)) % names.length];
      const second = Math.floor(random() * 86400);
      const stamp = `2025-10-${day}T${String(Math.floor(second / 3600)).padStart(2, '0')}:${String(Math.floor(second / 60) % 60).padStart(2, '0')}:${String(second % 60).padStart(2, '0')}Z`;
      const line = JSON.stringify({ version: '1.100000', account_id: '111122223333', region, vpc_id: vpc, query_timestamp: stamp, query_name: name, query_type: 'A', query_class: 'IN', rcode: random() < 0.03 ? 'NXDOMAIN' : 'NOERROR', answers: [{ Rdata: `10.0.${i % 250}.${lines % 250}`, Type: 'A', Class: 'IN' }], srcaddr: `10.0.${i % 250}.${i % 200}`, srcport: String(1024 + (lines % 60000)), transport: 'UDP', srcids: { instance: `i-${i.toString(16).padStart(17, '0')}` } });
      chunk.push(line);
      bytes += line.length + 1;
      lines++;
    }
    const text = `${chunk.join('\n')}\n`;
    if (file % 4 === 0) writeFileSync(`${out}.gz`, gzipSync(text, { level: 1 }));
    else await new Promise((resolve, reject) => createWriteStream(out).on('error', reject).end(text, resolve));
    written += bytes;
    file++;
  }
  const onDisk = du(dir);
  console.log(`generated ${lines.toLocaleString('en')} lines, ${(written / 1024 / 1024).toFixed(0)} MB of JSON in ${file} files (${(onDisk / 1024 / 1024).toFixed(0)} MB on disk, a quarter gzip) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--read', dir], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(child.stderr);
  const result = JSON.parse(child.stdout);
  console.log(`read in ${(result.ms / 1000).toFixed(1)} s (${Math.round(result.lines / (result.ms / 1000)).toLocaleString('en')} lines/s, ${((written / 1024 / 1024) / (result.ms / 1000)).toFixed(0)} MB/s of JSON); peak RSS ${result.maxRssMb.toFixed(0)} MB`);
  console.log(`${result.rows.toLocaleString('en')} source/name/response rows, ${result.resources} sources, ${result.dependencies.toLocaleString('en')} observed dependencies, ${result.ignored.toLocaleString('en')} ignored, ${result.malformed} malformed lines`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function du(folder) {
  let total = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  return total;
}
