import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/table.js';
import { visibleWidth } from '../../src/render/style.js';

const ESC = String.fromCharCode(27);
const header = ['ID', 'STATUS', 'WHY'];
const rows = [
  ['pay', 'DOWN', 'pay → api → ledger → arn:aws:dynamodb:us-east-1:111122223333:table/ledger (failed)'],
  ['ship-hotfix', 'up', ''],
];

describe('renderTable', () => {
  it('pads every column but the last, two spaces apart, and cuts nothing without a width', () => {
    expect(renderTable(header, rows)).toEqual([
      '  ID           STATUS  WHY',
      '  pay          DOWN    pay → api → ledger → arn:aws:dynamodb:us-east-1:111122223333:table/ledger (failed)',
      '  ship-hotfix  up',
    ]);
  });

  it('shrinks the widest column with an ellipsis so that each line fits the width', () => {
    const lines = renderTable(header, rows, { width: 60 });
    expect(lines).toEqual([
      '  ID           STATUS  WHY',
      '  pay          DOWN    pay → api → ledger → arn:aws:dynamod…',
      '  ship-hotfix  up',
    ]);
    for (const line of lines) expect(visibleWidth(line)).toBeLessThanOrEqual(60);
  });

  it('shrinks the widest first, so two wide columns end up alike and narrow ones stay whole', () => {
    const lines = renderTable(['K', 'A', 'B'], [['x', 'a'.repeat(30), 'b'.repeat(20)]], { width: 2 + 1 + 2 + 20 + 2 + 20 });
    expect(lines[1]).toBe(`  x  ${'a'.repeat(19)}…  ${'b'.repeat(20)}`);
    const tighter = renderTable(['K', 'A', 'B'], [['x', 'a'.repeat(30), 'b'.repeat(20)]], { width: 2 + 1 + 2 + 15 + 2 + 15 });
    expect(tighter[1]).toBe(`  x  ${'a'.repeat(14)}…  ${'b'.repeat(14)}…`);
  });

  it('leaves a table that already fits as it is', () => {
    expect(renderTable(header, rows, { width: 200 })).toEqual(renderTable(header, rows));
  });

  it('stops at the width of each heading when the terminal is narrower than that', () => {
    const lines = renderTable(header, rows, { width: 10 });
    expect(lines[0]).toBe('  ID   STATUS  WHY');
    expect(lines[1]).toBe('  pay  DOWN    pa…');
    expect(lines[2]).toBe('  sh…  up');
  });

  it('keeps colour codes, closing the colour after the ellipsis', () => {
    const red = (text: string) => `${ESC}[31m${text}${ESC}[39m`;
    const [, line] = renderTable(['A', 'B'], [[red('x'.repeat(20)), 'y']], { width: 2 + 10 + 2 + 1 });
    expect(line).toBe(`  ${red(`${'x'.repeat(9)}…`)}  y`);
  });
});
