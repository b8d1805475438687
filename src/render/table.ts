import { visibleWidth } from './style.js';

/** Left-aligned columns separated by two spaces; the last column is not padded. */
export function renderTable(header: string[], rows: string[][], indent = '  '): string[] {
  const all = [header, ...rows];
  const widths = header.map((_, column) => all.reduce((width, row) => Math.max(width, visibleWidth(row[column] ?? '')), 0));
  return all.map((row) =>
    indent +
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell + ' '.repeat(widths[column]! - visibleWidth(cell))))
      .join('  ')
      .trimEnd(),
  );
}
