/**
 * Reads YAML two ways. The fast path (js-yaml, YAML 1.2 core schema) turns text
 * into data about ten times faster than a parser that keeps source positions, which
 * matters for large generated manifests. Positions are only needed to report a
 * problem, so the full document (the `yaml` library, same core schema) is built
 * only then: for a syntax error, a schema error or a semantic one.
 */
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

export interface PositionedDocument {
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * Whether the text may hold anchors or aliases (`&a`, `*a`). The fast parser
 * expands aliases without a bound, so a kilobyte of nested aliases would become
 * gigabytes; such text goes to the full parser, which bounds them. A false alarm
 * (an `&` in a quoted string) only costs speed.
 */
const mayHoldAliases = /(^|[\s[{,:-])[&*][^\s,\]}]/m;

/** Data from YAML text, or undefined when the fast parser refuses it (let the full parser explain). */
export function loadYamlFast(text: string): { ok: true; data: unknown } | { ok: false } {
  if (mayHoldAliases.test(text)) return { ok: false };
  try {
    return { ok: true, data: load(text, { schema: CORE_SCHEMA }) };
  } catch {
    // Including a stack overflow on very deep nesting: the full parser says what it is.
    return { ok: false };
  }
}

export function parseYamlWithPositions(text: string): PositionedDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, version: '1.2', schema: 'core' });
  return { doc, lineCounter };
}
