import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { orderEntry, step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-entries-');
const connect = useEngineCores(tempDir);

describe('entries', () => {
  it('list and filter audiences enrol their members at activation', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    for (const [id, language] of [
      ['a', 'es'],
      ['b', 'en'],
      ['c', 'es'],
    ] as const)
      await e.contact({ customerId: id, phone: '+34600000001', language });
    const list = await e.client.lists.create({ name: 'VIP' });
    await e.client.lists.addMembers({ id: list.id, customerIds: ['b'] });
    const journey = (entry: Record<string, unknown>) => [
      step('entry', 'entry', { audience: entry as never }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ];
    const byList = await e.launch(journey({ type: 'list', listId: list.id }), {}, 'By list');
    const filter = {
      combinator: 'and',
      groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'es' }] }],
    };
    const byFilter = await e.launch(journey({ type: 'filter', filter }), {}, 'By filter');
    const sent = (journeyId: string) =>
      e
        .outbox()
        .filter((row) => row.journey_id === journeyId)
        .map((row) => row.contact_id);
    expect(sent(byList.id)).toEqual(['b']);
    expect(sent(byFilter.id)).toEqual(['a', 'c']);
  });

  it('custom events match on property rules; order events on their key and the journey order parameters', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    const rules = [{ field: 'total', operator: 'greaterThan' as const, value: 100 }];
    const custom = await e.launch(
      [
        step(
          'entry',
          'entry',
          { audience: { type: 'customEvent', eventName: 'order', propertyRules: rules } },
          { next: 'msg' },
        ),
        step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { reEntry: { mode: 'always' } },
      'Big orders',
    );
    const order = await e.launch(
      [
        orderEntry('shipped', 'msg'),
        step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { reEntry: { mode: 'always' }, courierAccounts: ['dhl-main'], persona: 'customer' },
      'Shipped',
    );
    await e.send('a', 'order', { total: 50 });
    await e.send('a', 'order', { total: 150 });
    await e.send('a', 'order.shipped', { courierAccount: 'ups', persona: 'customer' });
    await e.send('a', 'order.shipped', { courierAccount: 'dhl-main', persona: 'seller' });
    await e.send('a', 'order.shipped', { courierAccount: 'dhl-main', persona: 'customer', language: 'en' });
    const runs = (journeyId: string) =>
      e.db.prepare('SELECT trigger_event FROM engine_runs WHERE journey_id = ?').pluck().all(journeyId) as string[];
    expect(runs(custom.id).map((text) => (JSON.parse(text) as { properties: unknown }).properties)).toEqual([
      { total: 150 },
    ]);
    expect(runs(order.id).map((text) => (JSON.parse(text) as { properties: unknown }).properties)).toEqual([
      { courierAccount: 'dhl-main', persona: 'customer', language: 'en' },
    ]);
  });
});
