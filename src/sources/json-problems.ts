/**
 * Problems in a JSON file faultline reads (snapshots, baselines), located by line
 * only when there are any: the common case is a plain JSON.parse.
 */
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
  const offset = match ? Number(match[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, col: offset - before.lastIndexOf('\n') };
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
