import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/create-app.js';
import { buildServerState } from '../../src/server/server-state.js';
import { loadModel } from '../../src/sources/manifest/load-manifest.js';
import { analyze } from '../../src/core/analyze.js';
import { createBaseline } from '../../src/core/gate/baseline.js';
import { prepare } from '../../src/core/prepare.js';

const { model } = await loadModel('fixtures/example/faultline.yaml');
const state = buildServerState(model);
const assets = new Map([
  ['/', { body: '<!doctype html><title>t</title>', type: 'text/html; charset=utf-8' }],
  ['/assets/app.js', { body: 'console.log(1)', type: 'text/javascript; charset=utf-8' }],
]);
const app = createApp({ state: () => state, assets });
// The API's JSON, as far as these assertions read it.
interface ApiJson {
  capabilities: Array<{ id: string }>;
  down: string[];
  scenario: { id: string };
  error: { code: string; message: string };
}
const json = async (response: Response) => (await response.json()) as ApiJson;

describe('createApp with a collapsed graph', () => {
  const collapsed = createApp({ state: () => buildServerState(model, { collapseAbove: 10 }), assets });

  it('opens a bundle into its resources and their edges', async () => {
    const graph = (await (await collapsed.request('/api/graph')).json()) as { bundles?: unknown; nodes: Array<{ id: string }> };
    expect(graph.bundles).toBeUndefined();
    expect(graph.nodes.some((node) => node.id.startsWith('arn:'))).toBe(false);
    const bundle = (await (await collapsed.request('/api/bundle?id=ticket-ledger')).json()) as { nodes: Array<{ id: string; kind: string }>; edges: unknown[] };
    expect(bundle.nodes.map((node) => [node.id, node.kind])).toEqual([
      ['arn:aws:dynamodb:eu-west-1:111122223333:table/ticket-ledger', 'resource'],
      ['arn:aws:dynamodb:us-east-1:111122223333:table/ticket-ledger', 'resource'],
    ]);
    expect(bundle.edges).toContainEqual({ source: 'ticket-ledger', target: 'arn:aws:dynamodb:eu-west-1:111122223333:table/ticket-ledger', alternative: true });
    expect((await collapsed.request('/api/bundle?id=nope')).status).toBe(404);
    expect((await app.request('/api/bundle?id=ticket-ledger')).status).toBe(404);
  });

  it('shows results as a collapsed page draws them: folded resources leave down lists and become their component on paths', async () => {
    const simulate = async (expanded: string[]) =>
      (await (await collapsed.request('/api/simulate', { method: 'POST', body: JSON.stringify({ fail: ['region:aws/us-east-1'], expanded }) })).json()) as { down: string[]; capabilities: Array<{ id: string; path: string[] }> };
    const closed = await simulate([]);
    expect(closed.down.some((id) => id.startsWith('arn:'))).toBe(false);
    expect(closed.down).toContain('ticket-mailer');
    expect(closed.down).not.toContain('venue-scanner');
    expect(closed.capabilities.find((c) => c.id === 'deliver-tickets')!.path).toEqual(['deliver-tickets', 'ticket-mailer']);
    const open = await simulate(['ticket-mailer']);
    expect(open.capabilities.find((c) => c.id === 'deliver-tickets')!.path).toEqual(['deliver-tickets', 'ticket-mailer', 'arn:aws:lambda:us-east-1:111122223333:function:ticket-mailer']);
  });
});

describe('createApp', () => {
  it('serves the analysis and the graph as JSON', async () => {
    const analysis = await app.request('/api/analysis');
    expect(analysis.status).toBe(200);
    expect(analysis.headers.get('content-type')).toMatch(/application\/json/);
    expect(((await analysis.json()) as { name: string }).name).toBe('harbor-tickets');
    const graph = (await (await app.request('/api/graph')).json()) as { faultlineGraph: number; nodes: Array<{ id: string }>; edges: unknown[] };
    expect(graph.faultlineGraph).toBe(1);
    expect(graph.nodes.find((node: { id: string }) => node.id === 'tell-customers')).toMatchObject({ kind: 'capability', status: 'spof' });
    expect(graph.edges).toContainEqual({ source: 'tell-customers', target: 'status-page', alternative: false });
    expect(graph.edges).toContainEqual({ source: 'payments', target: 'stripe', alternative: true });
  });

  it('answers null for the trend when serve has no baseline, and the trend when it has', async () => {
    const none = await app.request('/api/trend');
    expect(none.status).toBe(200);
    expect(await none.json()).toBeNull();
    const prepared = prepare(model);
    const baseline = createBaseline(prepared, analyze(prepared), ['region:aws/us-east-1']);
    baseline.singleRegion['region:aws/us-east-1'] = [...baseline.singleRegion['region:aws/us-east-1']!.slice(1), 'gone-capability -> gone'];
    const withBaseline = createApp({ state: () => buildServerState(model, { baseline: { label: 'b.json', baseline } }), assets });
    const trend = (await (await withBaseline.request('/api/trend')).json()) as { since: string; singleRegion: Array<{ added: string[]; resolved: string[] }> };
    expect(trend.since).toBe('b.json');
    expect(trend.singleRegion[0]!.added).toHaveLength(1);
    // A pair of a capability that no longer exists is not a fix.
    expect(trend.singleRegion[0]!.resolved).toEqual([]);
  });

  it('offers the outages the page can replay, each failing what posting its name fails', async () => {
    const graph = (await (await app.request('/api/graph')).json()) as { scenarios: Array<{ id: string; title: string; fail: string[] }> };
    expect(graph.scenarios.map((scenario) => scenario.id)).toEqual(['aws-us-east-1-2025-10', 'aws-account-lockout']);
    for (const scenario of graph.scenarios) {
      const byName = await json(await app.request('/api/simulate', { method: 'POST', body: JSON.stringify({ scenario: scenario.id }) }));
      const byList = await json(await app.request('/api/simulate', { method: 'POST', body: JSON.stringify({ fail: scenario.fail }) }));
      expect(byList.capabilities).toEqual(byName.capabilities);
      expect(byList.down).toEqual(byName.down);
    }
  });

  it('simulates a posted scenario, as the command line does', async () => {
    const response = await app.request('/api/simulate', { method: 'POST', body: JSON.stringify({ fail: ['region:aws/us-east-1'] }), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(200);
    const simulation = await json(response);
    expect(simulation.capabilities.find((c) => c.id === 'tell-customers')).toEqual({ id: 'tell-customers', status: 'down', path: ['tell-customers', 'status-page'], cause: 'region:aws/us-east-1' });
    const named = await json(await app.request('/api/simulate', { method: 'POST', body: JSON.stringify({ scenario: 'aws-us-east-1-2025-10' }) }));
    expect(named.scenario.id).toBe('aws-us-east-1-2025-10');
  });

  it('answers bad requests with a JSON error and a status', async () => {
    const post = (body: string) => app.request('/api/simulate', { method: 'POST', body });
    expect(await json(await post('not json'))).toEqual({ error: { code: 'E_USAGE', message: 'the body must be JSON: {"fail": ["region:aws/us-east-1"]}' } });
    expect((await post('{"fail": "x"}')).status).toBe(400);
    expect((await post('{}')).status).toBe(400);
    const unknown = await post('{"fail": ["region:aws/mars-1"]}');
    expect(unknown.status).toBe(400);
    // Named as the body names it: an API caller wrote no command-line flag.
    expect((await json(unknown)).error.message).toMatch(/^"fail" entry region:aws\/mars-1: "mars-1" is not an AWS region/);
    expect((await json(await post('{"scenario": "no-such-thing"}'))).error.message).toMatch(/^"scenario" no-such-thing: no such scenario/);
    const missing = await app.request('/api/nothing');
    expect(missing.status).toBe(404);
    expect((await json(missing)).error.code).toBe('E_NOT_FOUND');
  });

  it('serves only the known assets, with types, caching and security headers', async () => {
    const page = await app.request('/');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await app.request('/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('cache-control')).toBe('public, max-age=300');
    for (const path of ['/assets/../package.json', '/..%2fpackage.json', '/assets/%2e%2e/%2e%2e/package.json', '/etc/passwd', '/assets/app.js/..']) {
      expect((await app.request(path)).status, path).toBe(404);
    }
  });
});

describe('createApp, guarded', () => {
  it('answers only requests for the address it serves, never one that a rebound name sends', async () => {
    for (const url of ['http://127.0.0.1:7878/api/analysis', 'http://localhost:7878/api/analysis', 'http://[::1]:7878/api/analysis']) expect((await app.request(url)).status, url).toBe(200);
    for (const url of ['http://evil.example:7878/api/analysis', 'http://127.0.0.1.evil.example/api/graph', 'http://evil.localhost/', 'http://10.0.0.5:7878/api/analysis']) {
      const response = await app.request(url);
      expect(response.status, url).toBe(421);
      expect(await response.text()).not.toContain('harbor');
    }
    // Listening on every interface: the machine's addresses work, names still do not.
    const open = createApp({ state: () => state, assets, host: '0.0.0.0' });
    expect((await open.request('http://10.0.0.5:7878/api/analysis')).status).toBe(200);
    expect((await open.request('http://evil.example:7878/api/analysis')).status).toBe(421);
  });

  it('refuses a simulate body over 1 MiB with 413, before reading it', async () => {
    const response = await app.request('/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fail: ['x'.repeat(2 * 1024 * 1024)] }) });
    expect(response.status).toBe(413);
    expect((await json(response)).error.code).toBe('E_TOO_LARGE');
  });

  it('logs an internal error, whose answer says the log has the details', async () => {
    const logged: string[] = [];
    const broken = createApp({ state: () => ({ ...state, simulate: () => { throw new Error('engine broke'); } }), assets, log: (message) => logged.push(message) });
    const response = await broken.request('/api/simulate', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"fail": ["region:aws/us-east-1"]}' });
    expect(response.status).toBe(500);
    expect((await json(response)).error.message).toBe('internal error; the server log has the details');
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^internal error on POST \/api\/simulate: Error: engine broke\n\s+at /);
  });
});

describe('createApp with ids named like prototype members', () => {
  const prototypeNames = async (collapseAbove?: number) => {
    const loaded = await loadModel('test/fixtures/prototype-names/faultline.yaml');
    return createApp({ state: () => buildServerState(loaded.model, collapseAbove === undefined ? {} : { collapseAbove }), assets });
  };
  const post = (api: Awaited<ReturnType<typeof prototypeNames>>, body: string) => api.request('/api/simulate', { method: 'POST', body });

  it('serves the analysis and the graph of capabilities named hasOwnProperty, propertyIsEnumerable and toLocaleString', async () => {
    const api = await prototypeNames();
    const analysis = (await (await api.request('/api/analysis')).json()) as { capabilities: Array<{ id: string; spofComponents: string[] }> };
    expect(analysis.capabilities.map((capability) => [capability.id, capability.spofComponents])).toEqual([
      ['hasOwnProperty', ['constructor', 'toString', 'valueOf']],
      ['propertyIsEnumerable', ['toString']],
      // operates: [constructor, isPrototypeOf] brings the control planes of what those two are.
      ['toLocaleString', ['aws-control/dynamodb@us-east-1', 'aws-control/ecs@eu-west-1', 'aws-control/ecs@us-east-1', 'toString']],
    ]);
    const graph = (await (await api.request('/api/graph')).json()) as { nodes: Array<{ id: string }>; edges: unknown[]; scenarios: Array<{ id: string; fail: string[] }> };
    expect(graph.nodes.find((node) => node.id === 'hasOwnProperty')).toMatchObject({ kind: 'capability', status: 'spof' });
    expect(graph.nodes.find((node) => node.id === 'toString')).toMatchObject({ kind: 'component', vendor: 'constructor', spof: true });
    expect(graph.edges).toContainEqual({ source: 'valueOf', target: 'isPrototypeOf', alternative: true });
    expect(graph.scenarios[0]).toMatchObject({ id: 'constructor', fail: ['vendor:constructor'] });
  });

  it('simulates posted failures and scenarios named like prototype members, and refuses names it does not know', async () => {
    const api = await prototypeNames();
    const failed = await post(api, '{"fail": ["toString"]}');
    expect(failed.status).toBe(200);
    expect((await json(failed)).capabilities.map((capability) => capability.id)).toEqual(['hasOwnProperty', 'propertyIsEnumerable', 'toLocaleString']);
    expect((await json(await post(api, '{"scenario": "constructor"}'))).scenario.id).toBe('constructor');
    for (const body of ['{"scenario": "toString"}', '{"scenario": "__proto__"}', '{"fail": ["__proto__"]}', '{"__proto__": {"fail": ["toString"]}}']) {
      const refused = await post(api, body);
      expect(refused.status, body).toBe(400);
      expect((await json(refused)).error.code, body).toBe('E_USAGE');
    }
  });

  it('opens the bundle of a component named constructor, and none for one named toString', async () => {
    const api = await prototypeNames(3);
    const bundle = (await (await api.request('/api/bundle?id=constructor')).json()) as { nodes: Array<{ id: string }> };
    expect(bundle.nodes.map((node) => node.id)).toEqual(['arn:aws:ecs:eu-west-1:111122223333:service/web/constructor', 'arn:aws:ecs:us-east-1:111122223333:service/web/constructor']);
    for (const id of ['toString', '__proto__', 'hasOwnProperty']) expect((await api.request(`/api/bundle?id=${id}`)).status, id).toBe(404);
  });
});
