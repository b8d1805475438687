/**
 * Whether a file is a report faultline wrote, by how it begins (a PDF by the title
 * faultline gives it): `--out` replaces such a file, and never one that is not,
 * since that one is the user's. Each shape is what one output format starts with.
 */
const reportShapes: readonly RegExp[] = [
  // analyze, text and JSON (also export --format json)
  /^faultline · /,
  /^\{\s*"faultline": \d+,/,
  // simulate, text and JSON
  /^Scenario: [^\n]*\n(?:[^\n]*\n){0,2}(?:Failing: |\d+ of \d+ capabilit)/,
  /^\{\s*"(?:scenario|failed)": /,
  // export: the brief in Markdown, the HTML report, GraphML
  /^# [^\n]*: resilience brief\n/,
  /^<!doctype html>[\s\S]{0,2000}<title>faultline<\/title>/i,
  /^<\?xml [^>]*\?>\s*<graphml [^>]*>\s*(?:<key [^>]*>\s*){0,30}<key id="found-by"/,
  // check, in each of its formats
  /^(?:No new [^\n]* against [^\n]*\.\n|\d+ new problems? against )/,
  /^\{\s*"regressions": \[/,
  /^## faultline: /,
  /^\{\s*"\$schema": "[^"]*sarif[^"]*",[\s\S]{0,400}"name": "faultline"/,
  /^<\?xml [^>]*\?>\s*<testsuites>\s*<testsuite name="faultline /,
  /^::(?:error|warning|notice)[^\n]*title=faultline/,
  // export --format pdf: Chromium's PDF of the HTML report, whose title begins with faultline (UTF-16 in hex when it holds more than ASCII)
  /^%PDF-[\s\S]*\/Title (?:\(faultline|<FEFF006600610075006C0074006C0069006E0065)/i,
];

/** `head`: the file's beginning as text (the whole of a PDF, whose title is near its end). */
export function isOwnReport(head: string): boolean {
  return head.length === 0 || reportShapes.some((shape) => shape.test(head));
}
