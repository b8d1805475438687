/**
 * Where JSON text first breaks its grammar (RFC 8259), for messages: Node 20's
 * `JSON.parse` names no position for an unexpected token ("Unexpected token ','"),
 * so a message would otherwise point at the end of the file. One pass, no
 * recursion (a file nested a million deep is still a file to read), no values built.
 */

/** The offset of the first character that cannot continue valid JSON (the length when the text ends too soon); undefined when the text is valid. */
export function findJsonSyntaxError(text: string): number | undefined {
  const open: string[] = [];
  // What may come next: a value, a value or `]` (just after `[`), a key, a key or `}` (just after `{`), or what follows a value.
  let expect: 'value' | 'value-or-end' | 'key' | 'key-or-end' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) return expect === 'after' && open.length === 0 ? undefined : i;
    const c = text[i]!;
    if (expect === 'after') {
      const top = open[open.length - 1];
      if (top === undefined) return i;
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        open.pop();
        i++;
      } else return i;
      continue;
    }
    if (expect === 'key' || expect === 'key-or-end') {
      if (c === '}' && expect === 'key-or-end') {
        open.pop();
        i++;
        expect = 'after';
        continue;
      }
      if (c !== '"') return i;
      const end = endOfString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
      if (text[i] !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    if (c === ']' && expect === 'value-or-end') {
      open.pop();
      i++;
      expect = 'after';
    } else if (c === '{' || c === '[') {
      open.push(c);
      i++;
      expect = c === '{' ? 'key-or-end' : 'value-or-end';
    } else if (c === '"') {
      const end = endOfString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      expect = 'after';
    } else {
      const length = scalarLength(text, i);
      if (length === 0) return i;
      i += length;
      expect = 'after';
    }
  }
}

const number = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const literal = /true|false|null/y;

function scalarLength(text: string, at: number): number {
  for (const pattern of [number, literal]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match !== null) return match[0].length;
  }
  return 0;
}

/** The offset after the string opening at `at`; or, where it breaks, -(offset + 1). */
function endOfString(text: string, at: number): number {
  for (let i = at + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) return i + 1;
    if (code < 0x20) return -(i + 1);
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 2);
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i++;
      else return -(i + 2);
    }
  }
  return -(text.length + 1);
}
