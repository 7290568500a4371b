import { describe, expect, it } from 'vitest';
import {
  defaultBranchLabel,
  nextBranchId,
  normalisePercents,
  splitTotal,
} from '../../../../renderer/src/editor/inspector/split-percentages';

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

describe('normalisePercents', () => {
  it.each([
    { given: [50, 50], expected: [50, 50] },
    { given: [33.3, 33.3, 33.3], expected: [34, 33, 33] },
    { given: [1, 1, 1], expected: [34, 33, 33] },
    { given: [0, 0], expected: [50, 50] },
    { given: [0, 0, 0], expected: [34, 33, 33] },
    { given: [30, 30], expected: [50, 50] },
    { given: [10, 20, 30], expected: [17, 33, 50] },
    { given: [80, 40], expected: [67, 33] },
    { given: [100], expected: [100] },
    { given: [0], expected: [100] },
    { given: [25, 0, 25], expected: [50, 0, 50] },
    { given: [Number.NaN, 50], expected: [0, 100] },
    { given: [-20, 20], expected: [0, 100] },
    { given: [70, 20, 10], expected: [70, 20, 10] },
    { given: [12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5], expected: [13, 13, 13, 13, 12, 12, 12, 12] },
  ])('$given → $expected', ({ given, expected }) => {
    expect(normalisePercents(given)).toEqual(expected);
  });

  it('returns nothing for no branches', () => {
    expect(normalisePercents([])).toEqual([]);
  });

  it('always yields whole numbers adding up to exactly 100', () => {
    const cases = [
      [1, 2, 3, 4, 5, 6, 7],
      [0.1, 0.2, 0.7],
      [99, 99, 99],
      [1e-9, 1],
      [33.33, 33.33, 33.34],
      Array.from({ length: 7 }, () => 1),
    ];
    for (const percents of cases) {
      const result = normalisePercents(percents);
      expect(sum(result)).toBe(100);
      expect(result.every(Number.isInteger)).toBe(true);
      expect(result).toHaveLength(percents.length);
    }
  });
});

describe('splitTotal', () => {
  it('hides floating-point noise and ignores unfinished numbers', () => {
    expect(splitTotal([33.3, 33.3, 33.3])).toBe(99.9);
    expect(splitTotal([0.1, 0.2])).toBe(0.3);
    expect(splitTotal([50, Number.NaN])).toBe(50);
    expect(splitTotal([])).toBe(0);
  });
});

describe('nextBranchId', () => {
  it('takes the first free letter', () => {
    expect(nextBranchId(['a', 'b'])).toBe('c');
    expect(nextBranchId(['b', 'c'])).toBe('a');
  });

  it('skips ids still used by connections so a removed branch’s edge is never re-attached', () => {
    expect(nextBranchId(['a', 'b', /* edge handle of removed branch */ 'c'])).toBe('d');
  });

  it('goes on past z without repeating', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyz'];
    expect(nextBranchId(letters)).toBe('path-27');
    expect(nextBranchId([...letters, 'path-27'])).toBe('path-28');
  });

  it('names new branches like the defaults', () => {
    expect(defaultBranchLabel(2)).toBe('Path C');
    expect(defaultBranchLabel(30)).toBe('Path 31');
  });
});
