import { afterEach, describe, expect, it } from 'vitest';
import type { SimulatedContact, SimulationResult } from '../../../../shared/contract/index';
import { markEdges } from '../../../../renderer/src/editor/try-it/mark-edges';
import { pathPositions } from '../../../../renderer/src/editor/try-it/path-positions';
import {
  lightSteps,
  openTryIt,
  resetTryIt,
  showPaths,
  showResult,
  tryItStore,
} from '../../../../renderer/src/editor/try-it/try-it-store';

function contact(customerId: string, path: string[], edges: (string | null)[]): SimulatedContact {
  return { customerId, timeZone: 'UTC', outcome: 'exited', entered: true, path, edges, steps: [] };
}

const result: SimulationResult = {
  journeyId: 'j',
  version: null,
  startedAt: '2026-03-02T10:00:00.000Z',
  endedAt: '2026-04-01T10:00:00.000Z',
  contacts: [
    contact('ann', ['entry', 'vip', 'gold', 'thanked'], ['e-in', 'e-yes', 'e-gold']),
    contact('bob', ['entry', 'vip', 'back'], ['e-in', 'e-no']),
  ],
  paths: [],
  stepCounts: { entry: 2, vip: 2, gold: 1, thanked: 1, back: 1 },
  edgeCounts: { 'e-in': 2, 'e-yes': 1, 'e-gold': 1, 'e-no': 1 },
};

afterEach(resetTryIt);

describe('Try it on the canvas', () => {
  it('plays a path step by step: the steps and connections so far taken, the last step and its way in current', () => {
    openTryIt('j');
    showResult(result);
    expect(tryItStore.getState()).toMatchObject({
      lit: 1,
      playing: true,
      stepMarks: { entry: 'current' },
      edgeMarks: {},
    });
    lightSteps(3, true);
    const state = tryItStore.getState();
    expect(state.stepMarks).toEqual({ entry: 'taken', vip: 'taken', gold: 'current' });
    expect(state.edgeMarks).toEqual({ 'e-in': 'taken', 'e-yes': 'current' });
    expect(state.playing).toBe(true);
    lightSteps(9, true);
    expect(tryItStore.getState()).toMatchObject({ lit: 4, playing: false, stepMarks: { thanked: 'current' } });
    lightSteps(0);
    expect(tryItStore.getState().lit).toBe(1);
  });

  it('shows another profile from its entry, and every profile as counts', () => {
    openTryIt('j');
    showResult(result);
    showPaths({ type: 'contact', index: 1 });
    lightSteps(3);
    expect(tryItStore.getState().stepMarks).toEqual({ entry: 'taken', vip: 'taken', back: 'current' });
    showPaths({ type: 'all' });
    const state = tryItStore.getState();
    expect(state.stepCounts).toEqual(result.stepCounts);
    expect(state.stepMarks.gold).toBe('taken');
    const edges = markEdges(
      [
        { id: 'e-yes', source: 'vip', target: 'gold' },
        { id: 'e-timeout', source: 'wait', target: 'ignored' },
      ],
      state.edgeMarks,
      state.edgeCounts,
    );
    expect(edges.map((edge) => [edge.className, edge.label])).toEqual([
      ['tried-taken', '1'],
      ['tried-skipped', undefined],
    ]);
  });

  it('marks nothing once closed or for a journey it was not run on', () => {
    openTryIt('j');
    showResult(result);
    openTryIt('other');
    expect(tryItStore.getState()).toMatchObject({ result: null, stepMarks: {}, edgeMarks: null });
    const edges = [{ id: 'e', source: 'a', target: 'b' }];
    expect(markEdges(edges, null, null)).toBe(edges);
  });

  it('opens a result of many profiles on the counts', () => {
    openTryIt('j');
    const many = { ...result, contacts: Array.from({ length: 21 }, (_, i) => contact(`g-${i}`, ['entry'], [])) };
    showResult(many);
    expect(tryItStore.getState().shown).toEqual({ type: 'all' });
  });
});

describe('a timeline line on the canvas', () => {
  it('lights the path up to the visit the line belongs to, a loop counted as a new visit', () => {
    const line = (nodeId: string | null) => ({
      kind: nodeId === null ? ('event' as const) : ('step' as const),
      at: '',
      localTime: '',
      nodeId,
      label: nodeId ?? 'event',
      decision: '',
      reason: '',
      detail: {},
      message: null,
    });
    const looped = {
      ...contact('loop', ['entry', 'wait', 'check', 'wait', 'exit'], ['a', 'b', 'c', 'd']),
      steps: [null, 'entry', 'wait', 'wait', 'check', 'wait', null, 'wait', 'exit'].map(line),
    };
    expect(pathPositions(looped)).toEqual([null, 1, 2, 2, 3, 4, null, 4, 5]);
  });
});
