import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readCatalogFiles } from '../../../src/sources/backstage/read-catalog-files.js';
import { InputError } from '../../../src/sources/source-error.js';
import { repoRoot, workspace } from '../../helpers/cli.js';
import { startFakeCatalog, type FakeCatalog } from './fake-catalog.js';

const fixtures = path.join(repoRoot, 'test/fixtures/backstage');
const acme = path.join(fixtures, 'acme');
const component = (name: string) => `apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata:\n  name: ${name}\nspec:\n  type: service\n  lifecycle: production\n  owner: team-a\n`;
const location = (...targets: string[]) => `apiVersion: backstage.io/v1alpha1\nkind: Location\nmetadata:\n  name: root\nspec:\n  targets: [${targets.map((target) => JSON.stringify(target)).join(', ')}]\n`;
const problemOf = async (run: () => Promise<unknown>): Promise<string> => {
  const error = await run().then(() => undefined, (caught: unknown) => caught);
  if (!(error instanceof InputError)) throw new Error(`expected an InputError, got ${String(error)}`);
  return error.message;
};

let server: FakeCatalog | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('readCatalogFiles', () => {
  it('follows a tree of Locations through multi-document files, naming each entity by file and line', async () => {
    const read = await readCatalogFiles('catalog-info.yaml', { base: acme });
    expect(read.errors).toEqual([]);
    const names = read.entities.map(({ entity, file, line }) => `${path.relative(acme, file)}:${line} ${entity.kind}:${entity.metadata.name}`);
    expect(names).toEqual([
      'systems/systems.yaml:1 Domain:commerce',
      'systems/systems.yaml:9 System:payments',
      'systems/systems.yaml:18 System:short-links',
      'systems/systems.yaml:28 System:support',
      'systems/systems.yaml:35 Group:team-payments',
      'links/catalog-info.yaml:3 Component:links-web',
      'links/catalog-info.yaml:21 API:links-api',
      'links/catalog-info.yaml:35 Component:links-service',
      'links/catalog-info.yaml:50 Resource:links-table',
      'support/catalog-info.yaml:1 Component:support-chat',
      'support/catalog-info.yaml:15 Component:help-center',
      'payments/components.yaml:1 Component:checkout',
      'payments/components.yaml:17 Component:payments-eu',
      'payments/components.yaml:30 Component:payments-us',
      'payments/components.yaml:44 Resource:payments-db',
      'payments/apis.yaml:1 API:payments-api',
    ]);
    expect(read.read.map((file) => path.relative(acme, file))).toEqual(['catalog-info.yaml', 'systems/systems.yaml', 'links/catalog-info.yaml', 'payments/catalog-info.yaml', 'support/catalog-info.yaml', 'payments/components.yaml', 'payments/apis.yaml']);
  });

  it('reads a glob in path order and each file once, also when a Location names a file the glob found', async () => {
    const dir = workspace({ 'b/catalog-info.yaml': component('bee'), 'a/catalog-info.yaml': `${component('ay')}---\n${location('../b/catalog-info.yaml')}`, 'c.txt': 'not a catalog' });
    const read = await readCatalogFiles('**/catalog-info.yaml', { base: dir });
    expect(read.entities.map(({ entity }) => entity.metadata.name)).toEqual(['ay', 'bee']);
  });

  it('refuses each invalid entity in one line naming the file, its line, the entity and the problem', async () => {
    const message = await problemOf(() => readCatalogFiles('invalid/{invalid-component,missing-lifecycle}.yaml', { base: fixtures }));
    expect(message.split('\n')).toEqual([
      `${path.join(fixtures, 'invalid/invalid-component.yaml')}:12:1 component:default/not valid: "metadata.name" is not valid; expected a string that is sequences of [a-zA-Z0-9] separated by any of [-_.], at most 63 characters in total but found "not valid" — make the entity valid for the catalog (see Backstage's descriptor format)`,
      `${path.join(fixtures, 'invalid/missing-lifecycle.yaml')}:1:1 component:default/no-lifecycle: spec must have required property 'lifecycle' - missingProperty: lifecycle — make the entity valid for the catalog (see Backstage's descriptor format)`,
    ]);
  });

  it('says where YAML that cannot be read breaks, and that a glob matched nothing', async () => {
    const dir = workspace({ 'bad.yaml': `${component('a')}---\nkind: [unclosed\n` });
    expect(await problemOf(() => readCatalogFiles('bad.yaml', { base: dir }))).toMatch(new RegExp(`^${path.join(dir, 'bad.yaml')}:11:\\d+ YAML: `));
    expect(await problemOf(() => readCatalogFiles('catalog/**/*.yaml', { base: dir }))).toBe(`${path.join(dir, 'catalog/**/*.yaml')}: no catalog file matches this glob — check the path (it is relative to the manifest), e.g. catalog/**/*.yaml`);
  });

  it('never reads a URL target unless allowed, and then reads it and the relative targets it names', async () => {
    server = await startFakeCatalog({ entities: [], files: { '/teams/catalog-info.yaml': `${component('remote')}---\n${location('./more.yaml')}`, '/teams/more.yaml': component('more') } });
    const dir = workspace({ 'catalog-info.yaml': `${component('local')}---\n${location(`${server.url}/teams/catalog-info.yaml`)}` });
    const refused = await readCatalogFiles('catalog-info.yaml', { base: dir });
    expect(refused.entities.map(({ entity }) => entity.metadata.name)).toEqual(['local']);
    expect(refused.errors).toEqual([{ code: 'UrlNotAllowed', message: `${path.join(dir, 'catalog-info.yaml')}:10 location:default/root: the target ${server.url}/teams/catalog-info.yaml is a URL, which is read only with \`allowUrls: true\` on the backstage entry` }]);
    expect(server.requests).toEqual([]);
    const allowed = await readCatalogFiles('catalog-info.yaml', { base: dir, allowUrls: true });
    expect(allowed.errors).toEqual([]);
    expect(allowed.entities.map(({ entity, file }) => `${entity.metadata.name} ${file}`)).toEqual(['local ' + path.join(dir, 'catalog-info.yaml'), `remote ${server.url}/teams/catalog-info.yaml`, `more ${server.url}/teams/more.yaml`]);
  });

  it('refuses an absolute target, and makes a target that is not there a part not read', async () => {
    const dir = workspace({ 'catalog-info.yaml': location('/etc/catalog.yaml'), 'other.yaml': location('./missing.yaml') });
    expect(await problemOf(() => readCatalogFiles('catalog-info.yaml', { base: dir }))).toBe(`${path.join(dir, 'catalog-info.yaml')}:1:1 location:default/root: the target /etc/catalog.yaml is an absolute path — write the target relative to this file, as Backstage reads it (./components/*.yaml)`);
    const read = await readCatalogFiles('other.yaml', { base: dir });
    expect(read.errors).toEqual([{ code: 'NotFound', message: `${path.join(dir, 'other.yaml')}:1 location:default/root: no file matches the target ./missing.yaml` }]);
  });

  it('keeps a folder the glob or a target cannot list as a part not read', async () => {
    const dir = workspace({ 'teams/a.yaml': component('a'), 'catalog-info.yaml': location('./looped/*.yaml') });
    // A link to itself cannot be listed (ELOOP), even by root.
    symlinkSync(path.join(dir, 'looped'), path.join(dir, 'looped'));
    const read = await readCatalogFiles('{teams,looped}/*.yaml', { base: dir });
    expect(read.entities.map(({ entity }) => entity.metadata.name)).toEqual(['a']);
    expect(read.errors).toEqual([{ code: 'Unreadable', message: `cannot list the folder ${path.join(dir, 'looped')} (ELOOP): the descriptor files in it were not read` }]);
    const viaTarget = await readCatalogFiles('catalog-info.yaml', { base: dir });
    expect(viaTarget.errors.map((error) => error.code)).toEqual(['Unreadable', 'NotFound']);
  });

  it('reads a Location tree with a cycle once', async () => {
    const dir = workspace({});
    mkdirSync(path.join(dir, 'a'));
    writeFileSync(path.join(dir, 'a/one.yaml'), `${component('one')}---\n${location('../two.yaml')}`);
    writeFileSync(path.join(dir, 'two.yaml'), location('./a/one.yaml'));
    const read = await readCatalogFiles('a/one.yaml', { base: dir });
    expect(read.entities.map(({ entity }) => entity.metadata.name)).toEqual(['one']);
  });
});
