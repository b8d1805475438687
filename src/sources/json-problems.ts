/**
 * Problems in a JSON file faultline reads (snapshots, baselines), located by line
 * only when there are any: the common case is a plain JSON.parse.
 */
import { findJsonSyntaxError } from './json-syntax.js';
import { LineCounter, parseDocument } from 'yaml';
import type { KeyPath } from '../core/errors.js';
import type { Located } from './source-error.js';
import { locate } from './yaml-positions.js';

export interface Problem {
  path: KeyPath;
  message: string;
  fix: string;
}

export function locateProblems(text: string, label: string, problems: Problem[]): Located[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  return problems.map((problem) => ({ file: label, ...locate(doc, lineCounter, problem.path), path: problem.path, message: problem.message, fix: problem.fix }));
}

export function jsonErrorPosition(text: string, error: unknown): { line: number; col: number } {
  const message = error instanceof Error ? error.message : '';
  const match = /position (\d+)/.exec(message);
  // Node 20 names no position for an unexpected token: the text is read again to find it.
  return positionAt(text, match ? Number(match[1]) : (findJsonSyntaxError(text) ?? text.length));
}

function positionAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Why JSON.parse refused a text, and where. A file that does not open as JSON at all (a
 * manifest given as a baseline, HCL saved as a state) is said to be none, at its first
 * character and with how it begins (`isJson` false), rather than as broken JSON to
 * write again; otherwise the message says the JSON is not valid, where it breaks.
 */
export function jsonFailure(text: string, error: unknown, what: string): { line: number; col: number; message: string; isJson: boolean } {
  const start = text.search(/\S/);
  if (start < 0 || text[start] === '{' || text[start] === '[') return { ...jsonErrorPosition(text, error), message: 'is not valid JSON', isJson: true };
  const begins = text.slice(start).split('\n')[0]!.slice(0, 40).replace(/[^\x20-\x7e]/g, '?');
  return { ...positionAt(text, start), message: `is not JSON, so not a ${what}: it begins with ${JSON.stringify(begins)}`, isJson: false };
}
