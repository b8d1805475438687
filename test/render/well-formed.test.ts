/**
 * Outputs stay well-formed whatever the data holds: control characters reach no
 * terminal raw, XML stays XML, Markdown rows stay rows, GraphML is the same file
 * twice.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { printable } from '../../src/render/printable.js';
import { escapeXml } from '../../src/render/escape-xml.js';
import { cell } from '../../src/render/markdown-text.js';
import { createStyle } from '../../src/render/style.js';
import { runCli, workspace } from '../helpers/cli.js';

describe('printable', () => {
  it('shows control characters from data escaped, keeps newlines, tabs and its own colours', () => {
    expect(printable('title\u001b]0;owned\u0007 done')).toBe('title\\x1b]0;owned\\x07 done');
    expect(printable('arn:aws:s3:::a\rb\u009bc')).toBe('arn:aws:s3:::a\\rb\\x9bc');
    expect(printable('a\tb\nc')).toBe('a\tb\nc');
    const red = createStyle(true)('red', 'DOWN');
    expect(printable(red, { keepStyle: true })).toBe(red);
    expect(printable(red)).toBe('\\x1b[31mDOWN\\x1b[39m');
    // Cursor movement is no colour of ours, even where one begins the same way.
    expect(printable('\u001b[5F\u001b[8m', { keepStyle: true })).toBe('\\x1b[5F\\x1b[8m');
  });
});

describe('escapeXml', () => {
  it('replaces what XML 1.0 forbids, so the document still parses', () => {
    const escaped = escapeXml('bell\u0007 esc\u001b nul\u0000 \ufffe lone\ud800 pair\ud83d\ude00 <&>');
    expect(escaped).toBe('bell\ufffd esc\ufffd nul\ufffd \ufffd lone\ufffd pair\ud83d\ude00 &lt;&amp;&gt;');
    expect(XMLValidator.validate(`<a b="${escaped}">${escaped}</a>`)).toBe(true);
  });
});

describe('cell', () => {
  it('keeps a table row on one line through a bare carriage return', () => {
    expect(cell('arn:x\ry|z')).toBe('arn:x y\\|z');
  });
});

describe('outputs of an estate with control characters in its data', () => {
  const snapshot = {
    faultlineInventory: 1,
    scannedAt: '2026-11-21T09:00:00Z',
    resources: [{ id: 'arn:aws:s3:::evil\u001b]0;pwned\u0007\rname', provider: 'aws', region: 'us-east-1', type: 's3:bucket', tags: { service: 'web', note: 'bell\u0007' } }],
  };
  const dir = workspace({
    'faultline.yaml': 'version: 1\nname: "ctl\\e[31mred"\ninventory: [{ file: inv.json }]\ncomponents:\n  web: { select: { tags: { service: web } }, description: "a\\x07b" }\ncapabilities:\n  k: { requires: [web] }\n',
    'inv.json': JSON.stringify(snapshot),
  });

  it('reach the terminal escaped in text', () => {
    const text = runCli(['analyze'], { cwd: dir }).stdout;
    for (const raw of ['\u0007', '\u001b', '\r']) expect(text).not.toContain(raw);
    expect(text).toContain('\\x1b]0;pwned\\x07\\rname');
  });

  it('make valid JUnit and GraphML, and the same GraphML twice', () => {
    runCli(['baseline', '--out', 'b.json'], { cwd: dir });
    const junit = runCli(['check', '--baseline', 'b.json', '--format', 'junit'], { cwd: dir }).stdout;
    expect(XMLValidator.validate(junit)).toBe(true);
    const graphml = runCli(['export', '--format', 'graphml'], { cwd: dir }).stdout;
    expect(XMLValidator.validate(graphml)).toBe(true);
    expect(runCli(['export', '--format', 'graphml'], { cwd: dir }).stdout).toBe(graphml);
    const edges = new XMLParser({ ignoreAttributes: false }).parse(graphml).graphml.graph.edge as Array<Record<string, string>>;
    expect(edges.map((edge) => edge['@_id'])).toEqual(edges.map((_, i) => `e${i}`));
  });

  it('keep every Markdown table row on one line', () => {
    const brief = runCli(['export', '--format', 'md'], { cwd: dir }).stdout;
    for (const line of brief.split('\n').filter((l) => l.startsWith('|'))) expect(line.endsWith('|'), line).toBe(true);
    expect(brief).not.toContain('\r');
  });
});
