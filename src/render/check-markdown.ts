/**
 * `check --format md`: the gate's result for a pull-request comment or a CI job
 * summary. What is new (with its path), what was fixed, what is suppressed.
 */
import type { CheckResult, Regression } from '../core/gate/baseline.js';
import { pairAsPath } from './brief-text.js';
import { cell } from './markdown-text.js';
import { gateAdvice } from './gate-summary.js';

const kinds: Record<Regression['kind'], string> = {
  'new-single-region': 'new single-region dependency',
  'new-spof-domain': 'new single failure domain',
  'new-spof-component': 'new single component',
  'max-share': 'concentration over the limit',
  'expired-suppression': 'expired suppression',
};

/** `checked` says what the gate checked (describeGate): a pass says it. */
export function renderCheckMarkdown(result: CheckResult, options: { baseline: string; checked: string }): string {
  const count = result.regressions.length;
  const lines = [
    count === 0
      ? `## faultline: ${cell(options.checked)} against ${cell(options.baseline)}`
      : `## faultline: ${count} new problem${count === 1 ? '' : 's'} against ${cell(options.baseline)}`,
    '',
  ];
  if (count > 0) {
    for (const regression of result.regressions) lines.push(`- **${kinds[regression.kind]}**: ${cell(regression.message)}`);
    lines.push('', ...gateAdvice(result.regressions).flatMap((advice) => [advice, '']));
  }
  if (result.resolved.length > 0) {
    lines.push(`### Fixed since the baseline (${result.resolved.length})`, '', ...result.resolved.map((pair) => `- ${cell(pairAsPath(pair))}`), '');
  }
  if (result.suppressed.length > 0) {
    lines.push(`### Suppressed (${result.suppressed.length})`, '', ...result.suppressed.map((entry) => `- ${cell(pairAsPath(entry.pair))} until ${cell(entry.until)}: ${cell(entry.reason)}`), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
