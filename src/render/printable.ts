/**
 * Text for a terminal: control characters that came with the data (ESC, BEL, an
 * OSC title sequence in a tag, a carriage return in an ARN) are shown escaped
 * (`\x1b`, `\x07`, `\r`) instead of acting on the terminal. Newlines and tabs stay.
 * With `keepStyle` (output that faultline coloured itself), so do exactly the
 * colour codes its styling writes (style.ts): they can colour text but never move
 * the cursor, hide it or set a title.
 */
// eslint-disable-next-line no-control-regex
const ownStyle = /^\u001b\[(?:1|2|22|31|32|33|34|35|36|39)m/;
// eslint-disable-next-line no-control-regex
const control = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const anyControl = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

export function printable(text: string, { keepStyle = false } = {}): string {
  if (!anyControl.test(text)) return text;
  let out = '';
  let at = 0;
  for (const match of text.matchAll(control)) {
    const i = match.index;
    out += text.slice(at, i);
    const own = keepStyle && match[0] === '\u001b' ? ownStyle.exec(text.slice(i, i + 5)) : null;
    if (own) {
      out += own[0];
      at = i + own[0].length;
      continue;
    }
    out += escapeControl(match[0]);
    at = i + 1;
  }
  return out + text.slice(at);
}

function escapeControl(character: string): string {
  if (character === '\r') return '\\r';
  return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
