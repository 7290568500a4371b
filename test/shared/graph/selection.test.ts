import { describe, expect, it } from 'vitest';
import { edgesTouching, edgesWithin, indexById } from '../../../shared/graph/index';
import { sampleJourney } from './sample-journey';

describe('selection helpers', () => {
  const journey = sampleJourney();

  it('indexes items by id', () => {
    const index = indexById(journey.nodes);
    expect(index.size).toBe(7);
    expect(index.get('vip')).toBe(journey.nodes[2]);
    expect(index.get('ghost')).toBeUndefined();
  });

  it('finds the edges touching any of the nodes', () => {
    expect(edgesTouching(journey, ['vip']).map((e) => e.id)).toEqual(['e-email-vip', 'e-vip-sms']);
    expect(edgesTouching(journey, new Set(['start', 'done'])).map((e) => e.id)).toEqual([
      'e-start-email',
      'e-sms-done',
    ]);
    expect(edgesTouching(journey, [])).toEqual([]);
  });

  it('finds the edges with both ends among the nodes', () => {
    expect(edgesWithin(journey, ['email', 'vip', 'sms']).map((e) => e.id)).toEqual(['e-email-vip', 'e-vip-sms']);
    expect(edgesWithin(journey, ['vip'])).toEqual([]);
  });
});
