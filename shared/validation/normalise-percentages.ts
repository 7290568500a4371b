const WHOLE = 100;

function weightOf(percent: number): number {
  return Number.isFinite(percent) && percent > 0 ? percent : 0;
}

/**
 * Whole percentages in the same proportions that add up to exactly 100, by largest remainder:
 * round every share down, then give the missing points to the largest fractions, earlier paths
 * first on ties. When no share is positive the paths are split evenly.
 */
export function normalisePercentages(percents: readonly number[]): number[] {
  if (percents.length === 0) return [];
  let weights = percents.map(weightOf);
  let total = weights.reduce((sum, weight) => sum + weight, 0);
  if (total === 0) {
    weights = weights.map(() => 1);
    total = weights.length;
  }
  const exact = weights.map((weight) => (weight * WHOLE) / total);
  const result = exact.map(Math.floor);
  let missing = WHOLE - result.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    missing -= 1;
  }
  return result;
}
