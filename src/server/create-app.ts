/**
 * The report server as a Hono app. It receives everything it serves as
 * dependencies (the current state and the UI assets), so tests run it in-process
 * with `app.request()` and `serve.ts` only binds it to a socket.
 *
 * API (DESIGN section 5): GET /api/analysis, GET /api/graph, POST /api/simulate
 * with {"fail": [...], "scenario": "..."}; besides, GET /api/bundle?id= (a
 * collapsed graph's resources) and GET /api/trend (null without a baseline). Errors are
 * JSON {error: {code, message}}.
 */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { FaultlineError } from '../core/errors.js';
import { isAllowedHost } from './allowed-hosts.js';
import type { Analysis, Simulation } from '../core/report.js';
import type { LabelledTrend } from '../core/trend.js';
import type { GraphEdge, GraphNode, GraphPayload } from '../render/graph-payload.js';

export interface ServerState {
  analysis: Analysis;
  graph: GraphPayload;
  /** Against the baseline `serve --baseline` was given: what got better and what got worse. */
  trend?: LabelledTrend;
  /** The resources a bundle of a collapsed graph stands for, with their edges. */
  bundle(id: string): { nodes: GraphNode[]; edges: GraphEdge[] } | undefined;
  /** With `expanded`, results are shown as a collapsed page draws them (see server-state.ts). */
  simulate(request: { fail: string[]; scenario?: string; expanded?: string[] }): Simulation;
}

export interface Asset {
  body: string | Uint8Array;
  type: string;
}

export interface AppDeps {
  /** The state to serve now; with --watch it changes when the inputs do. */
  state: () => ServerState;
  /** UI files by URL path (`/`, `/assets/app.js`, ...). Only these are served: no file system paths, so no traversal. */
  assets: ReadonlyMap<string, Asset>;
  /**
   * The host the server listens on (`--host`): requests must name it, or a
   * loopback name, in their Host header. Default 127.0.0.1.
   */
  host?: string;
  /** Where an internal error's details go (the command line: stderr). */
  log?: (message: string) => void;
}

/** The largest POST body read (a what-if names a few domains; 1 MiB is generous). */
export const maxBodyBytes = 1024 * 1024;

/**
 * Scripts only from this server; nothing framed, nothing sniffed, no referrer.
 * Styles may be inline because Cytoscape.js styles its canvas layers inline; no
 * script can run from data, which is what the policy is for.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    // Only requests for the address being served: a page on another site that
    // rebinds its own name to 127.0.0.1 sends its own name, and gets nothing.
    if (!isAllowedHost(new URL(c.req.url).hostname, deps.host ?? '127.0.0.1')) {
      c.res = new Response('misdirected request: this server answers only for the address it listens on\n', { status: 421, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    } else {
      await next();
    }
    for (const [name, value] of Object.entries(securityHeaders)) c.res.headers.set(name, value);
  });

  app.get('/api/analysis', (c) => c.json(deps.state().analysis));
  app.get('/api/graph', (c) => {
    // Bundle members stay on the server: the page opens a bundle with /api/bundle.
    const graph = { ...deps.state().graph };
    delete graph.bundles;
    return c.json(graph);
  });
  // null without a baseline: an absent trend is an answer, not an error (a 404 would also log one in the page).
  app.get('/api/trend', (c) => c.json(deps.state().trend ?? null));
  app.get('/api/bundle', (c) => {
    const id = c.req.query('id');
    const bundle = id === undefined ? undefined : deps.state().bundle(id);
    if (bundle === undefined) return c.json({ error: { code: 'E_NOT_FOUND', message: `no bundle ${JSON.stringify(id ?? '')}; bundles exist only in a collapsed graph` } }, 404);
    return c.json(bundle);
  });
  app.post(
    '/api/simulate',
    bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json({ error: { code: 'E_TOO_LARGE', message: `the body is larger than ${maxBodyBytes} bytes; a what-if names a few domains or components` } }, 413) }),
    async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: 'E_USAGE', message: 'the body must be JSON: {"fail": ["region:aws/us-east-1"]}' } }, 400);
    }
    const request = readSimulateRequest(body);
    if (typeof request === 'string') return c.json({ error: { code: 'E_USAGE', message: request } }, 400);
    return c.json(deps.state().simulate(request));
    },
  );
  app.all('/api/*', (c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no such API: ${c.req.method} ${c.req.path}` } }, 404));

  app.get('*', (c) => {
    const asset = deps.assets.get(c.req.path === '/index.html' ? '/' : c.req.path);
    if (!asset) return c.text('not found', 404);
    // The page is small and must reflect the current build; assets can be cached briefly.
    const cache = c.req.path === '/' || c.req.path === '/index.html' ? 'no-cache' : 'public, max-age=300';
    return c.body(asset.body as string, 200, { 'content-type': asset.type, 'cache-control': cache });
  });

  app.onError((error, c) => {
    if (error instanceof FaultlineError) return c.json({ error: { code: error.code, message: error.message } }, 400);
    // The page says the log has the details: so it must.
    deps.log?.(`internal error on ${c.req.method} ${new URL(c.req.url).pathname}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return c.json({ error: { code: 'E_INTERNAL', message: 'internal error; the server log has the details' } }, 500);
  });
  return app;
}

function readSimulateRequest(body: unknown): { fail: string[]; scenario?: string; expanded?: string[] } | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be an object: {"fail": [...], "scenario": "..."}';
  const { fail = [], scenario, expanded } = body as { fail?: unknown; scenario?: unknown; expanded?: unknown };
  const isNames = (value: unknown): value is string[] => Array.isArray(value) && value.every((entry) => typeof entry === 'string');
  if (!isNames(fail)) return '"fail" must be a list of domains or component ids';
  if (scenario !== undefined && typeof scenario !== 'string') return '"scenario" must be a name';
  if (expanded !== undefined && !isNames(expanded)) return '"expanded" must be a list of bundle ids';
  if (fail.length === 0 && scenario === undefined) return 'say what fails: "fail": [...] or "scenario": "..."';
  return { fail, ...(scenario !== undefined && { scenario }), ...(expanded !== undefined && { expanded }) };
}
