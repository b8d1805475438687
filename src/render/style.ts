/**
 * Terminal styling: ANSI colours when the caller says the output is a colour
 * terminal (a TTY without NO_COLOR), plain text otherwise.
 */
const codes = { bold: [1, 22], dim: [2, 22], red: [31, 39], green: [32, 39], yellow: [33, 39], blue: [34, 39], magenta: [35, 39], cyan: [36, 39] } as const;

export type StyleName = keyof typeof codes;

export interface Style {
  (name: StyleName, text: string): string;
}

export function createStyle(color: boolean): Style {
  return (name, text) => (color ? `\u001b[${codes[name][0]}m${text}\u001b[${codes[name][1]}m` : text);
}

/** Visible width of a string that may hold ANSI codes. */
export function visibleWidth(text: string): number {
  // eslint-disable-next-line no-control-regex
  return [...text.replace(/\u001b\[\d+m/g, '')].length;
}
