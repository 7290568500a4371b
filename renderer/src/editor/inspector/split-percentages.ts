import { normalisePercentages } from '../../../../shared/validation/index';

/** The sum shown under the branches; rounded to hundredths so 33.3 × 3 reads 99.9, not 99.899…. */
export function splitTotal(percents: readonly number[]): number {
  const sum = percents.reduce((total, percent) => total + (Number.isFinite(percent) ? percent : 0), 0);
  return Math.round(sum * 100) / 100;
}

/** The inspector's "Make 100%" button and the validator's quick fix must agree, so they share one rule. */
export const normalisePercents = normalisePercentages;

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
