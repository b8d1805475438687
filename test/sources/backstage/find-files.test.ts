import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles, globToRegExp } from '../../../src/sources/backstage/find-files.js';
import { workspace } from '../../helpers/cli.js';

describe('globToRegExp', () => {
  it('reads ** as any folders, * and ? within a name, and {a,b} as either', () => {
    const glob = globToRegExp('catalog/**/*.{yaml,yml}');
    expect(['catalog/a.yaml', 'catalog/x/y/b.yml'].every((file) => glob.test(file))).toBe(true);
    expect(['catalog/a.json', 'other/a.yaml', 'catalog.yaml'].some((file) => glob.test(file))).toBe(false);
    expect(globToRegExp('team-?.yaml').test('team-a.yaml')).toBe(true);
    expect(globToRegExp('*.yaml').test('x/a.yaml')).toBe(false);
    expect(globToRegExp('a+b.yaml').test('aab.yaml')).toBe(false);
  });
});

describe('findFiles', () => {
  it('lists what a glob names in path order, leaving out node_modules and hidden folders', async () => {
    const dir = workspace({ 'catalog/z.yaml': '', 'catalog/b/a.yaml': '', 'catalog/a.yaml': '', 'catalog/node_modules/x.yaml': '', 'catalog/.git/y.yaml': '', 'catalog/c.txt': '' });
    const found = await findFiles('catalog/**/*.yaml', dir);
    expect(found.map((file) => path.relative(dir, file))).toEqual(['catalog/a.yaml', 'catalog/b/a.yaml', 'catalog/z.yaml']);
  });

  it('names a plain path only when it is a file', async () => {
    const dir = workspace({ 'catalog-info.yaml': '' });
    expect(await findFiles('catalog-info.yaml', dir)).toEqual([path.join(dir, 'catalog-info.yaml')]);
    expect(await findFiles('missing.yaml', dir)).toEqual([]);
  });
});
