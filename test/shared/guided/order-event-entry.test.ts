import { describe, expect, it } from 'vitest';
import { entryMatchRules, orderEventChoices } from '../../../shared/guided/order-event-entry';
import { DEFAULT_PACKAGE_SETTINGS, setPackageEnabled } from '../../../shared/guided/package-settings';
import { defaultJourneySettings } from '../../../shared/model/index';

describe("an order-event entry's choice of event", () => {
  it('offers the enabled packages, grouped, each in lifecycle order', () => {
    const choices = orderEventChoices(DEFAULT_PACKAGE_SETTINGS, '', null);
    expect(choices.groups.map((group) => group.packageId)).toEqual(['forward-shipment', 'returns', 'cod', 'seller']);
    const forward = choices.groups[0]!.events.map((event) => event.key);
    expect(forward.slice(0, 4)).toEqual(['order.placed', 'order.confirmed', 'order.packed', 'order.shipped']);
    expect(choices.shown).toBe(choices.total);
    expect(choices.chosen).toEqual({ state: 'none' });
  });

  it('searches label, key and description across packages and counts the matches', () => {
    const refund = orderEventChoices(DEFAULT_PACKAGE_SETTINGS, 'refund', null);
    expect(refund.groups.map((group) => group.packageId)).toEqual(['returns']);
    expect(refund.shown).toBe(refund.groups[0]!.events.length);
    expect(refund.shown).toBeLessThan(refund.total);
    expect(orderEventChoices(DEFAULT_PACKAGE_SETTINGS, 'order.shipped', null).shown).toBe(1);
    expect(orderEventChoices(DEFAULT_PACKAGE_SETTINGS, 'no such thing', null).groups).toEqual([]);
  });

  it('leaves out switched-off packages, but still names an event chosen from one, or one no package has', () => {
    const settings = setPackageEnabled(DEFAULT_PACKAGE_SETTINGS, 'returns', false);
    const choices = orderEventChoices(settings, '', 'return.requested');
    expect(choices.groups.map((group) => group.packageId)).not.toContain('returns');
    expect(choices.chosen).toMatchObject({
      state: 'disabled',
      event: { key: 'return.requested', packageId: 'returns' },
    });
    expect(orderEventChoices(settings, '', 'order.shipped').chosen).toMatchObject({ state: 'offered' });
    expect(orderEventChoices(settings, '', 'loyalty.points').chosen).toEqual({
      state: 'unknown',
      eventKey: 'loyalty.points',
    });
  });
});

describe('what an order event must carry to start the entry', () => {
  it("names the key, the journey's persona and movement type, and each parameter's values or any", () => {
    const settings = {
      ...defaultJourneySettings(),
      persona: 'seller' as const,
      movementType: 'reverse' as const,
      languages: ['en', 'hi'],
      courierAccounts: [],
      orderTypes: ['cod'],
    };
    expect(entryMatchRules('order.shipped', settings)).toEqual([
      { label: 'Event', property: 'name', rule: 'order.shipped' },
      { label: 'Persona', property: 'persona', rule: 'Seller, when the event names one' },
      { label: 'Movement type', property: 'movementType', rule: 'Reverse, when the event names one' },
      { label: 'Language', property: 'language', rule: 'one of en, hi' },
      { label: 'Courier account', property: 'courierAccount', rule: 'any' },
      { label: 'Order type', property: 'orderType', rule: 'one of cod' },
    ]);
    expect(entryMatchRules(null, settings)[0]!.rule).toBe('no event chosen yet');
  });
});
