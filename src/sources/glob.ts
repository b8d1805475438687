/**
 * The files a glob names, below a base folder: a catalog's descriptor files, a folder
 * of DNS query logs. Node 20 has no glob of its own, so this is the one both sources use.
 *
 * `*` is any characters within one name and `?` one character; `**` as a whole
 * segment is any number of folders, none included (`a/**\/b` names `a/b`), and
 * anywhere else it is `*`, as in shells and in minimatch, which Backstage uses.
 * `{a,b}` is either alternative, nested or holding `/` and `**` (`{logs/**,old}/*.gz`),
 * expanded before anything else as a shell does. Anything else is literal.
 *
 * The result is sorted by code point, so it never depends on the order a file system
 * lists folders in. The walk starts at each alternative's fixed prefix (the folders
 * before its first wildcard) and a wildcard never follows a symbolic link, so a link
 * cannot lead it out of the tree or round in a circle. What a pattern writes out in
 * full, a prefix or a whole path, is opened as any path is.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface GlobOptions {
  /**
   * A wildcard does not enter folders starting with `.` or named `node_modules`: they
   * hold tools' copies, not a project's own files. A segment written without
   * wildcards still enters them (`**\/.backstage/*.yaml`).
   */
  skipHidden?: boolean;
  /**
   * Told of each folder the walk could not list (permissions, an I/O error): what is in
   * it is not known, so a caller makes its inventory partial. A missing folder names no
   * file and is not reported.
   */
  onUnreadable?: (folder: string, reason: string) => void;
}

/** One `/`-separated piece of a glob: `**`, or a pattern for one name. */
type Segment = { kind: 'folders' } | { kind: 'name'; pattern: RegExp; literal: boolean };

/** The files `pattern` names, relative to `base` unless absolute, sorted by code point. A missing folder names none. */
export async function expandGlob(pattern: string, base: string, options: GlobOptions = {}): Promise<string[]> {
  const found = new Set<string>();
  const walks = new Map<string, Segment[][]>();
  for (const alternative of expandBraces(pattern)) {
    const names = alternative.split('/');
    const first = names.findIndex(hasWildcard);
    const fixed = names.slice(0, first < 0 ? names.length : first).join('/');
    const start = path.isAbsolute(alternative) ? path.resolve('/', fixed) : path.join(base, fixed);
    if (first < 0) {
      if (await isFile(start)) found.add(start);
    } else {
      walks.set(start, [...(walks.get(start) ?? []), names.slice(first).map(toSegment)]);
    }
  }
  for (const [start, globs] of walks) {
    await walk(start, globs, globs.map((segments) => closure(segments, [0])), options, found);
  }
  return [...found].sort(compareCodePoints);
}

/** Whether `file`, a `/`-separated path relative to where `pattern` is read, is one `expandGlob` would find there. */
export function matchesGlob(pattern: string, file: string, options: GlobOptions = {}): boolean {
  const names = file.split('/');
  return expandBraces(pattern).some((alternative) => {
    const segments = alternative.split('/').map(toSegment);
    let state = closure(segments, [0]);
    for (const [index, name] of names.entries()) {
      state = advance(segments, state, name, index < names.length - 1 && isSkipped(name, options));
    }
    return state.has(segments.length);
  });
}

/**
 * `{a,b}` as separate patterns, nested braces too, the way a shell expands them:
 * `{x,y{1,2}}/z` is `x/z`, `y1/z` and `y2/z`. A `{` without its `}` is literal.
 */
export function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open < 0) return [pattern];
  const close = closingBrace(pattern, open);
  if (close < 0) return expandBraces(pattern.slice(open + 1)).map((tail) => pattern.slice(0, open + 1) + tail);
  const head = pattern.slice(0, open);
  const alternatives = splitAlternatives(pattern.slice(open + 1, close)).flatMap(expandBraces);
  const tails = expandBraces(pattern.slice(close + 1));
  return alternatives.flatMap((alternative) => tails.map((tail) => head + alternative + tail));
}

/** Strings in the order of their code points, which is also the byte order of their UTF-8. */
export function compareCodePoints(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    // Where UTF-16 units first differ, the code points there differ the same way,
    // except that a surrogate (an astral code point) sorts after U+E000..U+FFFF.
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.codePointAt(i)! - b.codePointAt(i)!;
  }
  return a.length - b.length;
}

async function walk(folder: string, globs: Segment[][], state: Set<number>[], options: GlobOptions, found: Set<string>): Promise<void> {
  // A missing folder holds no file the glob can name; one that cannot be listed is reported.
  const entries = await readdir(folder, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT' && error.code !== 'ENOTDIR') options.onUnreadable?.(folder, error.code ?? error.message);
    return [];
  });
  for (const entry of entries) {
    const file = path.join(folder, entry.name);
    // A link is neither a folder nor a file to a Dirent, so the walk never follows one.
    if (entry.isDirectory()) {
      const next = globs.map((segments, i) => advance(segments, state[i]!, entry.name, isSkipped(entry.name, options)));
      if (next.some((at, i) => [...at].some((position) => position < globs[i]!.length))) await walk(file, globs, next, options, found);
    } else if (entry.isFile()) {
      if (globs.some((segments, i) => advance(segments, state[i]!, entry.name, false).has(segments.length))) found.add(file);
    }
  }
}

/**
 * Where in `segments` a path can stand after one more name, from the positions in
 * `state` (an NFA over segments: `**` may take the name and stay). A `hidden` name is
 * taken only by a segment written without wildcards.
 */
function advance(segments: readonly Segment[], state: ReadonlySet<number>, name: string, hidden: boolean): Set<number> {
  const next: number[] = [];
  for (const at of state) {
    const segment = segments[at];
    if (segment === undefined) continue;
    if (segment.kind === 'folders') {
      if (!hidden) next.push(at);
    } else if ((segment.literal || !hidden) && segment.pattern.test(name)) next.push(at + 1);
  }
  return closure(segments, next);
}

/** The positions with those after each `**` added, since `**` may match no folder at all. */
function closure(segments: readonly Segment[], positions: Iterable<number>): Set<number> {
  const state = new Set<number>();
  for (let at of positions) {
    state.add(at);
    while (segments[at]?.kind === 'folders') state.add(++at);
  }
  return state;
}

function toSegment(name: string): Segment {
  if (name === '**') return { kind: 'folders' };
  // `u` so that `?` is one code point, `s` so that it is also a newline (a legal name character).
  const source = name.replace(/\*+|\?|[.+^${}()|[\]\\]/g, (c) => (c.startsWith('*') ? '.*' : c === '?' ? '.' : `\\${c}`));
  return { kind: 'name', pattern: new RegExp(`^${source}$`, 'su'), literal: !hasWildcard(name) };
}

function hasWildcard(name: string): boolean {
  return /[*?]/.test(name);
}

function isSkipped(name: string, options: GlobOptions): boolean {
  return options.skipHidden === true && (name.startsWith('.') || name === 'node_modules');
}

async function isFile(file: string): Promise<boolean> {
  return stat(file).then((info) => info.isFile(), () => false);
}

function closingBrace(pattern: string, open: number): number {
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** The text inside braces cut at its commas that are not inside nested braces. */
function splitAlternatives(inner: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '{') depth++;
    else if (inner[i] === '}') depth--;
    else if (inner[i] === ',' && depth === 0) {
      alternatives.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(inner.slice(start));
  return alternatives;
}
