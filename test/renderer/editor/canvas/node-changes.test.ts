import { describe, expect, it } from 'vitest';
import { sortNodeChanges } from '../../../../renderer/src/editor/canvas/node-changes';

describe('sortNodeChanges', () => {
  it('separates step and note moves and tracks the drag gesture', () => {
    const during = sortNodeChanges([
      { type: 'position', id: 'n1', position: { x: 1, y: 2 }, dragging: true },
      { type: 'position', id: 'note:x', position: { x: 3, y: 4 }, dragging: true },
    ]);
    expect([...during.stepPositions]).toEqual([['n1', { x: 1, y: 2 }]]);
    expect([...during.notePositions]).toEqual([['x', { x: 3, y: 4 }]]);
    expect(during.gestureActive).toBe(true);
    const end = sortNodeChanges([{ type: 'position', id: 'n1', dragging: false }]);
    expect(end.gestureEnded).toBe(true);
    expect(end.stepPositions.size).toBe(0);
  });

  it('treats measured step sizes as layout facts and note resizes as edits', () => {
    const sorted = sortNodeChanges([
      { type: 'dimensions', id: 'n1', dimensions: { width: 240, height: 90 } },
      { type: 'dimensions', id: 'note:x', dimensions: { width: 300, height: 200 }, resizing: true },
      { type: 'dimensions', id: 'note:y', dimensions: { width: 300, height: 200 } },
      { type: 'select', id: 'n2', selected: true },
    ]);
    expect(sorted.measured).toEqual([['n1', { width: 240, height: 90 }]]);
    expect([...sorted.noteSizes]).toEqual([['x', { width: 300, height: 200 }]]);
    expect(sorted.gestureActive).toBe(true);
    expect([...sorted.selected]).toEqual([['n2', true]]);
  });
});
