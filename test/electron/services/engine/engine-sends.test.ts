import { describe, expect, it } from 'vitest';
import type { JourneySettings } from '../../../../shared/model/index';
import { putSmsContacts } from '../../../support/engine-seed';
import { useTempDir } from '../../../support/temp-dir';
import { eventEntry, START, step, useEngineCores } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-sends-');
const connect = useEngineCores(tempDir);

const HOUR = 3600_000;

/** A journey entered on an event (so nobody enters on activation): SMS, then a day's wait, then exit. */
async function smsJourney(e: ReturnType<typeof connect>, reEntry: JourneySettings['reEntry']) {
  const sms = await e.smsTemplate('Hi {{ customer.customerId }}, code {{ journey.state.code }}');
  return e.launch(
    [
      eventEntry('never.sent', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'wait' }),
      step('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, { next: 'exit' }),
      step('exit', 'exit'),
    ],
    { reEntry },
  );
}

describe('sends: enrolling given contacts through the engine store', () => {
  it('enrols exactly the queued contacts at the first entry, in batches, with the journey state in their messages', async () => {
    const e = connect({ engine: { batchSize: 4 } });
    putSmsContacts(e.core.context.store, 10, 2);
    const journey = await smsJourney(e, { mode: 'never' });
    e.db
      .prepare(
        "INSERT INTO api_journey_state (journey_id, name, value, client_id, created_at, updated_at) VALUES (?, 'code', '\"SPRING\"', 'k', 'x', 'x')",
      )
      .run(journey.id);
    const named = ['c01', 'c03', 'c05', 'c07', 'c09', 'c03'];
    const { id, duplicate } = e.core.engineStore.queueSend(
      { id: 'send-1', journeyId: journey.id, requestKey: 'k1', audience: 'list', createdAt: START },
      named,
    );
    expect({ id, duplicate }).toEqual({ id: 'send-1', duplicate: false });
    e.engine.notify();
    await e.idle();
    expect(e.core.engineStore.send('send-1')).toMatchObject({
      customers: 5,
      enrolled: 5,
      skipped: 0,
      pending: 0,
      finishedAt: START,
    });
    expect(
      e
        .outbox()
        .map((row) => row.contact_id)
        .sort(),
    ).toEqual(['c01', 'c03', 'c05', 'c07', 'c09']);
    expect(e.outbox()[0]!.rendered).toContain('code SPRING');
    expect(e.counters(journey.id)).toMatchObject({ 'msg.entered': 5 });
    // The same request key finds the first send: nothing is queued again.
    const again = e.core.engineStore.queueSend(
      { id: 'send-2', journeyId: journey.id, requestKey: 'k1', audience: 'list', createdAt: START },
      ['c02'],
    );
    expect(again).toEqual({ id: 'send-1', duplicate: true });
    e.engine.notify();
    await e.idle();
    expect(e.outbox()).toHaveLength(5);
  });

  it('keeps the re-entry rule: "after a period" lets a contact in again only once its run ended and the period passed', async () => {
    const e = connect();
    putSmsContacts(e.core.context.store, 2, 2);
    const journey = await smsJourney(e, { mode: 'after-period', periodHours: 48 });
    const queue = (id: string, at: number) => {
      e.core.engineStore.queueSend(
        { id, journeyId: journey.id, requestKey: id, audience: 'all', createdAt: at },
        'all',
      );
      e.engine.notify();
      return e.idle();
    };
    await queue('first', START);
    expect(e.core.engineStore.send('first')).toMatchObject({ customers: 2, enrolled: 2 });
    await queue('still-in', START + HOUR);
    expect(e.core.engineStore.send('still-in')).toMatchObject({ enrolled: 0, skipped: 2 });
    await e.advanceTo(START + 30 * HOUR);
    await queue('too-soon', START + 30 * HOUR);
    expect(e.core.engineStore.send('too-soon')).toMatchObject({ enrolled: 0, skipped: 2 });
    await e.advanceTo(START + 49 * HOUR);
    await queue('again', START + 49 * HOUR);
    expect(e.core.engineStore.send('again')).toMatchObject({ enrolled: 2, skipped: 0 });
    expect(e.outbox()).toHaveLength(4);
  });

  it('enrols no one into a journey that stopped before the send was taken up', async () => {
    const e = connect();
    putSmsContacts(e.core.context.store, 3, 2);
    const journey = await smsJourney(e, { mode: 'always' });
    await e.client.journeys.transition({ id: journey.id, to: 'stopped' });
    e.core.engineStore.queueSend(
      { id: 'late', journeyId: journey.id, requestKey: 'late', audience: 'all', createdAt: START },
      'all',
    );
    e.engine.notify();
    await e.idle();
    expect(e.core.engineStore.send('late')).toMatchObject({ customers: 3, enrolled: 0, skipped: 3, pending: 0 });
    expect(e.outbox()).toHaveLength(0);
  });
});
