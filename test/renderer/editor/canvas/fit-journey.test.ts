import { describe, expect, it } from 'vitest';
import {
  FIT_PADDING,
  fittedViewport,
  MAX_FIT_ZOOM,
  MIN_FIT_ZOOM,
} from '../../../../renderer/src/editor/canvas/fit-journey';

const PANE = { width: 750, height: 379 };

describe('fitting a journey into the canvas', () => {
  it('centres a small journey at its natural size', () => {
    const viewport = fittedViewport({ x: 0, y: 0, width: 240, height: 100 }, PANE);
    expect(viewport.zoom).toBe(MAX_FIT_ZOOM);
    expect(viewport.x).toBe((750 - 240) / 2);
    expect(viewport.y).toBe((379 - 100) / 2);
  });

  it('shrinks a journey that fits at a readable zoom until it fits', () => {
    const viewport = fittedViewport({ x: 100, y: 50, width: 1100, height: 200 }, PANE);
    expect(viewport.zoom).toBeCloseTo((750 - 2 * FIT_PADDING) / 1100);
    expect(viewport.zoom).toBeGreaterThan(MIN_FIT_ZOOM);
    // The journey's left edge lands on the padding.
    expect(100 * viewport.zoom + viewport.x).toBeCloseTo(FIT_PADDING);
  });

  it('stops at the readable zoom and shows the start of a journey too wide for it', () => {
    // Nine steps in a row, 320 px apart: 2,800 px wide, about 0.24 to fit the 750 px pane.
    const viewport = fittedViewport({ x: -20, y: 10, width: 2800, height: 140 }, PANE);
    expect(viewport.zoom).toBe(MIN_FIT_ZOOM);
    expect(-20 * viewport.zoom + viewport.x).toBe(FIT_PADDING);
    // Vertically it fits, so it is centred.
    expect(10 * viewport.zoom + viewport.y + (140 * viewport.zoom) / 2).toBeCloseTo(379 / 2);
  });

  it('shows the top of a journey too tall for the readable zoom', () => {
    const viewport = fittedViewport({ x: 0, y: 200, width: 240, height: 3000 }, PANE);
    expect(viewport.zoom).toBe(MIN_FIT_ZOOM);
    expect(200 * viewport.zoom + viewport.y).toBe(FIT_PADDING);
  });
});
