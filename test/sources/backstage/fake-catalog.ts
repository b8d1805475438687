/**
 * A Backstage catalog backend on loopback that speaks the documented REST shapes:
 * `GET /api/catalog/entities/by-query` answers `{ items, totalItems, pageInfo: { nextCursor } }`,
 * a page at a time, requiring `Authorization: Bearer <token>` when it has a token. It
 * also serves plain files (for Location targets that are URLs) and records every request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeCatalog {
  url: string;
  requests: Array<{ path: string; query: URLSearchParams; authorization?: string }>;
  close: () => Promise<void>;
}

export interface FakeCatalogOptions {
  entities: unknown[];
  token?: string;
  pageSize?: number;
  /** Answer this page number (1-based) with this status instead. */
  failPage?: { page: number; status: number };
  /** Paths served as they are. */
  files?: Record<string, string>;
  /** Answer by-query with this body instead. */
  body?: string;
}

export async function startFakeCatalog(options: FakeCatalogOptions): Promise<FakeCatalog> {
  const requests: FakeCatalog['requests'] = [];
  const server: Server = createServer((request: IncomingMessage, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname, query: url.searchParams, ...(request.headers.authorization !== undefined && { authorization: request.headers.authorization }) });
    const file = options.files?.[url.pathname];
    if (file !== undefined) {
      response.writeHead(200, { 'content-type': 'text/yaml' }).end(file);
      return;
    }
    if (url.pathname !== '/api/catalog/entities/by-query') {
      response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { name: 'NotFoundError', message: 'Not found' } }));
      return;
    }
    if (options.token !== undefined && request.headers.authorization !== `Bearer ${options.token}`) {
      response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { name: 'AuthenticationError', message: 'Missing credentials' }, response: { statusCode: 401 } }));
      return;
    }
    if (options.body !== undefined) {
      response.writeHead(200, { 'content-type': 'application/json' }).end(options.body);
      return;
    }
    // The kinds asked for are carried by the cursor, as the catalog's own cursor carries its query.
    const cursor = url.searchParams.get('cursor');
    const state = cursor === null ? { offset: 0, kinds: url.searchParams.getAll('filter').map((filter) => filter.replace(/^kind=/, '')) } : (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { offset: number; kinds: string[] });
    const page = Math.floor(state.offset / (options.pageSize ?? 2)) + 1;
    if (options.failPage?.page === page) {
      response.writeHead(options.failPage.status, { 'content-type': 'application/json' }).end('{"error":{"name":"Error","message":"failed"}}');
      return;
    }
    const wanted = options.entities.filter((entity) => state.kinds.length === 0 || state.kinds.includes(String((entity as { kind: string }).kind).toLowerCase()));
    const limit = Math.min(Number(url.searchParams.get('limit') ?? 20), options.pageSize ?? 2);
    const items = wanted.slice(state.offset, state.offset + limit);
    const next = state.offset + limit < wanted.length ? Buffer.from(JSON.stringify({ offset: state.offset + limit, kinds: state.kinds })).toString('base64url') : undefined;
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items, totalItems: wanted.length, pageInfo: next === undefined ? {} : { nextCursor: next } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
