/**
 * Groups as bands of a layered drawing (ui/src/bands.ts): each group's rows are
 * its own, so no box can take in a node of another group.
 */
import { describe, expect, it } from 'vitest';
import { placeInBands, type BandedNode } from '../../ui/src/bands.js';

const spacing = { row: 30, gap: 20, label: 5, maxRows: 100, wrapGap: 10 };
const node = (id: string, x: number, y: number, ...groups: string[]): BandedNode => ({ id, x, y, width: 50, groups });

/** The vertical span of each band's rows. */
function spans(nodes: readonly BandedNode[], positions: Map<string, { x: number; y: number }>): Map<string, [number, number]> {
  const found = new Map<string, [number, number]>();
  for (const { id, groups } of nodes) {
    const key = groups.join('/');
    const y = positions.get(id)!.y;
    const span = found.get(key);
    found.set(key, span === undefined ? [y, y] : [Math.min(span[0], y), Math.max(span[1], y)]);
  }
  return found;
}

describe('placeInBands', () => {
  it('puts nodes in no group first, then each group in rows of its own, nested groups beside their parent', () => {
    const nodes = [node('k', 0, 50), node('a', 100, 0, 'aws', 'us-east-1'), node('b', 100, 40, 'gcp'), node('c', 100, 20), node('d', 200, 10, 'aws'), node('e', 200, 30, 'aws', 'eu-west-1')];
    const positions = placeInBands(nodes, spacing);
    const order = [...spans(nodes, positions)].sort((p, q) => p[1][0] - q[1][0]).map(([key]) => key);
    expect(order).toEqual(['', 'aws', 'aws/eu-west-1', 'aws/us-east-1', 'gcp']);
    const ranges = [...spans(nodes, positions).values()].sort((p, q) => p[0] - q[0]);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]![0] - ranges[i - 1]![1]).toBeGreaterThanOrEqual(2 * spacing.gap);
  });

  it('leaves a gap per box that ends or starts between two bands, and room for the label of each that starts', () => {
    const nodes = [node('k', 0, 0), node('a', 0, 0, 'aws'), node('b', 0, 0, 'aws', 'us-east-1'), node('c', 0, 0, 'aws', 'us-west-2'), node('d', 0, 0, 'gcp')];
    const y = (id: string) => placeInBands(nodes, spacing).get(id)!.y;
    const { gap, label } = spacing;
    expect([y('a') - y('k'), y('b') - y('a'), y('c') - y('b'), y('d') - y('c')]).toEqual([2 * gap + label, 2 * gap + label, 3 * gap + label, 4 * gap + label]);
  });

  it('keeps each node in its column and the layout order within a band and column', () => {
    const nodes = [node('x', 0, 90), node('y', 0, 10), node('z', 0, 50), node('w', 80, 0)];
    const positions = placeInBands(nodes, spacing);
    expect(nodes.map((n) => positions.get(n.id)!.x)).toEqual([0, 0, 0, 80]);
    expect(['y', 'z', 'x'].map((id) => positions.get(id)!.y)).toEqual([0, 30, 60]);
    // A shorter column is centred in the band.
    expect(positions.get('w')!.y).toBe(30);
  });

  it('wraps a column taller than maxRows into even columns side by side, and moves the columns to its right over', () => {
    const column = Array.from({ length: 7 }, (_, i) => node(`s${i}`, 100, i));
    const nodes = [node('k', 0, 0), ...column, node('r', 200, 0), node('g', 100, 0, 'aws')];
    const positions = placeInBands(nodes, { ...spacing, maxRows: 3 });
    const at = (id: string) => [positions.get(id)!.x, positions.get(id)!.y];
    // Seven nodes in three columns of at most three rows, in the layout's order, each 50 wide and 10 apart.
    expect(column.map((n) => at(n.id))).toEqual([
      [100, 0], [100, 30], [100, 60],
      [160, 0], [160, 30], [160, 60],
      [220, 30],
    ]);
    // Two more columns of 60 to the right of the wrapped one.
    expect(at('r')).toEqual([320, 30]);
    // Another band's part of that column stays in its first place.
    expect(positions.get('g')!.x).toBe(100);
    expect(positions.get('g')!.y).toBeGreaterThan(60);
  });

  it('places nothing for no nodes, and one band for nodes in no group', () => {
    expect(placeInBands([], spacing).size).toBe(0);
    expect(Object.fromEntries(placeInBands([node('a', 0, 5), node('b', 0, 1)], spacing))).toEqual({ a: { x: 0, y: 30 }, b: { x: 0, y: 0 } });
  });
});
