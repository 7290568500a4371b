import { describe, expect, it } from 'vitest';
import { ApiError, type RunMove } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { useTempDir } from '../../../support/temp-dir';
import { eventEntry, graphOf, START, step, useEngineCores, type Step } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-move-');
const connect = useEngineCores(tempDir);
const HOUR = 3600_000;
const DAY = 24 * HOUR;

type Engine = ReturnType<typeof connect>;

/** Opens a draft of the live journey, makes its steps these, and returns the saved revision. */
async function draftWith(e: Engine, journey: Journey, steps: Step[]): Promise<number> {
  await e.client.journeys.startDraft({ id: journey.id });
  const draft = await e.client.journeys.get({ id: journey.id });
  const saved = await e.client.journeys.save({
    journey: { ...draft.journey, ...graphOf(steps) },
    expectedRevision: draft.revision,
  });
  return saved.revision;
}

async function activateChanges(e: Engine, journey: Journey, revision: number, moves: RunMove[] = []) {
  const result = await e.client.journeys.activate({ id: journey.id, expectedRevision: revision, moves });
  await e.idle();
  return result;
}

const bodies = (e: Engine) =>
  e.outbox().map((row) => [row.contact_id, (JSON.parse(row.rendered) as { output: { body: string } }).output.body]);

/** Version 1: wait two days, then the "first" SMS. Contacts a and b wait at "Wait 2 days". */
async function twoWaiting(e: Engine) {
  const first = await e.smsTemplate('first');
  const reminder = await e.smsTemplate('reminder');
  for (const id of ['a', 'b']) await e.contact({ customerId: id, phone: '+34600000001' });
  const journey = await e.launch([
    eventEntry('go', 'wait'),
    step('wait', 'delay', { mode: 'duration', duration: { amount: 2, unit: 'days' } }, { next: 'msg' }, 'Wait 2 days'),
    step('msg', 'message', { channel: 'sms', templateId: first.id }, { next: 'exit' }, 'First'),
    step('exit', 'exit'),
  ]);
  await e.send('a', 'go');
  await e.send('b', 'go');
  // Version 2 drops the wait and sends a reminder first.
  const revision = await draftWith(e, journey, [
    eventEntry('go', 'reminder'),
    step('reminder', 'message', { channel: 'sms', templateId: reminder.id }, { next: 'msg' }, 'Reminder'),
    step('msg', 'message', { channel: 'sms', templateId: first.id }, { next: 'exit' }, 'First'),
    step('exit', 'exit'),
  ]);
  return { journey, revision, first };
}

describe('the impact of activating changes to a live journey', () => {
  it('lists who waits at which step, whether the draft changed or removed it, and where a move would go', async () => {
    const e = connect();
    const { journey } = await twoWaiting(e);
    const impact = await e.client.journeys.activationImpact({ id: journey.id });
    expect(impact).toEqual({
      liveVersion: 1,
      newVersion: 2,
      steps: [
        {
          version: 1,
          nodeId: 'wait',
          label: 'Wait 2 days',
          kind: 'delay',
          inFlight: 2,
          change: 'removed',
          // The next step of version 1 that version 2 kept.
          defaultTarget: 'msg',
        },
      ],
      targets: [
        { nodeId: 'reminder', label: 'Reminder', kind: 'message' },
        { nodeId: 'msg', label: 'First', kind: 'message' },
        { nodeId: 'exit', label: expect.any(String) as string, kind: 'exit' },
      ],
    });
  });

  it('moves the contacts of a removed step to the step chosen, and their timelines say so', async () => {
    const e = connect();
    const { journey, revision } = await twoWaiting(e);
    e.clock.advanceTo(START + HOUR);
    const result = await activateChanges(e, journey, revision, [{ version: 1, nodeId: 'wait', to: 'reminder' }]);
    expect(result).toMatchObject({ version: 2, moved: 2, stayedMidStep: 0 });
    // Taken on at once in version 2: the reminder, then the first message; nothing is left waiting.
    const forContact = (id: string) => bodies(e).filter(([contact]) => contact === id);
    expect(forContact('a')).toEqual([
      ['a', 'reminder'],
      ['a', 'first'],
    ]);
    expect(forContact('b')).toEqual([
      ['b', 'reminder'],
      ['b', 'first'],
    ]);
    expect(e.runs()).toMatchObject([
      { contact_id: 'a', version: 2, node_id: 'exit', status: 'ended' },
      { contact_id: 'b', version: 2, node_id: 'exit', status: 'ended' },
    ]);
    expect(e.counters(journey.id)).toMatchObject({ 'reminder.entered': 2 });

    const timeline = await e.client.stats.timeline({ journeyId: journey.id, contactId: 'a' });
    const steps = timeline.runs[0]!.items.flatMap((item) =>
      item.type === 'step' ? [[item.stepLabel, item.reason]] : [],
    );
    expect(steps).toContainEqual(['Wait 2 days', expect.stringContaining("delay 'Wait 2 days': waiting") as string]);
    expect(steps).toContainEqual(['Reminder', "moved from version 1 step 'Wait 2 days' to version 2 step 'Reminder'"]);
    const moved = timeline.runs[0]!.items.find(
      (item) => item.type === 'step' && item.decision === 'moved to a new version',
    );
    expect(moved?.at).toBe(new Date(START + HOUR).toISOString());
  });

  it('leaves everyone on their version unless a move is asked for', async () => {
    const e = connect();
    const { journey, revision } = await twoWaiting(e);
    const result = await activateChanges(e, journey, revision);
    expect(result).toMatchObject({ version: 2, moved: 0 });
    expect(e.runs().map((run) => [run.contact_id, run.version, run.node_id])).toEqual([
      ['a', 1, 'wait'],
      ['b', 1, 'wait'],
    ]);
    await e.advanceTo(START + 2 * DAY);
    expect(bodies(e)).toEqual([
      ['a', 'first'],
      ['b', 'first'],
    ]);
    expect(e.runs().map((run) => run.version)).toEqual([1, 1]);
  });

  it('keeps a wait at the same changed step, its new length counted from when it began', async () => {
    const e = connect();
    const sms = await e.smsTemplate('after the wait');
    const bought = await e.smsTemplate('thanks');
    for (const id of ['waiter', 'buyer']) await e.contact({ customerId: id, phone: '+34600000001' });
    // "go" waits some days before an SMS; "shop" waits some days for a purchase.
    const withEntries = (days: number, timeoutDays: number): Step[] => [
      eventEntry('go', 'wait'),
      step(
        'shop',
        'entry',
        { audience: { type: 'customEvent', eventName: 'shop', propertyRules: [] } },
        { next: 'purchase' },
      ),
      step('wait', 'delay', { mode: 'duration', duration: { amount: days, unit: 'days' } }, { next: 'msg' }),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step(
        'purchase',
        'waitForEvent',
        { event: 'custom', customEventName: 'purchase', timeout: { amount: timeoutDays, unit: 'days' } },
        { event: 'thanks', timeout: 'exit' },
      ),
      step('thanks', 'message', { channel: 'sms', templateId: bought.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ];
    const journey = await e.launch(withEntries(2, 1));
    await e.send('waiter', 'go');
    await e.send('buyer', 'shop');
    await e.advanceTo(START + 12 * HOUR);
    const revision = await draftWith(e, journey, withEntries(3, 3));
    const impact = await e.client.journeys.activationImpact({ id: journey.id });
    expect(impact.steps.map((s) => [s.nodeId, s.change, s.defaultTarget])).toEqual([
      ['wait', 'changed', 'wait'],
      ['purchase', 'changed', 'purchase'],
    ]);
    await activateChanges(e, journey, revision, [
      { version: 1, nodeId: 'wait', to: 'wait' },
      { version: 1, nodeId: 'purchase', to: 'purchase' },
    ]);
    // Version 1 would have sent at two days and given up on the purchase after one.
    await e.advanceTo(START + 2 * DAY + HOUR);
    expect(bodies(e)).toEqual([]);
    expect(e.runs().map((run) => [run.contact_id, run.version, run.status])).toEqual([
      ['waiter', 2, 'waiting'],
      ['buyer', 2, 'waiting'],
    ]);
    // The purchase still ends the kept wait, now in version 2.
    await e.send('buyer', 'purchase');
    await e.advanceTo(START + 3 * DAY);
    expect(bodies(e)).toEqual([
      ['buyer', 'thanks'],
      ['waiter', 'after the wait'],
    ]);
    expect(e.outbox().map((row) => row.created_at - START)).toEqual([2 * DAY + HOUR, 3 * DAY]);
  });

  it('lists older versions still running too, and moves their contacts as well; in a paused journey they wait for resume', async () => {
    const e = connect();
    const { journey, revision, first } = await twoWaiting(e);
    const sendFirst = step('msg', 'message', { channel: 'sms', templateId: first.id }, { next: 'exit' }, 'First');
    // a and b stay on version 1 when version 2 goes live; c enters version 3 and waits at its "Wait 3 days".
    const v2 = await activateChanges(e, journey, revision);
    await e.contact({ customerId: 'c', phone: '+34600000001' });
    const threeDays = await draftWith(e, journey, [
      eventEntry('go', 'wait3'),
      step(
        'wait3',
        'delay',
        { mode: 'duration', duration: { amount: 3, unit: 'days' } },
        { next: 'msg' },
        'Wait 3 days',
      ),
      sendFirst,
      step('exit', 'exit'),
    ]);
    const v3 = await activateChanges(e, journey, threeDays);
    expect([v2.version, v3.version]).toEqual([2, 3]);
    await e.send('c', 'go');
    // Version 4, activated while the journey is paused, drops "Wait 3 days" as well.
    await e.client.journeys.transition({ id: journey.id, to: 'paused' });
    const bare = await draftWith(e, journey, [eventEntry('go', 'msg'), sendFirst, step('exit', 'exit')]);
    const impact = await e.client.journeys.activationImpact({ id: journey.id });
    expect(impact.liveVersion).toBe(3);
    expect(impact.newVersion).toBe(4);
    expect(impact.steps.map((s) => [s.version, s.label, s.inFlight, s.change, s.defaultTarget])).toEqual([
      [3, 'Wait 3 days', 1, 'removed', 'msg'],
      [1, 'Wait 2 days', 2, 'removed', 'msg'],
    ]);
    const result = await activateChanges(e, journey, bare, [
      { version: 3, nodeId: 'wait3', to: 'msg' },
      { version: 1, nodeId: 'wait', to: 'msg' },
    ]);
    expect(result).toMatchObject({ version: 4, moved: 3, journey: { status: 'paused' } });
    await e.advanceTo(START + HOUR);
    expect(bodies(e)).toEqual([]);
    await e.client.journeys.transition({ id: journey.id, to: 'active' });
    e.engine.notify();
    await e.idle();
    expect(
      bodies(e)
        .map(([contact]) => contact)
        .sort(),
    ).toEqual(['a', 'b', 'c']);
    expect(e.runs().map((run) => run.version)).toEqual([4, 4, 4]);
  });

  it('refuses moves to steps the new version lacks or to an entry, naming each, and activates nothing', async () => {
    const e = connect();
    const { journey, revision } = await twoWaiting(e);
    const refused = await e.client.journeys
      .activate({
        id: journey.id,
        expectedRevision: revision,
        moves: [
          { version: 1, nodeId: 'wait', to: 'gone' },
          { version: 3, nodeId: 'wait', to: 'entry' },
        ],
      })
      .catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('BAD_INPUT');
    expect((refused as ApiError).issues).toEqual([
      { path: 'moves[0].to', message: 'The new version has no step "gone"' },
      { path: 'moves[1].version', message: 'The journey has no version 3' },
      { path: 'moves[1].to', message: expect.stringContaining('is an entry') as string },
    ]);
    const stored = await e.client.journeys.get({ id: journey.id });
    expect(stored).toMatchObject({ liveVersion: 1, draftOpen: true });
    expect(e.runs().map((run) => run.version)).toEqual([1, 1]);
  });

  it('leaves a contact in the middle of a send where it is, and settles that send in its own version', async () => {
    let release!: () => void;
    let sending!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (sending = resolve));
    const holding = (outbox: MessageProvider): MessageProvider => ({
      name: 'held',
      async send(message, key) {
        sending();
        await held;
        return outbox.send(message, key);
      },
    });
    const e = connect({ engine: { provider: holding } });
    const first = await e.smsTemplate('first');
    const other = await e.smsTemplate('other');
    await e.contact({ customerId: 'a', phone: '+34600000001' });
    const journey = await e.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: first.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    e.core.ingress.ingest([{ customerId: 'a', name: 'go', properties: {}, occurredAt: e.clock.now(), source: 'api' }]);
    await started;
    const revision = await draftWith(e, journey, [
      eventEntry('go', 'other'),
      step('other', 'message', { channel: 'sms', templateId: other.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    const result = await e.client.journeys.activate({
      id: journey.id,
      expectedRevision: revision,
      moves: [{ version: 1, nodeId: 'msg', to: 'other' }],
    });
    expect(result).toMatchObject({ moved: 0, stayedMidStep: 1 });
    release();
    await e.idle();
    expect(bodies(e)).toEqual([['a', 'first']]);
    expect(e.runs()).toMatchObject([{ version: 1, node_id: 'exit', status: 'ended' }]);
  });
});
