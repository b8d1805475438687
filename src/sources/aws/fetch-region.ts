/**
 * Every tagged resource of one account in one region, page by page with the
 * SDK's GetResources paginator, each page handed over as it arrives (so its SDK
 * objects can be dropped before the next is read). Pages of one region are
 * sequential (each needs the previous token). A token that comes back twice would
 * loop forever, and an expired one (valid 15 minutes) would lose the rest: either
 * way the region is read again from the start, a bounded number of times.
 */
import { paginateGetResources, type ResourceGroupsTaggingAPIClient, type ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';

export interface RegionFetch {
  /** Records listed by the read that completed (pages handed to `onRecords` since the last restart). */
  listed: number;
  pages: number;
  /** Requests the SDK retried (throttling, 5xx), over all pages. */
  retries: number;
  /** Times the region was read again from the start. */
  restarts: number;
}

export class PaginationLoopError extends Error {
  readonly code = 'PaginationTokenLoop';
  constructor(readonly restarts: number) {
    super(`the pagination token kept repeating; gave up after ${restarts} fresh starts`);
    this.name = 'PaginationTokenLoop';
  }
}

/** A region that could not be read, with what reading it cost before it failed. */
export class RegionReadError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly retries: number,
    readonly pages: number,
    readonly restarts: number,
  ) {
    super((cause as Error)?.message ?? String(cause), { cause });
    this.name = 'RegionReadError';
  }
}

export interface FetchRegionOptions {
  resourceTypeFilters?: readonly string[] | undefined;
  maxRestarts?: number;
  /** Each page's records, in order. */
  onRecords: (mappings: ResourceTagMapping[]) => void;
  /** Records listed so far in this read, after each page. */
  onPage?: (resources: number) => void;
  /** The region is read again from the start: every page handed over before is void. */
  onRestart?: (reason: string) => void;
}

export async function fetchRegion(client: ResourceGroupsTaggingAPIClient, options: FetchRegionOptions): Promise<RegionFetch> {
  const maxRestarts = options.maxRestarts ?? 3;
  let retries = 0;
  for (let restarts = 0; ; restarts++) {
    let listed = 0;
    const seen = new Set<string>();
    let pages = 0;
    try {
      // A fresh input object per run: the paginator writes the token into it.
      const input = options.resourceTypeFilters ? { ResourceTypeFilters: [...options.resourceTypeFilters] } : {};
      for await (const page of paginateGetResources({ client, pageSize: 100 }, input)) {
        pages++;
        retries += Math.max(0, (page.$metadata.attempts ?? 1) - 1);
        const mappings = page.ResourceTagMappingList ?? [];
        listed += mappings.length;
        options.onRecords(mappings);
        options.onPage?.(listed);
        const token = page.PaginationToken;
        if (token) {
          if (seen.has(token)) throw new PaginationLoopError(restarts);
          seen.add(token);
        }
      }
      return { listed, pages, retries, restarts };
    } catch (error) {
      retries += Math.max(0, ((error as { $metadata?: { attempts?: number } }).$metadata?.attempts ?? 1) - 1);
      const reason = error instanceof PaginationLoopError ? 'repeating pagination token' : (error as Error).name === 'PaginationTokenExpiredException' ? 'expired pagination token' : undefined;
      if (reason === undefined) throw new RegionReadError(error, retries, pages, restarts);
      if (restarts >= maxRestarts) throw new RegionReadError(error instanceof PaginationLoopError ? new PaginationLoopError(restarts) : error, retries, pages, restarts);
      options.onRestart?.(reason);
    }
  }
}
