/**
 * Groups as horizontal bands of a layered drawing. The layered layout gives each
 * node a column (its rank, from the capabilities rightwards) and an order within
 * it; here every group (provider › region, account, vendor) gets rows of its own,
 * so its box holds its members and nothing else: the bands are stacked, nested
 * groups inside their parent's band, nodes in no group first (the capabilities
 * at the top left). Within a band and a column nodes keep the layout's order, the
 * column centred in the band. A column taller than `maxRows` in a band wraps into
 * columns side by side (the columns to its right move over to make room), so a
 * rank of forty services is a block that fits on a screen rather than one thin
 * column.
 */
export interface BandedNode {
  id: string;
  /** The layout's column position (equal for the nodes of one column). */
  x: number;
  /** The layout's position within the column: the order is kept. */
  y: number;
  /** How wide the node is drawn. */
  width: number;
  /** The groups the node is in, outermost first; empty for none. */
  groups: readonly string[];
}

export interface BandSpacing {
  /** From one row to the next. */
  row: number;
  /** Between two bands, and again per level of group that starts or ends between them (room for a box's border and padding). */
  gap: number;
  /** More room per group that starts between two bands, for the label above its box. */
  label: number;
  /** The most rows a column has in one band before it wraps. */
  maxRows: number;
  /** Between a column and the one it wraps into. */
  wrapGap: number;
}

type Position = { x: number; y: number };

export function placeInBands(nodes: readonly BandedNode[], spacing: BandSpacing): Map<string, Position> {
  // Bands in order: no group first, then by the chain of groups, so a group's bands are adjacent.
  const key = (groups: readonly string[]) => groups.join('\u0000');
  const bands = new Map<string, BandedNode[]>();
  for (const node of nodes) {
    const band = bands.get(key(node.groups));
    if (band === undefined) bands.set(key(node.groups), [node]);
    else band.push(node);
  }
  const order = [...bands.keys()].sort((a, b) => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
  const columnsOf = new Map(order.map((name) => [name, columnsIn(bands.get(name)!)]));
  const xOf = wrappedColumns(nodes, [...columnsOf.values()], spacing);
  const positions = new Map<string, Position>();
  let top = 0;
  let previous: readonly string[] | undefined;
  for (const name of order) {
    const columns = columnsOf.get(name)!;
    const groups = bands.get(name)![0]!.groups;
    if (previous !== undefined) {
      const { ends, starts } = levelsChanged(previous, groups);
      top += spacing.gap * (ends + starts + 1) + spacing.label * starts;
    }
    previous = groups;
    const rows = Math.max(...[...columns.values()].map((column) => rowsOf(column.length, spacing.maxRows)));
    for (const [x, column] of columns) {
      const perColumn = rowsOf(column.length, spacing.maxRows);
      for (let first = 0, wrap = 0; first < column.length; first += perColumn, wrap++) {
        const part = column.slice(first, first + perColumn);
        // Each column centred in the band, so a node sits level with what it is drawn beside.
        const start = top + ((rows - part.length) * spacing.row) / 2;
        part.forEach((node, i) => positions.set(node.id, { x: xOf(x, wrap), y: start + i * spacing.row }));
      }
    }
    top += (rows - 1) * spacing.row;
  }
  return positions;
}

/** A band's nodes by column, each column in the layout's order. */
function columnsIn(members: readonly BandedNode[]): Map<number, BandedNode[]> {
  const columns = new Map<number, BandedNode[]>();
  for (const node of members) {
    const column = columns.get(node.x);
    if (column === undefined) columns.set(node.x, [node]);
    else column.push(node);
  }
  for (const column of columns.values()) column.sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
  return columns;
}

/** Rows of a column of `count` nodes once wrapped: as even as the wraps allow. */
function rowsOf(count: number, maxRows: number): number {
  return Math.ceil(count / Math.ceil(count / maxRows));
}

/**
 * Where the `wrap`th part of a column goes: a column is as many columns wide as
 * its longest part in any band needs, each as wide as its widest node, and every
 * column to its right moves over by that much.
 */
function wrappedColumns(nodes: readonly BandedNode[], bands: readonly Map<number, BandedNode[]>[], spacing: BandSpacing): (x: number, wrap: number) => number {
  const wraps = new Map<number, number>();
  const widths = new Map<number, number>();
  for (const node of nodes) widths.set(node.x, Math.max(widths.get(node.x) ?? 0, node.width));
  for (const columns of bands) for (const [x, column] of columns) wraps.set(x, Math.max(wraps.get(x) ?? 1, Math.ceil(column.length / spacing.maxRows)));
  const shift = new Map<number, number>();
  let moved = 0;
  for (const x of [...wraps.keys()].sort((a, b) => a - b)) {
    shift.set(x, moved);
    moved += (wraps.get(x)! - 1) * (widths.get(x)! + spacing.wrapGap);
  }
  return (x, wrap) => x + shift.get(x)! + wrap * (widths.get(x)! + spacing.wrapGap);
}

/** How many boxes end and start between two bands: the levels below their common groups, on each side. */
function levelsChanged(a: readonly string[], b: readonly string[]): { ends: number; starts: number } {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return { ends: a.length - common, starts: b.length - common };
}
