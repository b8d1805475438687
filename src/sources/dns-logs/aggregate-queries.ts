/**
 * Folds query rows into one row per source, account, region, name and response code.
 * Memory grows with the number of distinct such keys, never with the number of lines:
 * a month of logs for a fleet asks for a few thousand names, not a few billion times.
 */
import type { QueryRow } from './query-row.js';

export class QueryAggregate {
  readonly #rows = new Map<string, QueryRow>();

  add(row: QueryRow): void {
    const key = `${row.source}\u0000${row.account}\u0000${row.region}\u0000${row.name}\u0000${row.rcode}`;
    const seen = this.#rows.get(key);
    if (seen === undefined) {
      this.#rows.set(key, { ...row });
      return;
    }
    seen.count += row.count;
    if (row.firstSeen < seen.firstSeen) seen.firstSeen = row.firstSeen;
    if (row.lastSeen > seen.lastSeen) seen.lastSeen = row.lastSeen;
  }

  get size(): number {
    return this.#rows.size;
  }

  /** The rows in a stable order (by key), whatever order the files or lines came in. */
  rows(): QueryRow[] {
    return [...this.#rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, row]) => row);
  }
}
