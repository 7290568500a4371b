import { describe, expect, it } from 'vitest';
import { entryEventName, eventsJourneyReactsTo } from '../../../shared/journey/journey-events';
import { createEmptyJourney, createNode, type Audience, type JourneyNode } from '../../../shared/model/index';

function entry(id: string, audience: Audience): JourneyNode {
  const made = createNode('entry', { id, position: { x: 0, y: 0 } });
  return { ...made, config: { audience } } as JourneyNode;
}

function journeyWith(nodes: JourneyNode[]) {
  return { ...createEmptyJourney({ id: 'j', name: 'J', now: '2026-01-01T00:00:00.000Z' }), nodes };
}

describe('eventsJourneyReactsTo', () => {
  it('names every entry’s event, an order event under each name the engine starts runs on', () => {
    const journey = journeyWith([
      entry('everyone', { type: 'all' }),
      entry('signup', { type: 'customEvent', eventName: 'signup', propertyRules: [] }),
      entry('shipped', { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' }),
      entry('returned', { type: 'orderEvent', packageId: null, eventKey: 'returned' }),
      entry('unchosen', { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: null }),
    ]);
    expect(eventsJourneyReactsTo(journey)).toEqual([
      'signup',
      'shipped',
      'order.shipped',
      'order-lifecycle.shipped',
      'returned',
      'order.returned',
      'message.clicked',
      'message.opened',
    ]);
    // What a simulation sends when its script names no entry event: the first entry's.
    expect(entryEventName(journey)).toBe('signup');
  });

  it('has no entry event for a journey of existing contacts', () => {
    const journey = journeyWith([entry('everyone', { type: 'all' })]);
    expect(entryEventName(journey)).toBeNull();
    expect(eventsJourneyReactsTo(journey)).toEqual(['message.clicked', 'message.opened']);
  });
});
