/**
 * The files a glob names, below a folder, in a stable order (by path, code point by
 * code point), whatever order the file system lists them in. `**` is any number of
 * folders, `*` any characters but `/`, `?` one, `{a,b}` either; anything else is
 * literal. Folders named `node_modules` or starting with `.` are not searched by a
 * wildcard, as they hold no catalog of their own.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export async function findFiles(pattern: string, base: string): Promise<string[]> {
  const absolute = path.isAbsolute(pattern);
  const segments = pattern.split('/');
  // The folder before the first wildcard is where the search starts.
  const fixed: string[] = [];
  while (segments.length > 1 && !hasWildcard(segments[0]!)) fixed.push(segments.shift()!);
  const start = absolute ? fixed.join('/') || '/' : path.join(base, ...fixed);
  if (segments.length === 1 && !hasWildcard(segments[0]!)) {
    const file = path.join(start, segments[0]!);
    return (await stat(file).then((info) => info.isFile(), () => false)) ? [file] : [];
  }
  const matcher = globToRegExp(segments.join('/'));
  const found: string[] = [];
  const deep = segments.some((segment) => segment === '**') || segments.length > 1;
  await walk(start, '', deep ? Infinity : 0, (relative) => {
    if (matcher.test(relative)) found.push(path.join(start, relative));
  });
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function hasWildcard(segment: string): boolean {
  return /[*?{]/.test(segment);
}

async function walk(folder: string, relative: string, depth: number, visit: (relative: string) => void): Promise<void> {
  const entries = await readdir(path.join(folder, relative), { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const next = relative === '' ? entry.name : `${relative}/${entry.name}`;
    if (entry.isDirectory()) {
      if (depth > 0 && entry.name !== 'node_modules' && !entry.name.startsWith('.')) await walk(folder, next, depth - 1, visit);
    } else if (entry.isFile()) {
      visit(next);
    }
  }
}

/** A glob as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` matches no folder or several; a trailing `**` anything.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]+/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const end = glob.indexOf('}', i);
      if (end < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, end).split(',').map(escape).join('|')})`;
        i = end;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
