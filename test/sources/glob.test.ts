import { readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareCodePoints, expandBraces, expandGlob, matchesGlob } from '../../src/sources/glob.js';
import { workspace } from '../helpers/cli.js';

/** What `expandGlob` finds in `dir`, relative to it. */
const found = async (pattern: string, dir: string, options = {}) => (await expandGlob(pattern, dir, options)).map((file) => path.relative(dir, file));

/** Every file below `dir`, links left out: the obvious way to expand a glob. */
const everyFile = (dir: string, relative = ''): string[] =>
  readdirSync(path.join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const next = relative === '' ? entry.name : `${relative}/${entry.name}`;
    return entry.isDirectory() ? everyFile(dir, next) : entry.isFile() ? [next] : [];
  });

describe('expandBraces', () => {
  it('expands nested braces into whole alternatives, which may hold / and **', () => {
    expect(expandBraces('logs/{a/x,b{1,2}}/*.gz')).toEqual(['logs/a/x/*.gz', 'logs/b1/*.gz', 'logs/b2/*.gz']);
    expect(expandBraces('{**/,}*.log')).toEqual(['**/*.log', '*.log']);
  });

  it('leaves a pattern without braces, and a { without its }, as written', () => {
    expect(expandBraces('logs/*.gz')).toEqual(['logs/*.gz']);
    expect(expandBraces('a{b/{c,d}')).toEqual(['a{b/c', 'a{b/d']);
  });
});

describe('matchesGlob', () => {
  /** The paths among `paths` that `pattern` matches. */
  const matching = (pattern: string, paths: string[], options = {}) => paths.filter((file) => matchesGlob(pattern, file, options));

  it('reads **/ as any number of folders, none included', () => {
    expect(matching('a/**/b.log', ['a/b.log', 'a/x/y/b.log', 'ab.log', 'a/b.log/c'])).toEqual(['a/b.log', 'a/x/y/b.log']);
    expect(matching('**/b.log', ['b.log', 'x/b.log', 'xb.log'])).toEqual(['b.log', 'x/b.log']);
    expect(matching('a/**', ['a/x.log', 'a/x/y.log', 'b/x.log'])).toEqual(['a/x.log', 'a/x/y.log']);
  });

  it('keeps * and ? within one name, and reads ** inside a name as *', () => {
    expect(matching('*.log', ['c.log', 'a/c.log'])).toEqual(['c.log']);
    expect(matching('team-?.yaml', ['team-a.yaml', 'team-ab.yaml', 'team-.yaml', 'team-\u{1F600}.yaml'])).toEqual(['team-a.yaml', 'team-\u{1F600}.yaml']);
    expect(matching('logs/**.log', ['logs/a.log', 'logs/a/b.log'])).toEqual(['logs/a.log']);
  });

  it('reads {a,b} as either, nested, with / or ** inside an alternative', () => {
    expect(matching('catalog/**/*.{yaml,yml}', ['catalog/a.yaml', 'catalog/x/y/b.yml', 'catalog/a.json', 'catalog.yaml'])).toEqual(['catalog/a.yaml', 'catalog/x/y/b.yml']);
    expect(matching('{logs/{eu,us}/*,old}/*.gz', ['logs/us/1/a.gz', 'old/a.gz', 'logs/ap/1/a.gz', 'logs/eu/a.gz'])).toEqual(['logs/us/1/a.gz', 'old/a.gz']);
    expect(matching('a/{**/,}b.log', ['a/b.log', 'a/x/y/b.log', 'b.log'])).toEqual(['a/b.log', 'a/x/y/b.log']);
  });

  it('reads the characters of regular expressions as themselves', () => {
    expect(matching('a+b(1).log', ['a+b(1).log', 'aab1.log', 'a+b(1)xlog'])).toEqual(['a+b(1).log']);
    expect(matching('[x]^$|.log', ['[x]^$|.log', 'x.log'])).toEqual(['[x]^$|.log']);
    expect(matching('*.log', ['a+b(1).log'])).toEqual(['a+b(1).log']);
  });

  it('skips node_modules and dot-folders under a wildcard only when asked, and enters them when named', () => {
    const paths = ['x/.git/a.yaml', 'node_modules/a.yaml', 'x/.backstage/a.yaml', '.hidden.yaml', 'x/a.yaml'];
    expect(matching('**/*.yaml', paths)).toEqual(paths);
    expect(matching('**/*.yaml', paths, { skipHidden: true })).toEqual(['.hidden.yaml', 'x/a.yaml']);
    expect(matching('**/.backstage/*.yaml', paths, { skipHidden: true })).toEqual(['x/.backstage/a.yaml']);
  });
});

describe('expandGlob', () => {
  const tree = {
    'logs/a/y.log': '',
    'logs/a/skip.txt': '',
    'logs/b/2025/x.log.gz': '',
    'logs/top.log': '',
    'logs/.archive/old.log': '',
    'logs/node_modules/dep.log': '',
    'other/z.log': '',
    'other/a+b(1).log': '',
  };

  it('finds the same files as filtering every file with matchesGlob', async () => {
    const dir = workspace(tree);
    const everything = everyFile(dir);
    for (const pattern of ['logs/**/*.log*', 'logs/**', '**/*.log', '*/*.log', 'logs/{a,b/**}/*', '{**/,}top.log', 'logs/?/*', 'other/a+b(1).log', 'logs/**.log']) {
      for (const options of [{}, { skipHidden: true }]) {
        expect(await found(pattern, dir, options), `${pattern} ${JSON.stringify(options)}`).toEqual(everything.filter((file) => matchesGlob(pattern, file, options)).sort(compareCodePoints));
      }
    }
  });

  it('finds files at any depth under **, and directly in the folder before it', async () => {
    const dir = workspace(tree);
    expect(await found('logs/**/*.log', dir)).toEqual(['logs/.archive/old.log', 'logs/a/y.log', 'logs/node_modules/dep.log', 'logs/top.log']);
  });

  it('reads nested braces holding / and ** as whole alternatives', async () => {
    const dir = workspace(tree);
    expect(await found('{logs/{a,b/**},other}/*.log*', dir)).toEqual(['logs/a/y.log', 'logs/b/2025/x.log.gz', 'other/a+b(1).log', 'other/z.log']);
  });

  it('passes over node_modules and dot-folders under a wildcard with skipHidden, and only then', async () => {
    const dir = workspace(tree);
    expect(await found('logs/**/*.log', dir, { skipHidden: true })).toEqual(['logs/a/y.log', 'logs/top.log']);
    expect(await found('logs/.archive/*.log', dir, { skipHidden: true })).toEqual(['logs/.archive/old.log']);
    expect(await found('logs/*/old.log', dir)).toEqual(['logs/.archive/old.log']);
  });

  it('names a path without wildcards when it is a file, and nothing otherwise', async () => {
    const dir = workspace(tree);
    expect(await found('other/a+b(1).log', dir)).toEqual(['other/a+b(1).log']);
    expect(await found('other', dir)).toEqual([]);
    expect(await found('missing.log', dir)).toEqual([]);
  });

  it('finds nothing, and does not throw, under a folder that does not exist', async () => {
    const dir = workspace(tree);
    expect(await expandGlob('missing/**/*.log', dir)).toEqual([]);
    expect(await expandGlob('other/z.log/*', dir)).toEqual([]);
  });

  it('sorts by code point, whatever order the files were made in', async () => {
    const names = ['b/1.log', 'a-b/1.log', 'a/2.log', 'a/10.log', 'B.log', '\u{1F600}.log', '\uFF01.log'];
    const forwards = workspace(Object.fromEntries(names.map((name) => [name, ''])));
    const backwards = workspace(Object.fromEntries([...names].reverse().map((name) => [name, ''])));
    const expected = ['B.log', 'a-b/1.log', 'a/10.log', 'a/2.log', 'b/1.log', '\uFF01.log', '\u{1F600}.log'];
    expect(await found('**/*.log', forwards)).toEqual(expected);
    expect(await found('**/*.log', backwards)).toEqual(expected);
  });

  it('reads an absolute pattern from its own folder, whatever the base', async () => {
    const dir = workspace(tree);
    expect(await expandGlob(path.join(dir, 'logs/a/*.log'), '/nowhere')).toEqual([path.join(dir, 'logs/a/y.log')]);
    expect(await expandGlob(path.join(dir, 'other/z.log'), '/nowhere')).toEqual([path.join(dir, 'other/z.log')]);
  });

  it('tells of a folder it cannot list, which a missing folder is not', async () => {
    const dir = workspace({ 'logs/a.log': '' });
    // A link to itself cannot be listed (ELOOP), even by root, for whom permissions never fail.
    symlinkSync(path.join(dir, 'cycle'), path.join(dir, 'cycle'));
    const unreadable: string[] = [];
    const onUnreadable = (folder: string, reason: string) => unreadable.push(`${path.relative(dir, folder)} ${reason}`);
    expect(await expandGlob('{cycle,logs,missing}/*.log', dir, { onUnreadable })).toEqual([path.join(dir, 'logs/a.log')]);
    expect(unreadable).toEqual(['cycle ELOOP']);
  });

  it('follows no link under a wildcard, and opens a path written out in full', async () => {
    const dir = workspace({ 'real/r.log': '', 'logs/a.log': '' });
    symlinkSync(path.join(dir, 'real'), path.join(dir, 'logs/linked'));
    symlinkSync(dir, path.join(dir, 'logs/loop'));
    symlinkSync(path.join(dir, 'real/r.log'), path.join(dir, 'logs/r.log'));
    expect(await found('logs/**/*.log', dir)).toEqual(['logs/a.log']);
    expect(await found('logs/linked/*.log', dir)).toEqual(['logs/linked/r.log']);
    expect(await found('logs/r.log', dir)).toEqual(['logs/r.log']);
  });

  it('keeps a relative base relative', async () => {
    const dir = workspace(tree);
    const base = path.relative(process.cwd(), dir);
    expect(await expandGlob('other/*.log', base)).toEqual([path.join(base, 'other/a+b(1).log'), path.join(base, 'other/z.log')]);
  });
});

describe('compareCodePoints', () => {
  it('orders by code point, where UTF-16 units would put an astral character first', () => {
    expect(['\u{1F600}', '\uFF01', 'a', 'ab', ''].sort(compareCodePoints)).toEqual(['', 'a', 'ab', '\uFF01', '\u{1F600}']);
    expect(compareCodePoints('x', 'x')).toBe(0);
  });
});
