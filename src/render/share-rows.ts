/**
 * A concentration's shares as a list shows them: the largest few by name, the
 * rest summed as "N others", each with a whole percentage, rounded together so
 * that the list adds up to 100%.
 */
import type { DomainShare } from '../core/analysis/concentration.js';
import { wholePercents } from './whole-percents.js';

export interface ShareRow {
  /** The domain without its kind (`aws/us-east-1`), or `N others`. */
  name: string;
  count: number;
  share: number;
  percent: number;
}

export function shareRows(shares: readonly DomainShare[], max: number): ShareRow[] {
  const rows = shares.slice(0, max).map((share) => ({ name: share.domain.slice(share.domain.indexOf(':') + 1), count: share.count, share: share.share }));
  const rest = shares.slice(max);
  if (rest.length > 0) {
    rows.push({ name: `${rest.length} others`, count: rest.reduce((sum, share) => sum + share.count, 0), share: rest.reduce((sum, share) => sum + share.share, 0) });
  }
  const percents = wholePercents(rows.map((row) => row.share));
  return rows.map((row, i) => ({ ...row, percent: percents[i]! }));
}
