/** Text from data, made safe for Markdown and for Mermaid labels. */

/** Markdown text: characters that would start markup are escaped. */
export function text(value: string): string {
  return value.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** Text for a table cell or a one-line item: on one line. */
export function cell(value: string): string {
  // A bare carriage return ends a table row for some renderers as a newline does.
  return text(value).replace(/[\r\n]+/g, ' ');
}

/** A Mermaid label: on one line, with quotes and angle brackets as entities. */
export function mermaid(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/"/g, '#quot;')
    .replace(/[<>]/g, (c) => (c === '<' ? '#lt;' : '#gt;'));
}
