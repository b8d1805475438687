/**
 * Reads a running catalog through its REST API
 * (https://backstage.io/docs/features/software-catalog/software-catalog-api):
 * `GET <base>/api/catalog/entities/by-query`, filtered to the kinds faultline reads,
 * paged with the cursor of each answer, whose documented shape is
 * `{ items: Entity[], totalItems: number, pageInfo: { nextCursor?, prevCursor? } }`
 * (catalog-client QueryEntitiesResponse). A token, when given, goes in
 * `Authorization: Bearer`. A catalog that cannot be reached, refuses the token or fails
 * part-way is an answer too: the inventory is then partial, never silently smaller.
 * An answer that is not of the documented shape is bad input (exit 2).
 */
import { InputError } from '../source-error.js';
import type { CatalogEntity } from './read-catalog.js';
import { validateEntity } from './validate-entity.js';

export interface FetchCatalogOptions {
  token?: string;
  /** Entities per page (the catalog may answer fewer). */
  pageSize?: number;
  /** Per request. */
  timeoutMs?: number;
}

export type FetchedCatalog = { ok: true; entities: CatalogEntity[]; readAt: string; pages: number } | { ok: false; entities: CatalogEntity[]; code: string; message: string };

/** The kinds read: nodes and groupings. The catalog has followed Location entities itself. */
export const fetchedKinds = ['component', 'resource', 'api', 'system', 'domain'] as const;

/** `https://backstage.example.com` (or one already ending in /api/catalog) -> the by-query endpoint. */
export function byQueryUrl(base: string): URL {
  const url = new URL(base);
  const root = url.pathname.replace(/\/+$/, '');
  url.pathname = `${root.endsWith('/api/catalog') ? root : `${root}/api/catalog`}/entities/by-query`;
  url.search = '';
  return url;
}

export async function fetchCatalog(base: string, options: FetchCatalogOptions = {}): Promise<FetchedCatalog> {
  const endpoint = byQueryUrl(base);
  const label = endpoint.origin + endpoint.pathname;
  const entities: CatalogEntity[] = [];
  let cursor: string | undefined;
  let pages = 0;
  let readAt: string | undefined;
  const seenCursors = new Set<string>();
  for (;;) {
    const url = new URL(endpoint);
    url.searchParams.set('limit', String(options.pageSize ?? 500));
    // The first request says what to read; a cursor carries the query on (QueryEntitiesCursorRequest).
    if (cursor === undefined) for (const kind of fetchedKinds) url.searchParams.append('filter', `kind=${kind}`);
    else url.searchParams.set('cursor', cursor);
    let answer: Response;
    try {
      answer = await fetch(url, { headers: { accept: 'application/json', ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }) }, signal: AbortSignal.timeout(options.timeoutMs ?? 30_000) });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      return { ok: false, entities, code: cause ?? 'Unreachable', message: `cannot reach the catalog at ${label}${pages > 0 ? ` after ${pages} page${pages === 1 ? '' : 's'}` : ''}: ${cause ?? (error as Error).message}` };
    }
    if (!answer.ok) {
      await answer.body?.cancel();
      const why = answer.status === 401 ? 'the token is missing or not accepted' : answer.status === 403 ? 'the token may not read the catalog' : 'the catalog failed';
      return { ok: false, entities, code: `HTTP${answer.status}`, message: `the catalog at ${label} answered HTTP ${answer.status}: ${why}` };
    }
    readAt ??= dateOf(answer);
    const body = await answer.text();
    const page = readPage(body, label);
    pages++;
    for (const [i, item] of page.items.entries()) {
      // The catalog adds `relations` and `status` to the entities it serves (the output of its
      // processing); the entity as written is checked, and its relations are kept beside it.
      const written: Record<string, unknown> = { ...(item as Record<string, unknown>) };
      const relations = written.relations;
      delete written.relations;
      delete written.status;
      const checked = await validateEntity(written);
      if (!checked.ok) throw new InputError('E_INVENTORY', [{ file: label, message: `page ${pages}, items[${i}] ${describeItem(item)}: ${checked.problem}`, fix: 'the catalog holds an entity it should not; fix it there' }]);
      entities.push({ entity: { ...checked.entity, ...(Array.isArray(relations) && { relations: relations.filter(isRelation) }) }, file: label });
    }
    cursor = page.nextCursor;
    if (cursor === undefined) break;
    // A catalog that hands back a cursor it gave before would page forever.
    if (seenCursors.has(cursor)) throw new InputError('E_INVENTORY', [{ file: label, message: `page ${pages} repeats a cursor of an earlier page`, fix: 'the catalog pages in a loop; report it to its operators' }]);
    seenCursors.add(cursor);
  }
  return { ok: true, entities, readAt: readAt ?? new Date(0).toISOString(), pages };
}

function readPage(body: string, label: string): { items: unknown[]; nextCursor?: string } {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (cause) {
    throw new InputError('E_INVENTORY', [{ file: label, message: 'the answer is not JSON', fix: 'check the url: it should be the Backstage backend (the catalog API is under /api/catalog)' }], { cause });
  }
  const page = data as { items?: unknown; pageInfo?: { nextCursor?: unknown } } | null;
  if (page === null || typeof page !== 'object' || !Array.isArray(page.items) || (page.pageInfo !== undefined && (typeof page.pageInfo !== 'object' || page.pageInfo === null))) {
    throw new InputError('E_INVENTORY', [{ file: label, message: 'the answer is not a page of entities ({ items, totalItems, pageInfo })', fix: 'check the url: it should be the Backstage backend (the catalog API is under /api/catalog)' }]);
  }
  const next = page.pageInfo?.nextCursor;
  if (next !== undefined && typeof next !== 'string') throw new InputError('E_INVENTORY', [{ file: label, message: 'pageInfo.nextCursor is not a string', fix: 'the catalog answers in a shape faultline does not know' }]);
  return { items: page.items, ...(next !== undefined && next !== '' && { nextCursor: next }) };
}

function isRelation(value: unknown): value is { type: string; targetRef: string } {
  const relation = value as { type?: unknown; targetRef?: unknown } | null;
  return typeof relation?.type === 'string' && typeof relation.targetRef === 'string';
}

/** When the catalog answered, by its own clock. */
function dateOf(answer: Response): string | undefined {
  const date = answer.headers.get('date');
  const time = date === null ? NaN : Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function describeItem(item: unknown): string {
  const entity = item as { kind?: unknown; metadata?: { name?: unknown } } | null;
  return typeof entity?.kind === 'string' && typeof entity?.metadata?.name === 'string' ? `(${entity.kind} ${entity.metadata.name})` : '';
}
