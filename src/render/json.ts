/** JSON output: stable field order from the report model, two-space indent, final newline. */
export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}
