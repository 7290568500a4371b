import { describe, expect, it } from 'vitest';
import { startCore } from '../../../../electron/services/app-services';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-life-');
const connect = useEngineCores(tempDir);
const HOUR = 3600_000;

/** Contact "a" started on a journey that waits an hour before an SMS: one run in flight. */
async function waitingForAnSms(e: ReturnType<typeof connect>) {
  const sms = await e.smsTemplate();
  await e.contact({ customerId: 'a', phone: '+34600000001' });
  const journey = await e.launch([
    eventEntry('go', 'wait'),
    step('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'hours' } }, { next: 'msg' }),
    step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
    step('exit', 'exit'),
  ]);
  await e.send('a', 'go');
  return journey;
}

describe('engine lifecycle', () => {
  it('enrols an all-contacts audience at activation in batches, once per contact', async () => {
    const e = connect({ engine: { batchSize: 3 } });
    const sms = await e.smsTemplate();
    for (let i = 0; i < 8; i += 1) await e.contact({ customerId: `c${i}`, phone: `+3460000000${i}` });
    const journey = await e.launch([
      step('entry', 'entry', { audience: { type: 'all' } }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    expect(e.outbox()).toHaveLength(8);
    expect(e.counters(journey.id)).toMatchObject({ 'entry.entered': 8, 'msg.sent': 8, 'exit.exited': 8 });
    const enrolment = e.db.prepare('SELECT * FROM engine_journeys WHERE journey_id = ?').get(journey.id);
    expect(enrolment).toMatchObject({ enrol_done: 1, enrolled_count: 8 });
  });

  it('pauses keeping due times and catches up in due order on resume', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    for (const id of ['a', 'b', 'c']) await e.contact({ customerId: id, phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('go', 'wait'),
      step('wait', 'delay', { mode: 'duration', duration: { amount: 2, unit: 'hours' } }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    await e.send('b', 'go');
    await e.advanceTo(START + HOUR);
    await e.send('a', 'go'); // due at START + 3h
    const paused = await e.client.journeys.transition({ id: journey.id, to: 'paused' });
    await e.advanceTo(START + 10 * HOUR);
    expect(e.outbox()).toEqual([]);
    await e.send('c', 'go'); // a paused journey takes no new entries
    await e.client.journeys.transition({ id: journey.id, to: 'active' });
    e.engine.notify();
    await e.idle();
    expect(paused.journey.status).toBe('paused');
    expect(e.outbox().map((row) => [row.contact_id, row.created_at - START])).toEqual([
      ['b', 10 * HOUR],
      ['a', 10 * HOUR],
    ]);
    expect(e.runs().map((run) => run.contact_id)).toEqual(['b', 'a']);
  });

  it('keeps runs in flight on their version while new entries take the newest', async () => {
    const e = connect();
    const v1 = await e.smsTemplate('version one');
    const v2 = await e.smsTemplate('version two');
    for (const id of ['early', 'late']) await e.contact({ customerId: id, phone: '+34600000001' });
    const steps = (templateId: string) => [
      eventEntry('go', 'wait'),
      step('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId }, { next: 'exit' }),
      step('exit', 'exit'),
    ];
    const journey = await e.launch(steps(v1.id));
    await e.send('early', 'go');
    const draft = await e.client.journeys.startDraft({ id: journey.id });
    const edited = await e.client.journeys.get({ id: journey.id });
    const nodes = edited.journey.nodes.map((node) =>
      node.kind === 'message' ? { ...node, config: { ...node.config, templateId: v2.id } } : node,
    );
    const saved = await e.client.journeys.save({
      journey: { ...edited.journey, nodes },
      expectedRevision: draft.revision,
    });
    await e.client.journeys.activate({ id: journey.id, expectedRevision: saved.revision });
    await e.send('late', 'go');
    await e.advanceTo(START + 2 * 86_400_000);
    const bodies = e
      .outbox()
      .map((row) => [row.contact_id, (JSON.parse(row.rendered) as { output: { body: string } }).output.body]);
    expect(bodies).toEqual([
      ['early', 'version one'],
      ['late', 'version two'],
    ]);
    expect(e.runs().map((run) => run.version)).toEqual([1, 2]);
  });

  it('stops with exit now: runs in flight end and send nothing more', async () => {
    const e = connect();
    const journey = await waitingForAnSms(e);
    await e.client.journeys.transition({ id: journey.id, to: 'stopped', exitInFlight: true });
    expect(e.runs()).toMatchObject([{ status: 'ended', outcome: 'stopped' }]);
    await e.advanceTo(START + 3 * HOUR);
    expect(e.outbox()).toEqual([]);
    expect(e.counters(journey.id)).toMatchObject({ 'wait.exited': 1 });
  });

  it('stops letting runs in flight finish unless told to exit them now', async () => {
    const e = connect();
    const journey = await waitingForAnSms(e);
    await e.contact({ customerId: 'b', phone: '+34600000002' });
    await e.client.journeys.transition({ id: journey.id, to: 'stopped' });
    await e.send('b', 'go'); // nobody new enters a stopped journey
    await e.advanceTo(START + 3 * HOUR);
    expect(e.outbox()).toHaveLength(1);
    expect(e.runs()).toMatchObject([{ status: 'ended', outcome: 'exited' }]);
  });

  it('enforces re-entry, and exits a contact as converted on the journey goal', async () => {
    const e = connect();
    const sms = await e.smsTemplate();
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    const journey = await e.launch(
      [
        eventEntry('cart', 'wait'),
        step('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }, { next: 'msg' }),
        step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { reEntry: { mode: 'after-period', periodHours: 48 }, goal: { eventName: 'purchase', windowHours: 72 } },
    );
    await e.send('a', 'cart');
    await e.send('a', 'cart'); // in flight: no second run
    await e.advanceTo(START + HOUR);
    await e.send('a', 'purchase');
    expect(e.runs()).toMatchObject([{ status: 'ended', outcome: 'converted' }]);
    await e.send('a', 'cart'); // ended, but within 48 h of the last start
    await e.advanceTo(START + 49 * HOUR);
    await e.send('a', 'cart');
    await e.advanceTo(START + 80 * HOUR);
    expect(e.runs().map((run) => run.outcome)).toEqual(['converted', 'exited']);
    expect(e.outbox()).toHaveLength(1);
    expect(e.counters(journey.id)).toMatchObject({ 'wait.converted': 1, 'entry.entered': 2 });
  });

  it('stop with exit now works from another process on the folder (as the command line does)', async () => {
    const dataDir = tempDir();
    const e = connect({ dataDir });
    const journey = await waitingForAnSms(e);
    const other = startCore({ dataDir, host: 'browser', appVersion: 'test' });
    try {
      const stopped = await other.dispatcher.dispatch('journeys', 'transition', {
        id: journey.id,
        to: 'stopped',
        exitInFlight: true,
      });
      expect(stopped.ok).toBe(true);
    } finally {
      await other.stop();
    }
    await e.advanceTo(START + 3 * HOUR);
    expect(e.outbox()).toEqual([]);
    expect(e.runs()).toMatchObject([{ status: 'ended', outcome: 'stopped' }]);
  });
});
