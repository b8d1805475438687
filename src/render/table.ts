import { visibleWidth } from './style.js';

export interface TableOptions {
  /** Before each line (two spaces). */
  indent?: string;
  /**
   * The terminal's width in columns, when the table goes to one: the widest
   * columns shrink, their cells cut with an ellipsis, until each line fits (or
   * every column is down to its heading). Without it, cells are never cut: a
   * script or a file gets the full text.
   */
  width?: number;
}

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function renderTable(header: string[], rows: string[][], options: TableOptions = {}): string[] {
  const indent = options.indent ?? '  ';
  const all = [header, ...rows];
  const widths = header.map((_, column) => all.reduce((width, row) => Math.max(width, visibleWidth(row[column] ?? '')), 0));
  if (options.width !== undefined) shrinkToFit(widths, header, options.width - visibleWidth(indent) - 2 * (header.length - 1));
  return all.map((row) =>
    indent +
    row
      .map((cell, column) => {
        const fitted = visibleWidth(cell) > widths[column]! ? cut(cell, widths[column]!) : cell;
        return column === row.length - 1 ? fitted : fitted + ' '.repeat(widths[column]! - visibleWidth(fitted));
      })
      .join('  ')
      .trimEnd(),
  );
}

/** Takes one column at a time off the widest column (the rightmost of equals) until the cells fit in `room`. */
function shrinkToFit(widths: number[], header: readonly string[], room: number): void {
  const least = widths.map((width, column) => Math.min(width, Math.max(visibleWidth(header[column] ?? ''), 3)));
  let excess = widths.reduce((sum, width) => sum + width, 0) - room;
  while (excess > 0) {
    let widest = -1;
    widths.forEach((width, column) => {
      if (width > least[column]! && (widest < 0 || width >= widths[widest]!)) widest = column;
    });
    if (widest < 0) return;
    widths[widest]!--;
    excess--;
  }
}

/** The first `width - 1` visible characters and an ellipsis; colour codes are kept, so a colour that was opened is closed. */
function cut(cell: string, width: number): string {
  let out = '';
  let shown = 0;
  // eslint-disable-next-line no-control-regex
  for (const [, code, char] of cell.matchAll(/(\u001b\[\d+m)|([\s\S])/gu)) {
    if (code !== undefined) out += code;
    else if (shown < width - 1) {
      out += char;
      shown++;
    }
  }
  // The ellipsis goes before any codes that close the cell's colours.
  // eslint-disable-next-line no-control-regex
  const closing = /(\u001b\[\d+m)*$/u.exec(out)![0];
  return `${out.slice(0, out.length - closing.length)}…${closing}`;
}
