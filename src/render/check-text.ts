/** `check` for people: what is new, why (the path), what got better, what is suppressed. */
import { gateAdvice } from './gate-summary.js';
import type { CheckResult } from '../core/gate/baseline.js';
import { createStyle } from './style.js';

/** `checked` says what the gate checked (describeGate): a pass says it. */
export function renderCheckText(result: CheckResult, options: { color: boolean; baseline: string; checked: string }): string {
  const style = createStyle(options.color);
  const lines: string[] = [];
  if (result.regressions.length === 0) lines.push(style('green', `${capitalize(options.checked)} against ${options.baseline}.`));
  else {
    lines.push(style('red', `${result.regressions.length} new problem${result.regressions.length === 1 ? '' : 's'} against ${options.baseline}:`));
    for (const regression of result.regressions) lines.push(`  ${style('red', 'NEW')} ${regression.message}`);
    lines.push('', ...gateAdvice(result.regressions));
  }
  if (result.resolved.length > 0) {
    lines.push('', style('green', `${result.resolved.length} single-region dependenc${result.resolved.length === 1 ? 'y is' : 'ies are'} gone:`));
    for (const pair of result.resolved) lines.push(`  ${pair}`);
  }
  if (result.suppressed.length > 0) {
    lines.push('', 'Suppressed:');
    for (const entry of result.suppressed) lines.push(`  ${entry.pair} until ${entry.until}: ${entry.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
