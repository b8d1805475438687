import { afterEach, describe, expect, it } from 'vitest';
import { byQueryUrl, fetchCatalog } from '../../../src/sources/backstage/fetch-catalog.js';
import { InputError } from '../../../src/sources/source-error.js';
import { startFakeCatalog, type FakeCatalog } from './fake-catalog.js';

const entity = (kind: string, name: string, spec: Record<string, unknown> = {}) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name, namespace: 'default', uid: `uid-${name}`, etag: 'e1' },
  spec: kind === 'Component' ? { type: 'service', lifecycle: 'production', owner: 'group:default/team-a', ...spec } : kind === 'API' ? { type: 'openapi', lifecycle: 'production', owner: 'team-a', definition: '{}' } : { owner: 'team-a', ...spec },
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
});
const estate = [entity('Component', 'web', { consumesApis: ['orders'] }), entity('Component', 'orders'), entity('API', 'orders'), entity('System', 'shop'), entity('Group', 'team-a'), entity('Component', 'mailer')];

let catalog: FakeCatalog | undefined;
afterEach(async () => {
  await catalog?.close();
  catalog = undefined;
});

describe('fetchCatalog', () => {
  it('reads every page with the cursor of the one before, asking for the kinds it reads, with the bearer token', async () => {
    catalog = await startFakeCatalog({ entities: estate, token: 's3cret', pageSize: 2 });
    const fetched = await fetchCatalog(catalog.url, { token: 's3cret' });
    expect(fetched.ok).toBe(true);
    if (!fetched.ok) return;
    expect(fetched.pages).toBe(3);
    expect(fetched.entities.map(({ entity }) => `${entity.kind}:${entity.metadata.name}`)).toEqual(['Component:web', 'Component:orders', 'API:orders', 'System:shop', 'Component:mailer']);
    expect(catalog.requests.map((request) => request.authorization)).toEqual(['Bearer s3cret', 'Bearer s3cret', 'Bearer s3cret']);
    expect(catalog.requests[0]!.query.getAll('filter')).toEqual(['kind=component', 'kind=resource', 'kind=api', 'kind=system', 'kind=domain']);
    expect(catalog.requests[1]!.query.get('cursor')).not.toBeNull();
    expect(catalog.requests[1]!.query.getAll('filter')).toEqual([]);
    expect(fetched.entities[0]!.file).toBe(`${catalog.url}/api/catalog/entities/by-query`);
  });

  it('says the token was refused, keeping nothing silently: a partial answer', async () => {
    catalog = await startFakeCatalog({ entities: estate, token: 's3cret' });
    const without = await fetchCatalog(catalog.url);
    expect(without).toMatchObject({ ok: false, code: 'HTTP401', message: `the catalog at ${catalog.url}/api/catalog/entities/by-query answered HTTP 401: the token is missing or not accepted` });
    expect(await fetchCatalog(catalog.url, { token: 'wrong' })).toMatchObject({ ok: false, code: 'HTTP401' });
  });

  it('keeps the pages read before a page fails, and says it failed', async () => {
    catalog = await startFakeCatalog({ entities: estate, pageSize: 2, failPage: { page: 2, status: 503 } });
    const fetched = await fetchCatalog(catalog.url);
    expect(fetched).toMatchObject({ ok: false, code: 'HTTP503' });
    expect(fetched.entities).toHaveLength(2);
  });

  it('says a catalog that does not answer cannot be reached', async () => {
    catalog = await startFakeCatalog({ entities: [] });
    const url = catalog.url;
    await catalog.close();
    catalog = undefined;
    const fetched = await fetchCatalog(url, { timeoutMs: 5_000 });
    expect(fetched).toMatchObject({ ok: false, code: 'ECONNREFUSED' });
    if (!fetched.ok) expect(fetched.message).toBe(`cannot reach the catalog at ${url}/api/catalog/entities/by-query: ECONNREFUSED`);
  });

  it('refuses an answer that is not a page of entities, and an entity the catalog model refuses', async () => {
    catalog = await startFakeCatalog({ entities: [], body: '[1,2]' });
    await expect(fetchCatalog(catalog.url)).rejects.toThrow(/the answer is not a page of entities/);
    await catalog.close();
    catalog = await startFakeCatalog({ entities: [{ ...entity('Component', 'bad'), spec: { type: 'service' } }] });
    const error = await fetchCatalog(catalog.url).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/catalog\/entities\/by-query: page 1, items\[0\] \(Component bad\): spec must have required property 'lifecycle'/);
  });
});

describe('byQueryUrl', () => {
  it('finds the endpoint below the backend, or below a url that already names the catalog API', () => {
    expect(byQueryUrl('https://backstage.example.com').href).toBe('https://backstage.example.com/api/catalog/entities/by-query');
    expect(byQueryUrl('https://example.com/backstage/').href).toBe('https://example.com/backstage/api/catalog/entities/by-query');
    expect(byQueryUrl('http://localhost:7007/api/catalog').href).toBe('http://localhost:7007/api/catalog/entities/by-query');
  });
});
