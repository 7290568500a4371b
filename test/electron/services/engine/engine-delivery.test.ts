import { describe, expect, it } from 'vitest';
import type {
  DeliveryReport,
  DeliveryReportListener,
  MessageProvider,
} from '../../../../electron/services/providers/provider';
import { MESSAGE_EVENTS } from '../../../../electron/services/engine/message-events';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-delivery-');
const connect = useEngineCores(tempDir);

const HOUR = 3600_000;

/**
 * A provider that stores SMS in the outbox like any other message but, like a real SMS gateway,
 * does not know at once whether it arrived: it promises a delivery report, which the test sends
 * (or never does) through the port's onDeliveryReport.
 */
function reportingSms() {
  const listeners = new Set<DeliveryReportListener>();
  return {
    report: (report: DeliveryReport) => listeners.forEach((listener) => listener(report)),
    wrap: (outbox: MessageProvider): MessageProvider => ({
      name: 'sms-gateway',
      async send(message, key) {
        const result = await outbox.send(message, key);
        if (message.channel !== 'sms' || result.status !== 'accepted') return result;
        return { ...result, delivered: false, reportsDelivery: true };
      },
      onDeliveryReport(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    }),
  };
}

describe('fall back when a message is not delivered in time', () => {
  it('goes on at a delivery report, falls back at a failure report or when the window passes without one', async () => {
    const gateway = reportingSms();
    const e = connect({ engine: { provider: gateway.wrap } });
    const sms = await e.smsTemplate();
    const inapp = await e.template('inapp', { title: 'Hi', body: 'In app', imageUrl: '', buttons: [] });
    for (const id of ['ok', 'bounced', 'silent']) await e.contact({ customerId: id, phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step(
        'msg',
        'message',
        {
          channel: 'sms',
          templateId: sms.id,
          fallbacks: [{ channel: 'inapp', templateId: inapp.id }],
          deliveryWindow: { amount: 2, unit: 'hours' },
        },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);
    for (const id of ['ok', 'bounced', 'silent']) await e.send(id, 'go');
    const smsKey = (contact: string) =>
      e.outbox().find((row) => row.contact_id === contact && row.channel === 'sms')!.idempotency_key;
    expect(e.runs().map((run) => [run.contact_id, run.node_id, run.status])).toEqual([
      ['ok', 'msg', 'waiting'],
      ['bounced', 'msg', 'waiting'],
      ['silent', 'msg', 'waiting'],
    ]);

    // Someone reporting another contact's message (through the events API, say) changes nothing.
    await e.send('ok', MESSAGE_EVENTS.delivered, { idempotencyKey: smsKey('silent') });

    await e.advanceTo(START + HOUR / 2);
    gateway.report({ idempotencyKey: smsKey('ok'), status: 'delivered' });
    gateway.report({ idempotencyKey: smsKey('ok'), status: 'delivered' }); // a repeated report counts once
    await e.idle();
    await e.advanceTo(START + (3 * HOUR) / 4);
    gateway.report({ idempotencyKey: smsKey('bounced'), status: 'failed', reason: 'number unreachable' });
    await e.idle();
    await e.advanceTo(START + 3 * HOUR);

    expect(e.outbox().map((row) => [row.contact_id, row.channel, row.created_at - START])).toEqual([
      ['ok', 'sms', 0],
      ['bounced', 'sms', 0],
      ['silent', 'sms', 0],
      ['bounced', 'inapp', (3 * HOUR) / 4],
      ['silent', 'inapp', 2 * HOUR],
    ]);
    expect(e.runs().map((run) => [run.contact_id, run.node_id, run.status])).toEqual([
      ['ok', 'exit', 'ended'],
      ['bounced', 'exit', 'ended'],
      ['silent', 'exit', 'ended'],
    ]);
    const logOf = (contact: string) =>
      e
        .stepLog(e.runs().find((run) => run.contact_id === contact)!.id)
        .filter((row) => row.node_id === 'msg')
        .map((row) => [row.decision, row.at - START]);
    expect(logOf('ok')).toEqual([
      ['sending', 0],
      ['sent: waiting for delivery', 0],
      ['delivered', HOUR / 2],
    ]);
    expect(logOf('silent')).toEqual([
      ['sending', 0],
      ['sent: waiting for delivery', 0],
      ['not delivered within 2 hours', 2 * HOUR],
      ['fallback', 2 * HOUR],
      ['sending', 2 * HOUR],
      ['sent', 2 * HOUR],
    ]);
    expect(e.stepLog().find((row) => row.decision.startsWith('delivery failed'))?.decision).toBe(
      'delivery failed: number unreachable',
    );
    const attempts = e.db
      .prepare('SELECT contact_id, channel, status, error FROM message_attempts ORDER BY id')
      .all() as Record<string, unknown>[];
    expect(attempts).toEqual([
      { contact_id: 'ok', channel: 'sms', status: 'delivered', error: null },
      { contact_id: 'bounced', channel: 'sms', status: 'failed', error: 'number unreachable' },
      { contact_id: 'silent', channel: 'sms', status: 'accepted', error: null },
      { contact_id: 'bounced', channel: 'inapp', status: 'delivered', error: null },
      { contact_id: 'silent', channel: 'inapp', status: 'delivered', error: null },
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.sent': 5, 'msg.delivered': 3, 'msg.fellBack': 2 });

    // A report after the window only corrects the record: the contact has moved on.
    gateway.report({ idempotencyKey: smsKey('silent'), status: 'delivered' });
    await e.idle();
    expect(e.outbox()).toHaveLength(5);
    expect(e.counters(journey.id)).toMatchObject({ 'msg.delivered': 4, 'msg.fellBack': 2 });
  });

  it('never waits on the outbox, which delivers at once', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    await e.launch([
      eventEntry('go', 'msg'),
      step(
        'msg',
        'message',
        { channel: 'sms', templateId: sms.id, deliveryWindow: { amount: 1, unit: 'minutes' } },
        { next: 'exit' },
      ),
      step('exit', 'exit'),
    ]);
    await e.send('a', 'go');
    expect(e.runs()).toMatchObject([{ node_id: 'exit', status: 'ended' }]);
    expect(e.stepLog().map((row) => row.decision)).not.toContain('sent: waiting for delivery');
    expect(e.engine.nextDue()).toBeNull();
  });
});

describe('frequency cap set to skip', () => {
  it('skips messages over the cap, logs why, counts them and goes on at once', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    const journey = await e.launch(
      [
        eventEntry('go', 'm1'),
        step('m1', 'message', { channel: 'sms', templateId: sms.id }, { next: 'm2' }),
        step('m2', 'message', { channel: 'sms', templateId: sms.id }, { next: 'm3' }),
        step('m3', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { frequencyCap: { enabled: true, maxMessages: 2, periodHours: 24, whenOver: 'skip' } },
    );
    await e.send('a', 'go');
    expect(e.outbox().map((row) => row.node_id)).toEqual(['m1', 'm2']);
    expect(e.runs()).toMatchObject([{ node_id: 'exit', status: 'ended' }]);
    const skipped = e.stepLog().filter((row) => row.decision.startsWith('skipped'));
    expect(skipped.map((row) => [row.node_id, row.decision, row.at])).toEqual([
      ['m3', 'skipped: frequency cap (2 per 1 day)', START],
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'm1.sent': 1, 'm2.sent': 1, 'm3.skipped': 1, 'exit.entered': 1 });
    expect(e.counters(journey.id)['m3.sent']).toBeUndefined();
  });
});
