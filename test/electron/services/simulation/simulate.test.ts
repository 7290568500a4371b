import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGE_EVENTS } from '../../../../electron/services/engine/message-events';
import { simulate, SimulationError, withoutTiming } from '../../../../electron/services/simulation/simulate';
import type { ScriptedEvent, SimulationResult, Template } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { eventEntry, orderEntry, START, step, useEngineCores } from '../engine/support/engine-harness';

const tempDir = useTempDir('journey-studio-simulation-');
const connect = useEngineCores(tempDir);
const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const HORIZON = 30 * DAY;

/** A webhook receiver on 127.0.0.1 answering an empty 200, as the simulation's stand-in does. */
async function receiver(): Promise<{ url: string; calls: () => number }> {
  let calls = 0;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      calls += 1;
      response.writeHead(200).end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, calls: () => calls };
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Event and outbox ids are fresh UUIDs in every database; everything else must match exactly. */
const masked = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(UUID, '<uuid>')) as T;

const CONTACTS = [
  { customerId: 'es', phone: '+34600000001', language: 'es' },
  { customerId: 'en1', phone: '+34600000002', language: 'en' },
  { customerId: 'en2', phone: '+34600000003', language: 'en' },
  { customerId: 'en3', phone: '+34600000004', language: 'en' },
  { customerId: 'tokyo', phone: '+34600000005', language: 'en', timeZone: 'Asia/Tokyo' },
  { customerId: 'nophone', language: 'es' },
];

/** Every step kind (a message with a fallback): entry, condition, random paths, profile update, message, wait for a click, webhook, delay, retarget, exit. */
async function launchEveryKind(e: ReturnType<ReturnType<typeof useEngineCores>>, hookUrl: string) {
  const offer = await e.smsTemplate('Offer for {{ customer.customerId }} in {{ customer.language }}');
  const thanks = await e.smsTemplate('Thanks {{ customer.customerId }}');
  const inapp = await e.template('inapp', {
    title: 'Offer',
    body: 'For {{ customer.customerId }}',
    imageUrl: '',
    buttons: [],
  });
  for (const contact of CONTACTS) await e.contact(contact);
  return e.launch(
    [
      eventEntry('signup', 'lang'),
      step(
        'lang',
        'condition',
        {
          source: 'profile',
          filter: {
            combinator: 'and',
            groups: [{ combinator: 'and', rules: [{ field: 'language', operator: 'equals', value: 'es' }] }],
          },
        },
        { yes: 'offer', no: 'split' },
      ),
      step(
        'split',
        'randomSplit',
        {
          branches: [
            { id: 'a', label: 'A', percent: 50 },
            { id: 'b', label: 'B', percent: 50 },
          ],
        },
        { a: 'offer', b: 'set' },
      ),
      step('set', 'updateProfile', { updates: [{ field: 'language', value: 'fr' }] }, { next: 'offer' }),
      step(
        'offer',
        'message',
        { channel: 'sms', templateId: offer.id, fallbacks: [{ channel: 'inapp', templateId: inapp.id }] },
        { next: 'click' },
      ),
      step(
        'click',
        'waitForEvent',
        { event: 'clicked', customEventName: '', timeout: { amount: 1, unit: 'days' } },
        { event: 'hook', timeout: 'pause' },
      ),
      step('hook', 'webhook', { method: 'POST', url: hookUrl, bodyTemplate: '{}' }, { success: 'rt', failure: 'exit' }),
      step('pause', 'delay', { mode: 'duration', duration: { amount: 2, unit: 'days' } }, { next: 'rt' }),
      step(
        'rt',
        'retarget',
        { conversionEvent: 'purchase', window: { amount: 5, unit: 'days' } },
        { converted: 'thanks', notConverted: 'exit' },
      ),
      step('thanks', 'message', { channel: 'sms', templateId: thanks.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ],
    { quietHours: { enabled: true, start: '21:00', end: '08:00' }, timeZone: 'Europe/Madrid' },
  );
}

/** The script both runs follow: a click after 2 h for one contact, a purchase after 3 days for two. */
const SCRIPT: ScriptedEvent[] = [
  { after: '2h', name: MESSAGE_EVENTS.clicked, customerId: 'es' },
  { after: '3d', name: 'purchase', properties: { total: 40 }, customerId: 'en1' },
  { after: '3d', name: 'purchase', properties: { total: 90 }, customerId: 'tokyo' },
];

/** Per contact: the simulation's step log and messages equal what the engine recorded for real. */
function expectSameAsEngine(
  e: ReturnType<ReturnType<typeof useEngineCores>>,
  result: SimulationResult,
  customerIds: readonly string[],
) {
  for (const customerId of customerIds) {
    const runs = e.runs().filter((run) => run.contact_id === customerId);
    const realSteps = runs.flatMap((run) =>
      e.stepLog(run.id).map((row) => ({ nodeId: row.node_id, at: row.at, decision: row.decision, detail: row.detail })),
    );
    const realMessages = e
      .outbox()
      .filter((row) => row.contact_id === customerId)
      .map((row) => ({
        nodeId: row.node_id,
        at: row.created_at,
        channel: row.channel,
        recipient: row.recipient,
        idempotencyKey: row.idempotency_key,
        rendered: withoutTiming(JSON.parse(row.rendered) as unknown),
      }));
    const simulated = result.contacts.find((contact) => contact.customerId === customerId)!;
    const simSteps = simulated.steps
      .filter((s) => s.kind === 'step')
      .map((s) => ({ nodeId: s.nodeId, at: Date.parse(s.at), decision: s.decision, detail: s.detail }));
    const simMessages = simulated.steps
      .filter((s) => s.kind === 'message')
      .map((s) => ({ nodeId: s.nodeId, at: Date.parse(s.at), ...s.message! }));
    expect(masked(simSteps), customerId).toEqual(masked(realSteps));
    expect(simMessages, customerId).toEqual(realMessages);
    expect(simulated.outcome).toBe(runs.at(-1)?.outcome ?? null);
  }
}

/** The frozen journey of every kind, for the six contacts and the script, over 30 days. */
function everyKindSpec(frozen: { journey: Journey; templates: Template[] }) {
  return {
    journey: frozen.journey,
    templates: frozen.templates,
    fields: [],
    profiles: CONTACTS,
    events: SCRIPT,
    start: START,
    horizonMs: HORIZON,
  };
}

describe('simulating a journey', () => {
  it('takes the same steps, at the same times, with the same messages as the engine does for real', async () => {
    const hook = await receiver();
    const e = connect();
    const journey = await launchEveryKind(e, hook.url);
    const store = e.core.context.store;
    const frozen = store.versions.find(journey.id, 1)!;
    const profiles = CONTACTS.map((contact) => store.contacts.find(contact.customerId)!);

    // The real engine, on its own virtual clock, following the script by hand.
    for (const contact of CONTACTS) await e.send(contact.customerId, 'signup');
    await e.advanceTo(START + 2 * HOUR);
    const offer = e.outbox().find((row) => row.contact_id === 'es')!;
    await e.send('es', MESSAGE_EVENTS.clicked, { messageId: offer.id, idempotencyKey: offer.idempotency_key });
    await e.advanceTo(START + 3 * DAY);
    await e.send('en1', 'purchase', { total: 40 });
    await e.send('tokyo', 'purchase', { total: 90 });
    await e.advanceTo(START + HORIZON);

    const result = await simulate({
      journey: frozen.journey,
      templates: frozen.templates,
      fields: [],
      profiles,
      events: SCRIPT,
      start: START,
      horizonMs: HORIZON,
    });

    expectSameAsEngine(
      e,
      result,
      CONTACTS.map((contact) => contact.customerId),
    );

    // The paths differ between contacts, and each kind was exercised somewhere.
    const visited = new Set(result.contacts.flatMap((contact) => contact.path));
    for (const id of ['lang', 'split', 'offer', 'click', 'hook', 'pause', 'rt', 'thanks', 'exit'])
      expect(visited).toContain(id);
    expect(result.contacts.find((c) => c.customerId === 'es')!.path).toEqual([
      'entry',
      'lang',
      'offer',
      'click',
      'hook',
      'rt',
      'exit',
    ]);
    expect(result.paths.reduce((sum, path) => sum + path.count, 0)).toBe(CONTACTS.length);
    // The real webhook was called once (for the one click); the simulation called nothing.
    expect(hook.calls()).toBe(1);
  });

  it('gives the same result every time it runs, and explains each branch in the contact’s own time', async () => {
    const hook = await receiver();
    const e = connect();
    const journey = await launchEveryKind(e, hook.url);
    const store = e.core.context.store;
    const frozen = store.versions.find(journey.id, 1)!;
    const spec = everyKindSpec(frozen);
    const first = await simulate(spec);
    const second = await simulate(spec);
    expect(masked(second)).toEqual(masked(first));
    expect(hook.calls()).toBe(0);

    const tokyo = first.contacts.find((contact) => contact.customerId === 'tokyo')!;
    expect(tokyo.timeZone).toBe('Asia/Tokyo');
    // 12:00 UTC is 21:00 in Tokyo: the offer waits for the end of the quiet hours.
    expect(tokyo.steps.find((s) => s.decision === 'deferred: quiet hours')?.reason).toMatch(/quiet hours/);
    expect(tokyo.steps[0]!.localTime).toBe('2026-01-05 21:00 (Asia/Tokyo)');
    const es = first.contacts.find((contact) => contact.customerId === 'es')!;
    expect(es.steps.find((s) => s.nodeId === 'lang')!.reason).toMatch(/true|yes/i);
    const message = es.steps.find((s) => s.kind === 'message')!;
    expect(message.message!.rendered).toMatchObject({ output: { body: 'Offer for es in es' } });
    const nophone = first.contacts.find((contact) => contact.customerId === 'nophone')!;
    expect(nophone.steps.find((s) => s.decision === 'fallback')!.reason).toBe(
      'fallback to In-app / In-web: no sms address (from SMS)',
    );
    expect(nophone.steps.filter((s) => s.kind === 'message').map((s) => s.message!.channel)).toEqual(['inapp']);
    expect(first.stepCounts.entry).toBe(CONTACTS.length);
  });

  it('leaves out the timelines after the first profiles, and running again for one gives the timeline the full run had', async () => {
    const hook = await receiver();
    const e = connect();
    const journey = await launchEveryKind(e, hook.url);
    const frozen = e.core.context.store.versions.find(journey.id, 1)!;
    const spec = everyKindSpec(frozen);
    const full = await simulate(spec);
    const short = await simulate({ ...spec, timelinesFor: 2 });
    // The first two keep their timelines; the rest only their path, connections and ending.
    expect(short.contacts.map((contact) => contact.timelineLeftOut ?? false)).toEqual([
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(masked(short.contacts.slice(0, 2))).toEqual(masked(full.contacts.slice(0, 2)));
    for (const [index, contact] of short.contacts.entries()) {
      const whole = full.contacts[index]!;
      expect(contact.path).toEqual(whole.path);
      expect(contact.edges).toEqual(whole.edges);
      expect(contact.outcome).toBe(whole.outcome);
      if (index >= 2) expect(contact.steps).toEqual([]);
    }
    // Counts and paths do not depend on which timelines come back.
    expect({ ...short, contacts: [] }).toEqual({ ...full, contacts: [] });

    // Picked later: the same input again, with that one profile's timeline, messages as rendered included.
    const picked = await simulate({ ...spec, timelinesFor: 0, timelineOf: ['nophone'] });
    const nophone = picked.contacts.find((contact) => contact.customerId === 'nophone')!;
    expect(nophone.timelineLeftOut).toBeUndefined();
    expect(masked(nophone)).toEqual(masked(full.contacts.find((contact) => contact.customerId === 'nophone')!));
    expect(nophone.steps.some((s) => s.kind === 'message' && s.message!.rendered !== undefined)).toBe(true);
    expect(picked.contacts.filter((contact) => !contact.timelineLeftOut)).toHaveLength(1);
    await expect(simulate({ ...spec, timelineOf: ['nobody'] })).rejects.toThrow(
      'timelineOf[0]: "nobody" is not one of the simulated profiles.',
    );
  });

  it('applies the goal, the frequency cap and re-entry as the engine does', async () => {
    const e = connect();
    const first = await e.smsTemplate('First {{ customer.customerId }}');
    const second = await e.smsTemplate('Second {{ customer.customerId }}');
    for (const id of ['a', 'b', 'c']) await e.contact({ customerId: id, phone: '+34600000010' });
    const journey = await e.launch(
      [
        eventEntry('signup', 'm1'),
        step('m1', 'message', { channel: 'sms', templateId: first.id }, { next: 'hour' }),
        step('hour', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'hours' } }, { next: 'm2' }),
        step('m2', 'message', { channel: 'sms', templateId: second.id }, { next: 'days' }),
        step('days', 'delay', { mode: 'duration', duration: { amount: 3, unit: 'days' } }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      {
        goal: { eventName: 'purchase', windowHours: 48 },
        frequencyCap: { enabled: true, maxMessages: 1, periodHours: 24 },
        reEntry: { mode: 'after-period', periodHours: 24 },
      },
    );
    for (const id of ['a', 'b', 'c']) await e.send(id, 'signup');
    await e.advanceTo(START + 2 * HOUR);
    await e.send('a', 'signup');
    await e.advanceTo(START + 30 * HOUR);
    await e.send('a', 'purchase');
    await e.advanceTo(START + 5 * DAY);
    await e.send('b', 'signup');
    await e.advanceTo(START + 12 * DAY);

    const frozen = e.core.context.store.versions.find(journey.id, 1)!;
    const result = await simulate({
      journey: frozen.journey,
      templates: frozen.templates,
      fields: [],
      profiles: ['a', 'b', 'c'].map((id) => e.core.context.store.contacts.find(id)!),
      events: [
        { after: '2h', name: 'signup', customerId: 'a' },
        { after: '30h', name: 'purchase', customerId: 'a' },
        { after: '5d', name: 'signup', customerId: 'b' },
      ],
      start: START,
      horizonMs: 12 * DAY,
    });
    expectSameAsEngine(e, result, ['a', 'b', 'c']);
    expect(result.contacts.find((c) => c.customerId === 'a')!.outcome).toBe('converted');
    // b entered twice (again after the 24 h re-entry period).
    expect(
      result.contacts.find((c) => c.customerId === 'b')!.steps.filter((s) => s.decision === 'entered'),
    ).toHaveLength(2);
    expect(result.contacts.flatMap((c) => c.steps).some((s) => /frequency cap/.test(s.decision))).toBe(true);
  });

  it('names what is wrong with a profile or a scripted event', async () => {
    const e = connect();
    const journey = await launchEveryKind(e, 'http://127.0.0.1:9/hook');
    const frozen = e.core.context.store.versions.find(journey.id, 1)!;
    const base = { journey: frozen.journey, templates: frozen.templates, fields: [], start: START };
    await expect(simulate({ ...base, profiles: [{ customerId: 'x', loyalty_tier: 'gold' }] })).rejects.toThrow(
      /profiles\[0\].*loyalty_tier/,
    );
    await expect(
      simulate({ ...base, profiles: [{ customerId: 'x' }], events: [{ after: 'soon', name: 'purchase' }] }),
    ).rejects.toThrow(SimulationError);
    await expect(
      simulate({
        ...base,
        profiles: [{ customerId: 'x' }],
        events: [{ after: '1h', name: 'purchase', customerId: 'y' }],
      }),
    ).rejects.toThrow(/events\[0\]\.customerId/);
  });

  it('takes a scripted event for any entry, an order event under each name the engine starts runs on', async () => {
    const e = connect();
    const sms = await e.smsTemplate('Hi {{ customer.customerId }}');
    const journey = await e.launch(
      [
        eventEntry('signup', 'msg'),
        orderEntry('shipped', 'msg', 'shipped'),
        step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
        step('exit', 'exit'),
      ],
      { reEntry: { mode: 'always' } },
    );
    const frozen = e.core.context.store.versions.find(journey.id, 1)!;
    const result = await simulate({
      journey: frozen.journey,
      templates: frozen.templates,
      fields: [],
      start: START,
      horizonMs: DAY,
      profiles: [{ customerId: 'a', phone: '+34600000001' }],
      events: [
        { after: '1h', name: 'order.shipped', properties: { language: 'en' } },
        { after: '2h', name: 'order-lifecycle.shipped', properties: { language: 'en' } },
      ],
    });
    // signup at the start, then each name of the order event: three runs, three messages.
    const sent = result.contacts[0]!.steps.filter((line) => line.kind === 'message');
    expect(sent.map((line) => line.at)).toEqual([0, 1, 2].map((hours) => new Date(START + hours * HOUR).toISOString()));
  });
});
