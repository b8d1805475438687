/** Counts in words that agree with them: `1 capability`, `2 capabilities`. */
const irregular: Record<string, string> = { capability: 'capabilities', dependency: 'dependencies' };

/** The noun for n of it: `capability` for 1, `capabilities` otherwise. */
export function noun(n: number, singular: string): string {
  return n === 1 ? singular : (irregular[singular] ?? `${singular}s`);
}

/** `1 capability`, `3 capabilities`. */
export function countOf(n: number, singular: string): string {
  return `${n} ${noun(n, singular)}`;
}

/** The verb that agrees with a count: `goes` for 1, `go` for any other ("1 of 3 capabilities goes", as one of them does; "2 of 3 capabilities go"). */
export function verb(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
