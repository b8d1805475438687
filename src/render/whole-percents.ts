/**
 * Shares as whole percentages that add up: the largest remainder method
 * (Hamilton's). Each share gets the whole part of its percentage; the points
 * still missing from the rounded total go one each to the largest fractional
 * parts, the earlier entry first on a tie. Rounding each share on its own shows
 * 67% · 17% · 17% for 4, 1 and 1 of 6, which is 101%.
 *
 * Give every entry shown together, the "N others" remainder included: shares of
 * a whole come out at exactly 100, each within one point of its exact value.
 */
export function wholePercents(shares: readonly number[]): number[] {
  // Scaled and cleaned of floating-point dust (0.29 * 100 is 28.999999999999996).
  const exact = shares.map((share) => Math.round(share * 100 * 1e9) / 1e9);
  const percents = exact.map(Math.floor);
  const total = Math.round(exact.reduce((sum, value) => sum + value, 0));
  let missing = total - percents.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, i) => ({ i, remainder: value - Math.floor(value) })).sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    percents[i]!++;
    missing--;
  }
  return percents;
}
