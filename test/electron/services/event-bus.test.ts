import { describe, expect, it } from 'vitest';
import { EventBus, EventPayloadError } from '../../../electron/services/event-bus';
import type { EventPayload, Contract } from '../../../shared/contract/index';

describe('the event bus', () => {
  it('delivers a payload the contract accepts, as parsed', () => {
    const bus = new EventBus();
    const seen: unknown[] = [];
    bus.subscribe((event, payload) => seen.push({ event, payload }));
    bus.emit('templateChanged', { id: 't-1', change: 'updated' });
    expect(seen).toEqual([{ event: 'templateChanged', payload: { id: 't-1', change: 'updated' } }]);
  });

  it('refuses a bad payload at emit, naming the event and the field, and delivers nothing', () => {
    const bus = new EventBus();
    const seen: unknown[] = [];
    bus.subscribe((event, payload) => seen.push({ event, payload }));
    const bad = { id: 'j-1', change: 'renamed', revision: 2 } as unknown as EventPayload<Contract, 'journeyChanged'>;
    expect(() => bus.emit('journeyChanged', bad)).toThrow(EventPayloadError);
    expect(() => bus.emit('journeyChanged', bad)).toThrow(/^Invalid payload for event journeyChanged: change: /);
    const noReason = {} as EventPayload<Contract, 'contactsChanged'>;
    expect(() => bus.emit('contactsChanged', noReason)).toThrow(/contactsChanged: reason: /);
    expect(seen).toEqual([]);
  });

  it('refuses an event the contract does not declare', () => {
    const bus = new EventBus();
    expect(() => bus.emit('nothing' as 'journeyChanged', { id: 'x', change: 'created', revision: 1 })).toThrow(
      'There is no event "nothing".',
    );
  });
});
