import { describe, expect, it } from 'vitest';
import {
  clampProblemsHeight,
  DEFAULT_PROBLEMS_HEIGHT,
  MIN_CANVAS_HEIGHT,
  MIN_PROBLEMS_HEIGHT,
  PROBLEMS_HEIGHT_KEY,
  readProblemsHeight,
} from '../../../../renderer/src/editor/problems/panel-height';

const storageWith = (value: string | null) => ({
  getItem: (key: string) => (key === PROBLEMS_HEIGHT_KEY ? value : null),
});

describe('the problems panel height', () => {
  it('leaves the canvas its share and never shrinks below a few rows', () => {
    expect(clampProblemsHeight(300, 800)).toBe(300);
    expect(clampProblemsHeight(790, 800)).toBe(800 - MIN_CANVAS_HEIGHT);
    expect(clampProblemsHeight(10, 800)).toBe(MIN_PROBLEMS_HEIGHT);
    // In a window too short for both, the panel keeps its minimum.
    expect(clampProblemsHeight(300, 150)).toBe(MIN_PROBLEMS_HEIGHT);
    expect(clampProblemsHeight(250.6, 800)).toBe(251);
  });

  it('reads a stored height, and the default for nothing or anything that is not a height', () => {
    expect(readProblemsHeight(storageWith('340'))).toBe(340);
    expect(readProblemsHeight(storageWith(null))).toBe(DEFAULT_PROBLEMS_HEIGHT);
    expect(readProblemsHeight(storageWith('tall'))).toBe(DEFAULT_PROBLEMS_HEIGHT);
    expect(readProblemsHeight(storageWith('12'))).toBe(DEFAULT_PROBLEMS_HEIGHT);
  });
});
