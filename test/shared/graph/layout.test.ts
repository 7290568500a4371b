import { describe, expect, it } from 'vitest';
import type { Journey, Position, Size } from '../../../shared/model/index';
import { autoLayout, DEFAULT_NODE_SIZE, updateNode } from '../../../shared/graph/index';
import { generateJourney } from '../../support/generate-journey';
import { edge, journeyWith, node, note } from './sample-journey';

/**
 * start → email → vip ─yes→ sms ─────────→ done
 *                     └no→ split ─a→ offer → done   (paths merge at done)
 *                                 ├b→ quiet
 *                                 └c→ hook ─success→ quiet, failure→ done
 */
function branchingJourney(): Journey {
  const split = node('randomSplit', 'split', 'Test');
  const threeWay = updateNode(journeyWith([split]), 'split', (n) =>
    n.kind === 'randomSplit'
      ? {
          ...n,
          config: {
            branches: [
              { id: 'a', label: 'A', percent: 40 },
              { id: 'b', label: 'B', percent: 30 },
              { id: 'c', label: 'C', percent: 30 },
            ],
          },
        }
      : n,
  ).nodes[0];
  if (threeWay === undefined) throw new Error('no split');
  return journeyWith(
    [
      node('entry', 'start', 'Start', 500, 500),
      node('message', 'email'),
      node('condition', 'vip'),
      node('message', 'sms'),
      threeWay,
      node('message', 'offer'),
      node('exit', 'quiet'),
      node('webhook', 'hook'),
      node('exit', 'done'),
    ],
    [
      edge('e1', 'start', 'next', 'email'),
      edge('e2', 'email', 'next', 'vip'),
      edge('e3', 'vip', 'yes', 'sms'),
      edge('e4', 'vip', 'no', 'split'),
      edge('e5', 'sms', 'next', 'done'),
      edge('e6', 'split', 'a', 'offer'),
      edge('e7', 'split', 'b', 'quiet'),
      edge('e8', 'split', 'c', 'hook'),
      edge('e9', 'offer', 'next', 'done'),
      edge('e10', 'hook', 'success', 'quiet'),
      edge('e11', 'hook', 'failure', 'done'),
    ],
    [note('memo', -300, -300)],
  );
}

function positionsOf(journey: Journey): Map<string, Position> {
  return new Map(journey.nodes.map((n) => [n.id, n.position]));
}

function at(journey: Journey, id: string): Position {
  const position = positionsOf(journey).get(id);
  if (position === undefined) throw new Error(`no node ${id}`);
  return position;
}

function overlaps(journey: Journey, sizes: ReadonlyMap<string, Size> = new Map()): string[] {
  const boxes = journey.nodes.map((n) => ({ id: n.id, ...n.position, ...(sizes.get(n.id) ?? DEFAULT_NODE_SIZE) }));
  const found: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of boxes.slice(i + 1)) {
      if (a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
        found.push(`${a.id}/${b.id}`);
    }
  });
  return found;
}

describe('autoLayout', () => {
  it('points every edge left to right for LR', async () => {
    const laidOut = await autoLayout(branchingJourney(), { direction: 'LR' });
    for (const e of laidOut.edges) expect(at(laidOut, e.source).x < at(laidOut, e.target).x, e.id).toBe(true);
  });

  it('points every edge top to bottom for TB', async () => {
    const laidOut = await autoLayout(branchingJourney(), { direction: 'TB' });
    for (const e of laidOut.edges) expect(at(laidOut, e.source).y < at(laidOut, e.target).y, e.id).toBe(true);
  });

  it('lays out left to right when no direction is given', async () => {
    expect(await autoLayout(branchingJourney())).toEqual(await autoLayout(branchingJourney(), { direction: 'LR' }));
  });

  it('keeps branch order: "Yes" above "No", paths A, B, C top to bottom (left to right for TB)', async () => {
    const lr = await autoLayout(branchingJourney(), { direction: 'LR' });
    expect(at(lr, 'sms').y).toBeLessThan(at(lr, 'split').y);
    expect(at(lr, 'offer').y).toBeLessThan(at(lr, 'hook').y);
    const tb = await autoLayout(branchingJourney(), { direction: 'TB' });
    expect(at(tb, 'sms').x).toBeLessThan(at(tb, 'split').x);
    expect(at(tb, 'offer').x).toBeLessThan(at(tb, 'hook').x);
  });

  it('follows the order of outputs, not the order steps and edges were drawn in', async () => {
    // Drawn "No" first: ELK's own ordering would put the No path on top / left.
    const drawnBackwards = journeyWith(
      [node('entry', 's'), node('condition', 'c'), node('exit', 'no-path'), node('exit', 'yes-path')],
      [edge('e1', 's', 'next', 'c'), edge('e2', 'c', 'no', 'no-path'), edge('e3', 'c', 'yes', 'yes-path')],
    );
    const lr = await autoLayout(drawnBackwards, { direction: 'LR' });
    expect(at(lr, 'yes-path').y).toBeLessThan(at(lr, 'no-path').y);
    const tb = await autoLayout(drawnBackwards, { direction: 'TB' });
    expect(at(tb, 'yes-path').x).toBeLessThan(at(tb, 'no-path').x);
  });

  it('never overlaps two steps, with default or measured sizes', async () => {
    expect(overlaps(await autoLayout(branchingJourney()))).toEqual([]);
    expect(overlaps(await autoLayout(branchingJourney(), { direction: 'TB' }))).toEqual([]);
    const sizes = new Map<string, Size>([
      ['vip', { width: 420, height: 300 }],
      ['split', { width: 300, height: 260 }],
    ]);
    const measured = await autoLayout(branchingJourney(), { nodeSizes: sizes });
    expect(overlaps(measured, sizes)).toEqual([]);
    // Measured as a record too, and the big node pushes its successors further right.
    const asRecord = await autoLayout(branchingJourney(), { nodeSizes: Object.fromEntries(sizes) });
    expect(asRecord).toEqual(measured);
    expect(at(measured, 'sms').x - at(measured, 'vip').x).toBeGreaterThanOrEqual(420);
  });

  it('honours the spacing between steps', async () => {
    const tight = await autoLayout(branchingJourney(), { spacing: { betweenSteps: 20 } });
    const loose = await autoLayout(branchingJourney(), { spacing: { betweenSteps: 200 } });
    expect(at(loose, 'email').x - at(loose, 'start').x).toBeGreaterThan(at(tight, 'email').x - at(tight, 'start').x);
    expect(at(loose, 'email').x - at(loose, 'start').x).toBeGreaterThanOrEqual(DEFAULT_NODE_SIZE.width + 200);
  });

  it('is deterministic', async () => {
    const first = await autoLayout(branchingJourney(), { direction: 'TB' });
    const second = await autoLayout(branchingJourney(), { direction: 'TB' });
    expect(positionsOf(second)).toEqual(positionsOf(first));
  });

  it('anchors the result at the previous top-left corner, in whole pixels', async () => {
    const before = branchingJourney(); // start is at (500, 500); every other step at (0, 0)
    const laidOut = await autoLayout(before);
    const xs = laidOut.nodes.map((n) => n.position.x);
    const ys = laidOut.nodes.map((n) => n.position.y);
    expect(Math.min(...xs)).toBe(0);
    expect(Math.min(...ys)).toBe(0);
    expect([...xs, ...ys].every(Number.isInteger)).toBe(true);
  });

  it('moves only positions: notes, edges and node data stay as they were', async () => {
    const before = branchingJourney();
    const laidOut = await autoLayout(before);
    expect(laidOut.notes).toBe(before.notes);
    expect(laidOut.edges).toBe(before.edges);
    expect(laidOut.nodes.map(({ position: _position, ...rest }) => rest)).toEqual(
      before.nodes.map(({ position: _position, ...rest }) => rest),
    );
    expect(before.nodes.filter((n) => n.position.x === 0 && n.position.y === 0)).toHaveLength(8);
  });

  it('returns the same journey when already laid out, or empty', async () => {
    const laidOut = await autoLayout(branchingJourney());
    expect(await autoLayout(laidOut)).toBe(laidOut);
    const empty = journeyWith([]);
    expect(await autoLayout(empty)).toBe(empty);
  });

  it('tolerates a broken draft: dangling edges and unknown outputs', async () => {
    const broken = journeyWith(
      [node('entry', 's'), node('delay', 'd'), node('exit', 'x')],
      [edge('ok', 's', 'next', 'd'), edge('to-nowhere', 'd', 'next', 'ghost'), edge('odd-handle', 'd', 'later', 'x')],
    );
    const laidOut = await autoLayout(broken);
    expect(at(laidOut, 's').x).toBeLessThan(at(laidOut, 'd').x);
    expect(at(laidOut, 'd').x).toBeLessThan(at(laidOut, 'x').x);
  });

  it('lays out a generated journey of 150 steps left to right without overlaps', async () => {
    const generated = generateJourney({ nodes: 150, edges: 225, seed: 11 });
    const laidOut = await autoLayout(generated);
    for (const e of laidOut.edges) expect(at(laidOut, e.source).x < at(laidOut, e.target).x, e.id).toBe(true);
    expect(overlaps(laidOut)).toEqual([]);
  });
});
