/**
 * `faultline scan`: reads the manifest's `inventory: - aws:` entries (flags
 * override them), scans, and writes each snapshot where analyze will read it.
 */
import { FaultlineError } from '../../core/errors.js';
import type { InventoryEntry } from '../../core/manifest/schema.js';
import { scanAws, type AwsScanResult } from '../../sources/aws/scan-aws.js';
import { awsSnapshotPath } from '../../sources/manifest/inventory-paths.js';
import { parseManifestFile } from '../../sources/manifest/load-manifest.js';
import { writeSnapshot } from '../../sources/inventory/write-snapshot.js';
import { renderTable } from '../../render/table.js';
import { exitCodes } from '../exit-code.js';
import type { Invocation } from '../invocation.js';
import type { CliIo } from '../io.js';
import { createScanProgress } from '../scan-progress.js';

import { createPlaceNames } from '../../core/place-names.js';
import { knowledge } from '../../knowledge/index.js';

type AwsEntry = Extract<InventoryEntry, { aws: unknown }>['aws'];

export async function runScan(io: CliIo, { options }: Extract<Invocation, { command: 'scan' }>): Promise<number> {
  const { manifest } = await parseManifestFile(options.manifest);
  const entries = (manifest.inventory ?? []).flatMap((entry) => ('aws' in entry ? [entry.aws] : []));
  if (entries.length === 0) {
    throw new FaultlineError('E_USAGE', `${options.manifest}: no \`inventory: - aws:\` entry to scan; add \`inventory: [{ aws: { regions: all } }]\``);
  }
  if (options.out !== undefined && entries.length > 1) {
    throw new FaultlineError('E_USAGE', `--out names one file, but ${options.manifest} has ${entries.length} aws entries; set \`out:\` in each entry instead`);
  }
  // A misspelt region would be asked, fail, and make every scan partial: refuse it first, with the nearest.
  const places = createPlaceNames(knowledge.regions, knowledge.pseudoRegions, manifest.knowledge?.regions);
  const asked = [...(Array.isArray(options.regions) ? options.regions : []), ...entries.flatMap((entry) => (Array.isArray(entry.regions) && options.regions === undefined ? entry.regions : []))];
  for (const region of asked) {
    const check = places.checkRegion('aws', region);
    if (!check.ok) throw new FaultlineError('E_USAGE', `--regions ${region}: ${check.problem}; ${check.fix}`);
  }
  let partial = false;
  for (const [i, entry] of entries.entries()) {
    const config: AwsEntry = {
      ...entry,
      ...(options.profile !== undefined && { profile: options.profile }),
      ...(options.regions !== undefined && { regions: options.regions }),
    };
    const out = options.out ?? awsSnapshotPath(options.manifest, entry, i, entries.length);
    const progress = createScanProgress(io.stderr, io.stderr.isTTY === true);
    const result = await scanAws({
      ...(config.regions !== undefined && { regions: config.regions }),
      ...(config.accounts !== undefined && { accounts: config.accounts }),
      ...(config.roleName !== undefined && { roleName: config.roleName }),
      settings: { ...(config.profile !== undefined && { profile: config.profile }) },
      concurrency: options.concurrency,
      onProgress: progress.onProgress,
    }).catch((error: unknown) => {
      throw explainScanFailure(error);
    });
    progress.finish();
    await writeSnapshot(out, result.snapshot as unknown as { resources: unknown[] } & Record<string, unknown>);
    io.stderr.write(summarize(result, out));
    partial ||= result.snapshot.partial;
  }
  if (partial && !options.allowPartial) {
    io.stderr.write('faultline: the scan is partial (see the errors above); the snapshot says so. Rescan, or pass --allow-partial to accept it\n');
    return exitCodes.partial;
  }
  return exitCodes.ok;
}

function summarize({ snapshot, ms, retries }: AwsScanResult, out: string): string {
  const rows = snapshot.coverage.scanned.map((stat) => [stat.account, stat.region + (stat.scope === 'global' ? ' (global only)' : ''), stat.error ? `FAILED: ${stat.error}` : String(stat.resources), String(stat.pages), String(stat.retries), `${(stat.ms / 1000).toFixed(1)}s`]);
  const lines = ['', ...renderTable(['ACCOUNT', 'REGION', 'RESOURCES', 'PAGES', 'RETRIES', 'TIME'], rows)];
  lines.push(
    '',
    `faultline: ${snapshot.resources.length.toLocaleString('en')} resources from ${snapshot.coverage.accounts.length} account(s) x ${snapshot.coverage.regions.length} region(s) in ${(ms / 1000).toFixed(1)}s; ${retries} retries; ${snapshot.errors.length} error(s); wrote ${out}${snapshot.partial ? ' (PARTIAL)' : ''}`,
  );
  for (const error of snapshot.errors) lines.push(`faultline:   ${[error.account, error.region].filter(Boolean).join('/')}: ${error.code}: ${error.message}`);
  return `${lines.join('\n')}\n`;
}

/** Setup problems (no credentials, no organization) as one line; anything else as it is. */
function explainScanFailure(error: unknown): unknown {
  const name = (error as { name?: string }).name ?? '';
  const message = ((error as Error).message ?? '').split('\n')[0];
  if (name === 'CredentialsProviderError' || /credential/i.test(message ?? '')) {
    return new FaultlineError('E_USAGE', `no usable AWS credentials (${message}); sign in (aws sso login), set a profile with --profile, or set AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY`, { cause: error });
  }
  if (name === 'AWSOrganizationsNotInUseException' || name === 'AccessDeniedException' || name === 'AccessDenied' || name === 'ExpiredToken' || name === 'InvalidClientTokenId' || name === 'UnrecognizedClientException') {
    return new FaultlineError('E_USAGE', `AWS refused the scan before it began: ${name}: ${message}`, { cause: error });
  }
  if ((error as NodeJS.ErrnoException).code === 'ECONNREFUSED' || (error as NodeJS.ErrnoException).code === 'ENOTFOUND') {
    return new FaultlineError('E_USAGE', `cannot reach AWS (${(error as NodeJS.ErrnoException).code}); check the network, AWS_ENDPOINT_URL and the region`, { cause: error });
  }
  return error;
}
