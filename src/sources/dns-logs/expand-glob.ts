/**
 * The files a glob names (`logs/**\/*.log.gz`), relative to a base folder, sorted so the
 * result never depends on the order a file system lists them in. `**` matches any
 * number of folders, `*` and `?` stay within one name, `{a,b}` is either. Node 20 has
 * no glob of its own; the walk starts at the pattern's fixed prefix and follows no links.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export async function expandGlob(pattern: string, base: string): Promise<string[]> {
  const absolute = path.isAbsolute(pattern) ? pattern : path.join(base, pattern);
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
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
