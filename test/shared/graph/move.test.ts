import { describe, expect, it } from 'vitest';
import { moveNodes, moveNotes, snapToGrid } from '../../../shared/graph/index';
import { sampleJourney } from './sample-journey';

describe('moveNodes', () => {
  it('moves the listed nodes from a Map, keeping every other node object', () => {
    const before = sampleJourney();
    const after = moveNodes(before, new Map([['vip', { x: 10, y: 20 }]]));
    expect(after.nodes.find((n) => n.id === 'vip')?.position).toEqual({ x: 10, y: 20 });
    expect(before.nodes.find((n) => n.id === 'vip')?.position).toEqual({ x: 600, y: 0 });
    after.nodes.forEach((n, index) => {
      if (n.id !== 'vip') expect(n).toBe(before.nodes[index]);
    });
    expect(after.edges).toBe(before.edges);
  });

  it('accepts a plain record', () => {
    const after = moveNodes(sampleJourney(), { start: { x: -1, y: -2 }, sms: { x: 3, y: 4 } });
    expect(after.nodes.filter((n) => n.id === 'start' || n.id === 'sms').map((n) => n.position)).toEqual([
      { x: -1, y: -2 },
      { x: 3, y: 4 },
    ]);
  });

  it('does not read inherited record keys as positions', () => {
    const journey = sampleJourney();
    expect(moveNodes(journey, Object.create({ vip: { x: 1, y: 1 } }) as Record<string, { x: number; y: number }>)).toBe(
      journey,
    );
  });

  it('returns the same journey when no position changes or ids are unknown', () => {
    const journey = sampleJourney();
    expect(moveNodes(journey, { vip: { x: 600, y: 0 }, ghost: { x: 1, y: 1 } })).toBe(journey);
    expect(moveNodes(journey, new Map())).toBe(journey);
  });

  it("copies the position rather than keeping the caller's object", () => {
    const position = { x: 5, y: 5 };
    const after = moveNodes(sampleJourney(), { vip: position });
    position.x = 99;
    expect(after.nodes.find((n) => n.id === 'vip')?.position).toEqual({ x: 5, y: 5 });
  });
});

describe('moveNotes', () => {
  it('moves notes and leaves nodes alone', () => {
    const before = sampleJourney();
    const after = moveNotes(before, { 'note-1': { x: 1, y: 2 }, vip: { x: 0, y: 0 } });
    expect(after.notes[0]?.position).toEqual({ x: 1, y: 2 });
    expect(after.nodes).toBe(before.nodes);
    expect(moveNotes(before, { 'note-1': { x: -50, y: -200 } })).toBe(before);
  });
});

describe('snapToGrid', () => {
  it('rounds to the nearest grid point', () => {
    expect(snapToGrid({ x: 14, y: 16 }, 10)).toEqual({ x: 10, y: 20 });
    expect(snapToGrid({ x: 31, y: 44 }, 15)).toEqual({ x: 30, y: 45 });
    expect(snapToGrid({ x: -26, y: -24 }, 10)).toEqual({ x: -30, y: -20 });
  });

  it('gives 0, not -0, for small negatives', () => {
    const snapped = snapToGrid({ x: -3, y: -0.1 }, 20);
    expect(Object.is(snapped.x, 0)).toBe(true);
    expect(Object.is(snapped.y, 0)).toBe(true);
  });

  it('leaves the position alone for a grid of zero or less', () => {
    const position = { x: 3.3, y: 7.7 };
    expect(snapToGrid(position, 0)).toBe(position);
    expect(snapToGrid(position, -10)).toBe(position);
    expect(snapToGrid(position, Number.NaN)).toBe(position);
  });
});
