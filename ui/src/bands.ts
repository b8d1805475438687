/**
 * Groups as horizontal bands of a layered drawing. The layered layout gives each
 * node a column (its rank, from the capabilities rightwards) and an order within
 * it; here every group (provider › region, account, vendor) gets rows of its own,
 * so its box holds its members and nothing else: the bands are stacked, nested
 * groups inside their parent's band, nodes in no group first (the capabilities
 * at the top left). Within a band and a column nodes keep the layout's order, the
 * column centred in the band.
 */
export interface BandedNode {
  id: string;
  /** The layout's column position (equal for the nodes of one column). */
  x: number;
  /** The layout's position within the column: the order is kept. */
  y: number;
  /** The groups the node is in, outermost first; empty for none. */
  groups: readonly string[];
}

export interface BandSpacing {
  /** From one row to the next. */
  row: number;
  /** Between two bands, per level of group that starts or ends between them (room for a box's border, padding and label). */
  gap: number;
}

export function placeInBands(nodes: readonly BandedNode[], spacing: BandSpacing): Map<string, { x: number; y: number }> {
  // Bands in order: no group first, then by the chain of groups, so a group's bands are adjacent.
  const key = (groups: readonly string[]) => groups.join('\u0000');
  const bands = new Map<string, BandedNode[]>();
  for (const node of nodes) {
    const band = bands.get(key(node.groups));
    if (band === undefined) bands.set(key(node.groups), [node]);
    else band.push(node);
  }
  const order = [...bands.keys()].sort((a, b) => (a === b ? 0 : a === '' ? -1 : b === '' ? 1 : a < b ? -1 : 1));
  const positions = new Map<string, { x: number; y: number }>();
  let top = 0;
  let previous: readonly string[] | undefined;
  for (const name of order) {
    const members = bands.get(name)!;
    const groups = members[0]!.groups;
    if (previous !== undefined) top += spacing.gap * (levelsChanged(previous, groups) + 1);
    previous = groups;
    const columns = new Map<number, BandedNode[]>();
    for (const node of members) {
      const column = columns.get(node.x);
      if (column === undefined) columns.set(node.x, [node]);
      else column.push(node);
    }
    const rows = Math.max(...[...columns.values()].map((column) => column.length));
    // Each column centred in the band, so a node sits level with what it is drawn beside.
    for (const column of columns.values()) {
      column.sort((a, b) => a.y - b.y || (a.id < b.id ? -1 : 1));
      const start = top + ((rows - column.length) * spacing.row) / 2;
      column.forEach((node, i) => positions.set(node.id, { x: node.x, y: start + i * spacing.row }));
    }
    top += (rows - 1) * spacing.row;
  }
  return positions;
}

/** How many boxes end and start between two bands: the levels below their common groups, on both sides. */
function levelsChanged(a: readonly string[], b: readonly string[]): number {
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return a.length - common + (b.length - common);
}
