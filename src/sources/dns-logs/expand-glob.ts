/**
 * The files a glob names (`logs/**\/*.log.gz`), relative to a base folder, sorted so the
 * result never depends on the order a file system lists them in. `**` matches any
 * number of folders, `*` and `?` stay within one name, `{a,b}` is either. Node 20 has
 * no glob of its own; the walk starts at the pattern's fixed prefix and follows no links.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function expandGlob(pattern: string, base: string): Promise<string[]> {
  const absolute = path.resolve(base, pattern);
  const parts = absolute.split(path.sep);
  const fixed: string[] = [];
  for (const part of parts) {
    if (/[*?{[]/.test(part)) break;
    fixed.push(part);
  }
  const root = fixed.join(path.sep) || path.sep;
  if (fixed.length === parts.length) return (await isFile(root)) ? [root] : [];
  const matcher = globToRegExp(parts.slice(fixed.length).join('/'));
  const found: string[] = [];
  const walk = async (dir: string, relative: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), rel);
      else if (entry.isFile() && matcher.test(rel)) found.push(path.join(dir, entry.name));
    }
  };
  await walk(root, '');
  return found.sort();
}

async function isFile(file: string): Promise<boolean> {
  try {
    const dir = await readdir(path.dirname(file), { withFileTypes: true });
    return dir.some((entry) => entry.name === path.basename(file) && entry.isFile());
  } catch {
    return false;
  }
}

/** A glob over `/`-separated relative paths as a regular expression. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^(?:${expandBraces(glob).map(globBody).join('|')})$`);
}

/** `{a,b}` as two globs (nested braces too), so each alternative may hold its own `**` and `/`. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const cuts: number[] = [];
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const inner = glob.slice(open + 1, i);
      const alternatives: string[] = [];
      let start = 0;
      let level = 0;
      for (let j = 0; j < inner.length; j++) {
        if (inner[j] === '{') level++;
        else if (inner[j] === '}') level--;
        else if (inner[j] === ',' && level === 0) cuts.push(j);
      }
      for (const cut of [...cuts, inner.length]) {
        alternatives.push(inner.slice(start, cut));
        start = cut + 1;
      }
      const rest = expandBraces(glob.slice(i + 1));
      return alternatives.flatMap((alternative) => expandBraces(glob.slice(0, open) + alternative).flatMap((head) => rest.map((tail) => head + tail)));
    }
  }
  return [glob];
}

function globBody(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      // `**/` is zero or more folders; a trailing `**` is anything.
      if (glob[i + 2] === '/') {
        out += '(?:[^/]*/)*';
        i += 2;
      } else {
        out += '.*';
        i += 1;
      }
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else out += escape(c);
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
