import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../../../renderer/src/editor/canvas/free-spot';

const NOTE = { width: 220, height: 120 };

describe('finding free space for a new note', () => {
  it('takes the wanted place when nothing is there', () => {
    expect(freeSpot({ x: 100, y: 100 }, NOTE, [{ x: 600, y: 600, width: 240, height: 100 }])).toEqual({
      x: 100,
      y: 100,
    });
  });

  it('moves next to a step that covers the wanted place, without touching anything', () => {
    const taken = [
      { x: 80, y: 80, width: 240, height: 100 },
      { x: 400, y: 80, width: 240, height: 100 },
    ];
    const spot = freeSpot({ x: 100, y: 100 }, NOTE, taken);
    expect(spot).not.toEqual({ x: 100, y: 100 });
    for (const box of taken) {
      const apart =
        spot.x + NOTE.width <= box.x ||
        box.x + box.width <= spot.x ||
        spot.y + NOTE.height <= box.y ||
        box.y + box.height <= spot.y;
      expect(apart).toBe(true);
    }
    // One ring out at most: it stays near where it was asked for.
    expect(Math.abs(spot.x - 100)).toBeLessThanOrEqual(NOTE.width + 24);
    expect(Math.abs(spot.y - 100)).toBeLessThanOrEqual(NOTE.height + 24);
  });
});
