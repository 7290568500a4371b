import { describe, expect, it } from 'vitest';
import type { JourneyCharts, StepStatistics } from '../../../../shared/contract/index';
import { mergeSparks, mergeStatistics } from '../../../../renderer/src/editor/statistics/statistics-store';

function step(nodeId: string, entered: number, inFlight = 0): StepStatistics {
  return {
    nodeId,
    label: nodeId,
    kind: 'delay',
    entered,
    sent: 0,
    delivered: 0,
    failed: 0,
    fellBack: 0,
    clicked: 0,
    converted: 0,
    exited: 0,
    inFlight,
    conversion: null,
  };
}

describe('merging polled statistics', () => {
  it('keeps the object of every step whose numbers did not change, so only changed steps render', () => {
    const first = mergeStatistics({}, [step('a', 10), step('b', 5, 5)]);
    const second = mergeStatistics(first, [step('a', 10), step('b', 6, 5)]);
    expect(second.a).toBe(first.a);
    expect(second.b).not.toBe(first.b);
    expect(second.b!.entered).toBe(6);
  });

  it('answers the very same record when nothing changed, and a new one when a step went away', () => {
    const first = mergeStatistics({}, [step('a', 1), step('b', 2)]);
    expect(mergeStatistics(first, [step('a', 1), step('b', 2)])).toBe(first);
    const fewer = mergeStatistics(first, [step('a', 1)]);
    expect(fewer).not.toBe(first);
    expect(Object.keys(fewer)).toEqual(['a']);
  });

  it('keeps an unchanged sparkline and replaces a changed one', () => {
    const charts = (a: number[], b: number[]): JourneyCharts => ({
      version: 1,
      bucketMs: 60_000,
      entries: [
        { nodeId: 'a', points: a.map((count, i) => ({ at: new Date(i * 60_000).toISOString(), count })) },
        { nodeId: 'b', points: b.map((count, i) => ({ at: new Date(i * 60_000).toISOString(), count })) },
      ],
      funnel: [],
      channels: [],
    });
    const first = mergeSparks({}, charts([0, 1], [2, 3]));
    const second = mergeSparks(first, charts([0, 1], [2, 4]));
    expect(second.a).toBe(first.a);
    expect(second.b).toEqual([2, 4]);
  });
});
