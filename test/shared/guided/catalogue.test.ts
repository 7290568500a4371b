import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_PACKAGES,
  eventMatchesSearch,
  eventsInLifecycleOrder,
  findEvent,
  parseEventPackage,
} from '../../../shared/guided/catalogue';

const keys = (packageId: string) => BUILT_IN_PACKAGES.find((pkg) => pkg.id === packageId)!.events.map((e) => e.key);

describe('the built-in event catalogue', () => {
  it('has the forward, returns, COD and seller packages with every event the lifecycle needs', () => {
    expect(BUILT_IN_PACKAGES.map((pkg) => pkg.id)).toEqual(['forward-shipment', 'returns', 'cod', 'seller']);
    expect(keys('forward-shipment')).toEqual([
      'order.placed',
      'order.confirmed',
      'order.packed',
      'order.shipped',
      'order.in_transit',
      'order.out_for_delivery',
      'order.delivered',
      'order.delivery_failed',
      'order.delayed',
      'order.rto_initiated',
      'order.rto_delivered',
    ]);
    expect(keys('returns')).toHaveLength(6);
    expect(keys('cod')).toEqual(['cod.confirmation_requested', 'cod.verified']);
    expect(keys('seller')).toEqual([
      'seller.new_order',
      'seller.pickup_due',
      'seller.pickup_missed',
      'seller.settlement',
    ]);
  });

  it('gives shipment events the variables templates need', () => {
    expect(findEvent(BUILT_IN_PACKAGES, 'order.shipped')!.samplePayload).toMatchObject({
      orderId: expect.any(String),
      awb: expect.any(String),
      courier: expect.any(String),
      expectedDeliveryDate: expect.any(String),
      trackingUrl: expect.stringMatching(/^https:/),
      customerName: expect.any(String),
      sellerName: expect.any(String),
    });
    expect(findEvent(BUILT_IN_PACKAGES, 'return.refund_initiated')!.samplePayload).toHaveProperty('refundAmount');
    expect(findEvent(BUILT_IN_PACKAGES, 'cod.confirmation_requested')!.samplePayload).toHaveProperty('codAmount');
  });

  it('uses each event key once across the catalogue', () => {
    const all = eventsInLifecycleOrder(BUILT_IN_PACKAGES).map((event) => event.key);
    expect(new Set(all).size).toBe(all.length);
  });

  it('lists events package by package in lifecycle order, whatever order they are written in', () => {
    const pkg = { ...BUILT_IN_PACKAGES[2]!, events: [...BUILT_IN_PACKAGES[2]!.events].reverse() };
    expect(eventsInLifecycleOrder([pkg]).map((event) => event.key)).toEqual([
      'cod.confirmation_requested',
      'cod.verified',
    ]);
  });

  it('searches label, key and description, all words', () => {
    const events = eventsInLifecycleOrder(BUILT_IN_PACKAGES);
    expect(events.filter((event) => eventMatchesSearch(event, 'NDR')).map((e) => e.key)).toEqual([
      'order.delivery_failed',
    ]);
    expect(events.filter((event) => eventMatchesSearch(event, 'order.rto')).map((e) => e.key)).toEqual([
      'order.rto_initiated',
      'order.rto_delivered',
    ]);
    expect(events.filter((event) => eventMatchesSearch(event, 'refund money')).map((e) => e.key)).toEqual([
      'return.refund_completed',
    ]);
    // The package's name is not searched: "shipment" finds the events about a shipment, not all of "Forward shipment".
    const shipment = events.filter((event) => eventMatchesSearch(event, 'shipment'));
    expect(shipment.length).toBeLessThan(events.filter((event) => event.packageId === 'forward-shipment').length);
  });
});

describe('the package schema', () => {
  const valid = {
    id: 'loyalty',
    label: 'Loyalty',
    description: '',
    persona: 'customer',
    events: [
      {
        key: 'loyalty.points_earned',
        label: 'Points earned',
        description: '',
        lifecycleOrder: 1,
        samplePayload: { points: 20 },
      },
    ],
  };

  it('accepts a well-formed custom package', () => {
    expect(parseEventPackage(valid)).toEqual({ ok: true, value: valid });
  });

  it('names the field of every problem', () => {
    const result = parseEventPackage({
      ...valid,
      id: 'Loyalty Points',
      events: [
        { ...valid.events[0], key: 'Points Earned', samplePayload: { nested: { a: 1 } } },
        { ...valid.events[0], lifecycleOrder: -1, samplePayload: { 'bad key': 1 } },
        { ...valid.events[0], label: ' ' },
      ],
    });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'id', message: expect.stringContaining('lower-case letters') },
        { path: 'events[0].key', message: expect.stringContaining('"order.shipped"') },
        { path: 'events[1].samplePayload["bad key"]', message: expect.stringContaining('Payload field names') },
        { path: 'events[0].samplePayload.nested', message: expect.stringContaining('sample value') },
        { path: 'events[1].lifecycleOrder', message: 'Expected 0 or more' },
        { path: 'events[2].label', message: 'An event needs a label' },
      ]),
    );
  });

  it('refuses a key used twice in one package', () => {
    const result = parseEventPackage({ ...valid, events: [valid.events[0], valid.events[0]] });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: 'events[1].key', message: 'Duplicate event key "loyalty.points_earned": already used by events[0]' },
      ],
    });
  });
});
