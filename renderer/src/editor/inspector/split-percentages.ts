const WHOLE = 100;

function weightOf(percent: number): number {
  return Number.isFinite(percent) && percent > 0 ? percent : 0;
}

/** The sum shown under the branches; rounded to hundredths so 33.3 × 3 reads 99.9, not 99.899…. */
export function splitTotal(percents: readonly number[]): number {
  const sum = percents.reduce((total, percent) => total + (Number.isFinite(percent) ? percent : 0), 0);
  return Math.round(sum * 100) / 100;
}

/**
 * Whole percentages in the same proportions that add up to exactly 100 (largest remainder:
 * round everything down, then hand the missing points to the largest fractions, earlier branches
 * first on ties). All-zero, negative or unset shares are split evenly.
 */
export function normalisePercents(percents: readonly number[]): number[] {
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

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A branch id not in `taken`. Branch ids are output handles, so `taken` should also hold the
 * handles edges still leave this node from: reusing a removed branch's id would silently attach
 * its old connection to the new branch.
 */
export function nextBranchId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (const letter of LETTERS) {
    if (!used.has(letter)) return letter;
  }
  for (let n = LETTERS.length + 1; ; n += 1) {
    const id = `path-${n}`;
    if (!used.has(id)) return id;
  }
}

/** "Path C" for the third branch: the label a new branch starts with, matching the defaults. */
export function defaultBranchLabel(index: number): string {
  return index < LETTERS.length ? `Path ${LETTERS.charAt(index).toUpperCase()}` : `Path ${index + 1}`;
}
