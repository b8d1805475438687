/**
 * A record's value for a key that came from a user (an id, a scenario, a tag key,
 * a provider). `record[key]` also finds what every object inherits
 * (`constructor`, `toString`, `hasOwnProperty`, ...), so a component named
 * `toString` would seem declared in every manifest; only the record's own keys count.
 */
export function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
