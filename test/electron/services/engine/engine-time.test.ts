import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-time-');
const connect = useEngineCores(tempDir);

const utc = (text: string) => Date.parse(`${text}Z`);

describe('engine timing on a virtual clock', () => {
  it('honours a 3-day delay, quiet hours across midnight in the contact zone or the journey zone, and a frequency cap', async () => {
    const e = connect();
    const sms = await e.smsTemplate('Hello {{ customer.customerId }}');
    await e.contact({ customerId: 'ny', phone: '+12125550101', timeZone: 'America/New_York' });
    await e.contact({ customerId: 'tokyo', phone: '+81312345678' });
    await e.contact({ customerId: 'madrid', phone: '+34600000003', timeZone: 'Europe/Madrid' });
    await e.launch(
      [
        eventEntry('signup', 'm1'),
        step('m1', 'message', { channel: 'sms', templateId: sms.id }, { next: 'wait' }),
        step('wait', 'delay', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, { next: 'm2' }),
        step('m2', 'message', { channel: 'sms', templateId: sms.id }, { next: 'm3' }),
        step('m3', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      {
        timeZone: 'Asia/Tokyo',
        quietHours: { enabled: true, start: '21:00', end: '08:00' },
        frequencyCap: { enabled: true, maxMessages: 1, periodHours: 24 },
      },
    );
    expect(e.clock.now()).toBe(START); // Monday 12:00 UTC: 07:00 in New York, 21:00 in Tokyo, 13:00 in Madrid
    for (const id of ['ny', 'tokyo', 'madrid']) await e.send(id, 'signup');
    await e.advanceTo(START + 6 * 86_400_000);

    const times = (contact: string) =>
      e
        .outbox()
        .filter((row) => row.contact_id === contact)
        .map((row) => [row.node_id, new Date(row.created_at).toISOString()]);
    // New York: quiet until 08:00 local (13:00 UTC); three days on; the cap holds m3 a day (08:00 again).
    expect(times('ny')).toEqual([
      ['m1', new Date(utc('2026-01-05T13:00')).toISOString()],
      ['m2', new Date(utc('2026-01-08T13:00')).toISOString()],
      ['m3', new Date(utc('2026-01-09T13:00')).toISOString()],
    ]);
    // No zone of its own: the journey's (Tokyo), where 21:00 starts the quiet hours across midnight.
    expect(times('tokyo')).toEqual([
      ['m1', new Date(utc('2026-01-05T23:00')).toISOString()],
      ['m2', new Date(utc('2026-01-08T23:00')).toISOString()],
      ['m3', new Date(utc('2026-01-09T23:00')).toISOString()],
    ]);
    expect(times('madrid')).toEqual([
      ['m1', new Date(utc('2026-01-05T12:00')).toISOString()],
      ['m2', new Date(utc('2026-01-08T12:00')).toISOString()],
      ['m3', new Date(utc('2026-01-09T12:00')).toISOString()],
    ]);
    const decisions = e.stepLog().map((row) => row.decision);
    expect(decisions.filter((d) => d === 'deferred: quiet hours')).toHaveLength(2);
    expect(decisions.filter((d) => d === 'deferred: frequency cap')).toHaveLength(3);
    const deferral = e.stepLog().find((row) => row.decision === 'deferred: quiet hours');
    expect(deferral?.detail).toMatchObject({ zone: 'America/New_York', until: '2026-01-05T13:00:00.000Z' });
  });

  it('with the cap set to skip, sends the same times but skips the capped message at once', async () => {
    const e = connect();
    const sms = await e.smsTemplate('Hello {{ customer.customerId }}');
    await e.contact({ customerId: 'ny', phone: '+12125550101', timeZone: 'America/New_York' });
    await e.contact({ customerId: 'tokyo', phone: '+81312345678' });
    const journey = await e.launch(
      [
        eventEntry('signup', 'm1'),
        step('m1', 'message', { channel: 'sms', templateId: sms.id }, { next: 'wait' }),
        step('wait', 'delay', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, { next: 'm2' }),
        step('m2', 'message', { channel: 'sms', templateId: sms.id }, { next: 'm3' }),
        step('m3', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      {
        timeZone: 'Asia/Tokyo',
        quietHours: { enabled: true, start: '21:00', end: '08:00' },
        frequencyCap: { enabled: true, maxMessages: 1, periodHours: 24, whenOver: 'skip' },
      },
    );
    for (const id of ['ny', 'tokyo']) await e.send(id, 'signup');
    await e.advanceTo(START + 6 * 86_400_000);

    const sent = e.outbox().map((row) => [row.contact_id, row.node_id, new Date(row.created_at).toISOString()]);
    expect(sent).toEqual([
      ['ny', 'm1', new Date(utc('2026-01-05T13:00')).toISOString()],
      ['tokyo', 'm1', new Date(utc('2026-01-05T23:00')).toISOString()],
      ['ny', 'm2', new Date(utc('2026-01-08T13:00')).toISOString()],
      ['tokyo', 'm2', new Date(utc('2026-01-08T23:00')).toISOString()],
    ]);
    const skips = e.stepLog().filter((row) => row.decision.startsWith('skipped'));
    expect(skips.map((row) => [row.node_id, row.decision, new Date(row.at).toISOString()])).toEqual([
      ['m3', 'skipped: frequency cap (1 per 1 day)', new Date(utc('2026-01-08T13:00')).toISOString()],
      ['m3', 'skipped: frequency cap (1 per 1 day)', new Date(utc('2026-01-08T23:00')).toISOString()],
    ]);
    expect(e.runs().map((run) => [run.contact_id, run.node_id, run.status])).toEqual([
      ['ny', 'exit', 'ended'],
      ['tokyo', 'exit', 'ended'],
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'm3.skipped': 2, 'exit.exited': 2 });
  });

  it('waits until a time of day in the contact zone, and until a date', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'madrid', phone: '+34600000003', timeZone: 'Europe/Madrid' });
    await e.launch([
      eventEntry('go', 'tod'),
      step('tod', 'delay', { mode: 'timeOfDay', time: '09:30' }, { next: 'm1' }),
      step('m1', 'message', { channel: 'sms', templateId: sms.id }, { next: 'date' }),
      step('date', 'delay', { mode: 'date', date: '2026-02-01T10:00' }, { next: 'm2' }),
      step('m2', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('madrid', 'go');
    await e.advanceTo(utc('2026-03-01T00:00'));
    expect(e.outbox().map((row) => [row.node_id, new Date(row.created_at).toISOString()])).toEqual([
      ['m1', '2026-01-06T08:30:00.000Z'],
      ['m2', '2026-02-01T09:00:00.000Z'],
    ]);
  });
});
