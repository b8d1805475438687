/**
 * `check` results in the formats CI systems show best: SARIF 2.1.0 (code
 * scanning), JUnit XML (test reports) and GitHub workflow commands (annotations
 * on the lines of a pull request). Each result points at the manifest line that
 * declares the component, or at the snapshot line of a scanned resource.
 */
import type { CheckResult, Regression } from '../core/gate/baseline.js';
import { escapeXml } from './escape-xml.js';

export interface Located extends Regression {
  location: { file: string; line: number; col: number };
}

const ruleHelp: Record<Regression['kind'], string> = {
  'new-single-region': 'A capability newly depends on a component that exists only in one region: that region failing takes the capability down.',
  'new-spof-domain': 'A capability newly goes down when a single failure domain fails.',
  'new-spof-component': 'A capability newly goes down when a single component fails.',
  'max-share': 'One failure domain holds more of the depended-on components than policy.maxShare allows.',
  'expired-suppression': 'A suppression in the manifest has passed its date.',
};

export function renderSarif(results: readonly Located[], version: string): string {
  const kinds = [...new Set(results.map((result) => result.kind))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'faultline', version, rules: kinds.map((kind) => ({ id: kind, shortDescription: { text: ruleHelp[kind] } })) } },
        results: results.map((result) => ({
          ruleId: result.kind,
          level: 'error',
          message: { text: result.message },
          locations: [{ physicalLocation: { artifactLocation: { uri: result.location.file }, region: { startLine: result.location.line, startColumn: result.location.col } } }],
          ...(result.capability !== undefined && { properties: { capability: result.capability, ...(result.component !== undefined && { component: result.component }), ...(result.domain !== undefined && { domain: result.domain }), ...(result.path !== undefined && { path: result.path }) } }),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** One test case per capability (and one for the estate): passing, or failing with its regressions. */
export function renderJunit(results: readonly Located[], capabilities: readonly string[]): string {
  const cases = [...capabilities, '(estate)'].map((name) => {
    const own = results.filter((result) => (result.capability ?? '(estate)') === name);
    const failures = own.map((result) => `      <failure type="${escapeXml(result.kind)}" message="${escapeXml(result.message)}">${escapeXml(`${result.location.file}:${result.location.line}: ${result.message}`)}</failure>\n`).join('');
    return `    <testcase classname="faultline.check" name="${escapeXml(name)}"${failures ? `>\n${failures}    </testcase>` : ' />'}\n`;
  });
  const failed = capabilities.concat('(estate)').filter((name) => results.some((result) => (result.capability ?? '(estate)') === name)).length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n  <testsuite name="faultline check" tests="${cases.length}" failures="${failed}">\n${cases.join('')}  </testsuite>\n</testsuites>\n`;
}

/** GitHub Actions workflow commands: an error annotation on each result's line; a pass is a notice of what was checked (describeGate). */
export function renderGithub(result: CheckResult, located: readonly Located[], checked: string): string {
  const lines = located.map((entry) => `::error file=${property(entry.location.file)},line=${entry.location.line},col=${entry.location.col},title=${property(`faultline: ${entry.kind}`)}::${data(entry.message)}`);
  if (located.length === 0) lines.push(`::notice title=faultline::${data(`${checked}${result.resolved.length > 0 ? `; ${result.resolved.length} resolved` : ''}`)}`);
  return `${lines.join('\n')}\n`;
}


/** Escapes of GitHub's workflow commands: data escapes %, CR, LF; properties also : and ,. */
function data(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
