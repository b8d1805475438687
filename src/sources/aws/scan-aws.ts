/**
 * `faultline scan` for AWS: discover the accounts and regions, read every
 * account x region with bounded concurrency (pages within a region in order),
 * spread over worker threads where there are cores to spare (see
 * scan-in-workers.ts), then turn the raw records into a snapshot. A region or
 * account that could not be read is recorded with its error and makes the
 * snapshot partial; it never silently shrinks the inventory.
 */
import { availableParallelism } from 'node:os';
import type { Snapshot, SnapshotError } from '../../core/inventory.js';
import { runBounded } from '../run-bounded.js';
import { baseCredentials, homeRegion, taggingClient, type ClientSettings } from './aws-clients.js';
import { discoverTargets, failureOf, type TargetsConfig } from './discover-targets.js';
import { fetchRegion, RegionReadError } from './fetch-region.js';
import { globalQueryRegion, globalResourceTypeFilters } from './global-resources.js';
import { Redactor } from './redact.js';
import { convertRecords, ResourceCollector, type Conversion } from './to-resources.js';
import { canScanInWorkers, scanInWorkers, type ReadCost, type ScanTask } from './scan-in-workers.js';
import { compareText } from '../../core/compare-text.js';

export interface AwsScanOptions extends TargetsConfig {
  settings?: ClientSettings;
  /** Account x region reads in flight at once (default 64). */
  concurrency?: number;
  /**
   * Worker threads to read on; 0 reads on the calling thread. Default: one per
   * core but one (at most 8) from 4 cores up, else none: on 2 busy cores the
   * workers' own CPU (each loads the client and warms up its code) cost more than
   * they saved (README, Scan benchmark). Running from the TypeScript sources
   * always reads on the calling thread, since the compiled worker is not there.
   */
  workers?: number;
  onProgress?: (event: ScanEvent) => void;
  now?: () => Date;
}

export type ScanEvent =
  | { type: 'plan'; targets: Array<{ account: string; region: string }> }
  | { type: 'start' | 'page' | 'done'; account: string; region: string; resources: number; pages?: number }
  | { type: 'restart'; account: string; region: string; reason: string }
  | { type: 'failed'; account?: string; region?: string; code: string; message: string };

export interface RegionStat {
  account: string;
  region: string;
  /** `global` when only the global resource types were asked (us-east-1 not scanned itself). */
  scope: 'region' | 'global';
  resources: number;
  pages: number;
  retries: number;
  restarts: number;
  ms: number;
  error?: string;
}

/** What a snapshot records about what was asked, so gaps are visible. */
export interface Coverage {
  provider: 'aws';
  accounts: string[];
  regions: string[];
  resourceTypes: 'all';
  /** Global resources (CloudFront, Route 53, IAM, ...) are asked once per account, in us-east-1. */
  globalResourcesFrom: string;
  scanned: RegionStat[];
  /** Regions `regions: all` left out, and why (an account that has not opted in to a region cannot be read there). */
  skippedRegions?: Array<{ account: string; region: string; reason: 'not-opted-in' }>;
  /** What the Tagging API cannot see. */
  note: string;
}

export interface AwsSnapshot extends Omit<Snapshot, 'file'> {
  faultlineInventory: 1;
  coverage: Coverage;
}

export interface AwsScanResult {
  snapshot: AwsSnapshot;
  ms: number;
  retries: number;
}

export async function scanAws(options: AwsScanOptions = {}): Promise<AwsScanResult> {
  const started = Date.now();
  const now = options.now ?? (() => new Date());
  const settings = options.settings ?? {};
  const redactor = new Redactor();
  const emit = options.onProgress ?? (() => undefined);
  const home = await homeRegion(settings);
  const base = baseCredentials(settings);
  const resolved = typeof base === 'function' ? await base() : base;
  redactor.remember(resolved.accessKeyId, resolved.secretAccessKey, resolved.sessionToken);

  const { targets, failures, skippedRegions } = await discoverTargets(settings, options, home, redactor);
  const errors: SnapshotError[] = failures.map((failure) => ({ ...failure }));
  for (const failure of failures) emit({ type: 'failed', ...failure });

  const tasks: ScanTask[] = [];
  for (const target of targets) {
    for (const region of target.regions) tasks.push({ account: target.account, region, scope: 'region', credentials: target.credentials });
    // Global resources answer only in us-east-1: ask there even when it is not scanned.
    if (!target.regions.includes(globalQueryRegion)) tasks.push({ account: target.account, region: globalQueryRegion, scope: 'global', credentials: target.credentials });
  }
  emit({ type: 'plan', targets: tasks.map(({ account, region }) => ({ account, region })) });

  const collector = new ResourceCollector();
  const stats: RegionStat[] = [];
  const begun = new Map<ScanTask, number>();
  const listener = {
    start: (task: ScanTask) => {
      begun.set(task, Date.now());
      emit({ type: 'start', account: task.account, region: task.region, resources: 0 });
    },
    page: ({ account, region }: ScanTask, resources: number) => emit({ type: 'page', account, region, resources }),
    restart: ({ account, region }: ScanTask, reason: string) => emit({ type: 'restart', account, region, reason }),
    read: (task: ScanTask, count: number, cost: ReadCost) => {
      const { account, region, scope } = task;
      stats.push({ account, region, scope, resources: count, ...cost, ms: Date.now() - begun.get(task)! });
      emit({ type: 'done', account, region, resources: count, pages: cost.pages });
    },
    // What the region cost before it failed is counted too: retries are the first sign of trouble.
    failed: (task: ScanTask, failure: SnapshotError | { error: unknown }, cost: ReadCost) => {
      const { account, region, scope } = task;
      const error = 'error' in failure ? failureOf(account, failure.error, redactor, region) : { ...failure, message: redactor.redact(failure.message) };
      errors.push(error);
      stats.push({ account, region, scope, resources: 0, ...cost, ms: Date.now() - begun.get(task)!, error: error.code });
      emit({ type: 'failed', ...error });
    },
  };
  const concurrency = options.concurrency ?? 64;
  const cores = availableParallelism();
  const workers = options.workers ?? (cores >= 4 ? Math.min(cores - 1, 8) : 0);
  if (workers > 0 && canScanInWorkers()) {
    const secrets = [resolved.accessKeyId, resolved.secretAccessKey, resolved.sessionToken].filter((value): value is string => value !== undefined);
    await scanInWorkers(tasks, { workers, concurrency, settings, secrets }, {
      ...listener,
      read: (task, conversion, listed, cost) => {
        collector.merge(conversion);
        listener.read(task, listed, cost);
      },
    });
  } else {
    await runBounded(tasks, concurrency, async (task) => {
      listener.start(task);
      const { account, region, scope } = task;
      const client = taggingClient(settings, region, task.credentials);
      try {
        // A region's resources join the snapshot once it is read to the end.
        let converted: Conversion = { resources: [], skipped: [] };
        const fetched = await fetchRegion(client, {
          resourceTypeFilters: scope === 'global' ? globalResourceTypeFilters : undefined,
          onRecords: (mappings) => convertRecords({ account, region, mappings }, converted),
          onPage: (resources) => listener.page(task, resources),
          onRestart: (reason) => {
            converted = { resources: [], skipped: [] };
            listener.restart(task, reason);
          },
        });
        collector.merge(converted);
        listener.read(task, fetched.listed, { pages: fetched.pages, retries: fetched.retries, restarts: fetched.restarts });
      } catch (error) {
        const read = error instanceof RegionReadError ? error : undefined;
        listener.failed(task, { error: read?.cause ?? error }, { pages: read?.pages ?? 0, retries: read?.retries ?? 0, restarts: read?.restarts ?? 0 });
      } finally {
        client.destroy();
      }
    });
  }

  const { resources, skipped } = collector.result();
  // An ARN that cannot be read is one entry however many regions listed it (global resources come back everywhere).
  const unreadable = new Map<string, (typeof skipped)[number]>();
  for (const item of skipped) if (!unreadable.has(item.arn)) unreadable.set(item.arn, item);
  for (const item of unreadable.values()) errors.push({ account: item.account, region: item.region, code: 'UnreadableArn', message: `${item.reason}: ${redactor.redact(item.arn)}` });
  stats.sort((a, b) => compareText(a.account, b.account) || compareText(a.region, b.region));
  errors.sort((a, b) => compareText(a.account ?? '', b.account ?? '') || compareText(a.region ?? '', b.region ?? '') || compareText(a.code, b.code));

  const snapshot: AwsSnapshot = {
    faultlineInventory: 1,
    scannedAt: now().toISOString(),
    // Unreadable ARNs are reported but do not make the scan partial: every region answered.
    partial: errors.some((error) => error.code !== 'UnreadableArn'),
    errors,
    coverage: {
      provider: 'aws',
      accounts: targets.map((target) => target.account),
      regions: [...new Set(targets.flatMap((target) => target.regions))].sort(),
      resourceTypes: 'all',
      globalResourcesFrom: globalQueryRegion,
      scanned: stats,
      ...(skippedRegions.length > 0 && { skippedRegions }),
      note: 'The Resource Groups Tagging API lists only resources that are or were tagged; never-tagged resources are missing.',
    },
    resources,
  };
  return { snapshot, ms: Date.now() - started, retries: stats.reduce((sum, stat) => sum + stat.retries, 0) };
}
