import { describe, expect, it } from 'vitest';
import { blankContact } from '../../../../shared/audience/index';
import { STEP_COUNTERS } from '../../../../shared/contract/index';
import { useTempDir } from '../../../support/temp-dir';
import { START, eventEntry, step, useEngineCores } from '../engine/support/engine-harness';

const tempDir = useTempDir('journey-studio-stats-');
const connect = useEngineCores(tempDir);

/** A small seeded generator: the same "random" contacts every run. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const tierRule = (value: string) => ({
  combinator: 'and' as const,
  groups: [{ combinator: 'and' as const, rules: [{ field: 'loyalty_tier', operator: 'equals' as const, value }] }],
});

describe('journey statistics', () => {
  it('agree with a recount from the step log, attempts and events after thousands of contacts on random branches', async () => {
    const e = connect({ engine: { batchSize: 250 } });
    await e.client.fields.create({ key: 'loyalty_tier', label: 'Loyalty tier', type: 'text' });
    const sms = await e.smsTemplate('Hi {{ customer.customerId }}');
    const email = await e.template('email', {
      subject: 'Hello',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
    });
    const next = random(7);
    const CONTACTS = 2000;
    const store = e.core.context.store;
    const people: { id: string; buys: boolean; clicks: boolean }[] = [];
    store.transaction(() => {
      for (let i = 0; i < CONTACTS; i += 1) {
        const id = `c${String(i).padStart(4, '0')}`;
        const tier = next() < 0.25 ? 'gold' : 'silver';
        const hasEmail = next() < 0.6;
        store.contacts.put({
          ...blankContact('2026-01-01T00:00:00.000Z', { loyalty_tier: tier }),
          customerId: id,
          phone: next() < 0.9 ? `+3460${String(i).padStart(7, '0')}` : null,
          email: hasEmail ? `${id}@example.com` : null,
        });
        people.push({ id, buys: next() < 0.3, clicks: next() < 0.2 });
      }
    });
    const journey = await e.launch(
      [
        eventEntry('order', 'split'),
        step(
          'split',
          'randomSplit',
          {
            branches: [
              { id: 'a', label: 'A', percent: 40 },
              { id: 'b', label: 'B', percent: 60 },
            ],
          },
          { a: 'vip', b: 'mail' },
        ),
        step('vip', 'condition', { source: 'profile', filter: tierRule('gold') }, { yes: 'gift', no: 'bye' }),
        step('gift', 'message', { channel: 'sms', templateId: sms.id }, { next: 'wait' }),
        step(
          'mail',
          'message',
          { channel: 'email', templateId: email.id, fallbacks: [{ channel: 'sms', templateId: sms.id }] },
          { next: 'wait' },
        ),
        step(
          'wait',
          'waitForEvent',
          { event: 'custom', customEventName: 'browse', timeout: { amount: 2, unit: 'days' } },
          { event: 'bye', timeout: 'bye' },
        ),
        step('bye', 'exit'),
      ],
      { goal: { eventName: 'purchase', windowHours: 72 } },
    );
    const batch = (name: string, ids: string[], properties: (id: string) => Record<string, unknown> = () => ({})) =>
      e.core.ingress.ingest(
        ids.map((customerId) => ({
          customerId,
          name,
          properties: properties(customerId),
          occurredAt: e.clock.now(),
          source: 'api' as const,
        })),
      );
    batch(
      'order',
      people.map((p) => p.id),
    );
    await e.idle();
    const keys = new Map(e.outbox().map((row) => [row.contact_id, row.idempotency_key]));
    batch(
      'message.clicked',
      people.filter((p) => p.clicks && keys.has(p.id)).map((p) => p.id),
      (id) => ({ idempotencyKey: keys.get(id), messageId: 'm' }),
    );
    batch(
      'purchase',
      people.filter((p) => p.buys).map((p) => p.id),
    );
    await e.idle();
    await e.advanceTo(START + 3600_000);

    const stats = await e.client.stats.journey({ journeyId: journey.id });
    const db = e.db;
    const count = (sql: string, ...args: unknown[]) =>
      db
        .prepare(sql)
        .pluck()
        .get(...args) as number;
    const perNode = (sql: string) =>
      Object.fromEntries(
        (db.prepare(sql).all(journey.id) as { node_id: string; n: number }[]).map((row) => [row.node_id, row.n]),
      );
    const entered = perNode(
      'SELECT node_id, count(DISTINCT run_id) AS n FROM engine_step_log WHERE journey_id = ? GROUP BY node_id',
    );
    const decisions = (decision: string) =>
      perNode(
        `SELECT node_id, count(*) AS n FROM engine_step_log WHERE journey_id = ? AND decision = '${decision}' GROUP BY node_id`,
      );
    const sent = decisions('sent');
    const fellBack = decisions('fallback');
    const failed = decisions('not sent');
    const exited = decisions('exited');
    const converted = decisions('converted: goal reached');
    const delivered = perNode(
      "SELECT node_id, count(*) AS n FROM message_attempts WHERE journey_id = ? AND status = 'delivered' GROUP BY node_id",
    );
    const clicked = perNode(
      `SELECT a.node_id, count(*) AS n FROM engine_events AS ev JOIN message_attempts AS a
       ON a.idempotency_key = json_extract(ev.properties, '$.idempotencyKey')
       WHERE a.journey_id = ? AND ev.name = 'message.clicked' GROUP BY a.node_id`,
    );
    const inFlight = perNode(
      "SELECT node_id, count(*) AS n FROM engine_runs WHERE journey_id = ? AND status <> 'ended' GROUP BY node_id",
    );
    const recount = { entered, sent, delivered, failed, fellBack, clicked, converted, exited };

    for (const s of stats.steps) {
      for (const counter of STEP_COUNTERS)
        expect([s.nodeId, counter, s[counter]]).toEqual([s.nodeId, counter, recount[counter][s.nodeId] ?? 0]);
      expect([s.nodeId, s.inFlight]).toEqual([s.nodeId, inFlight[s.nodeId] ?? 0]);
    }
    // Every branch was taken, so the comparison above covered real numbers.
    for (const id of ['vip', 'gift', 'mail', 'wait', 'bye'])
      expect(stats.steps.find((s) => s.nodeId === id)!.entered).toBeGreaterThan(0);
    expect(Object.values(fellBack).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.values(failed).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.values(clicked).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(Object.values(converted).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);

    expect(stats.totals).toEqual({
      entered: count('SELECT count(*) FROM engine_runs WHERE journey_id = ?', journey.id),
      inFlight: count("SELECT count(*) FROM engine_runs WHERE journey_id = ? AND status <> 'ended'", journey.id),
      converted: count("SELECT count(*) FROM engine_runs WHERE journey_id = ? AND outcome = 'converted'", journey.id),
    });
    expect(stats.totals.entered).toBe(CONTACTS);
    const byId = Object.fromEntries(stats.steps.map((s) => [s.nodeId, s]));
    const left = (id: string) => byId[id]!.entered - byId[id]!.inFlight;
    expect(byId.vip!.conversion).toBeCloseTo(byId.vip!.entered / left('split'));
    expect(byId.gift!.conversion).toBeCloseTo(byId.gift!.entered / left('vip'));
    const lowest = stats.steps
      .filter((s) => s.conversion !== null)
      .reduce((a, b) => (b.conversion! < a.conversion! ? b : a));
    expect(stats.lowestConversion).toBe(lowest.nodeId);

    expect(await e.client.stats.dashboard()).toEqual([{ journeyId: journey.id, ...stats.totals }]);

    const charts = await e.client.stats.charts({ journeyId: journey.id });
    expect(charts.funnel).toEqual([
      {
        version: 1,
        entered: CONTACTS,
        sent: stats.steps.reduce((sum, s) => sum + s.sent, 0),
        delivered: stats.steps.reduce((sum, s) => sum + s.delivered, 0),
        clicked: stats.steps.reduce((sum, s) => sum + s.clicked, 0),
        converted: stats.totals.converted,
      },
    ]);
    const mailEmail = charts.channels.find((c) => c.nodeId === 'mail' && c.channel === 'email')!;
    expect(mailEmail.fellBack).toBe(fellBack.mail);
    expect(mailEmail.delivered).toBe(
      count(
        "SELECT count(*) FROM message_attempts WHERE node_id = 'mail' AND channel = 'email' AND status = 'delivered'",
      ),
    );
    // The sparkline holds every entry (its minute is the database's clock, inside the last day).
    for (const series of charts.entries)
      expect(series.points.reduce((sum, p) => sum + p.count, 0)).toBe(byId[series.nodeId]!.entered);

    const csv = (await e.client.stats.exportCsv({ journeyId: journey.id, version: 1 })).content.trim().split('\r\n');
    expect(csv[0]).toBe(
      'version,step_id,step,kind,entered,sent,delivered,failed,fellBack,clicked,converted,exited,in_flight,conversion,lowest_conversion',
    );
    expect(csv).toHaveLength(stats.steps.length + 1);
    expect(csv.find((line) => line.startsWith('1,mail,'))).toBe(
      `1,mail,${byId.mail!.label},message,${STEP_COUNTERS.map((c) => byId.mail![c]).join(',')},${byId.mail!.inFlight},${byId.mail!.conversion!.toFixed(4)},${stats.lowestConversion === 'mail' ? 'yes' : ''}`,
    );
  }, 60_000);
});

describe('runs and timelines', () => {
  it("list a step's contacts with their next wake-up, and explain every branch of a contact's path", async () => {
    const e = connect();
    await e.client.fields.create({ key: 'loyalty_tier', label: 'Loyalty tier', type: 'text' });
    const sms = await e.smsTemplate('Hi');
    const email = await e.template('email', {
      subject: 'Hello',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Hi</mj-text></mj-column></mj-section></mj-body></mjml>',
    });
    for (const [id, tier] of [
      ['ann', 'silver'],
      ['bob', 'gold'],
      ['cid', 'silver'],
    ] as const)
      await e.contact({ customerId: id, phone: '+34600000001', attributes: { loyalty_tier: tier } } as never);
    const journey = await e.launch(
      [
        eventEntry('order', 'vip'),
        { ...step('vip', 'condition', { source: 'profile', filter: tierRule('gold') }, { yes: 'bye', no: 'mail' }) },
        step(
          'mail',
          'message',
          { channel: 'email', templateId: email.id, fallbacks: [{ channel: 'sms', templateId: sms.id }] },
          { next: 'wait' },
        ),
        step(
          'wait',
          'waitForEvent',
          { event: 'custom', customEventName: 'browse', timeout: { amount: 1, unit: 'days' } },
          { event: 'bye', timeout: 'bye' },
        ),
        step('bye', 'exit'),
      ],
      { timeZone: 'UTC', quietHours: { enabled: true, start: '11:00', end: '14:00' } },
    );
    // The harness names steps after their kind; the example reason names the condition "VIP?".
    e.db
      .prepare('UPDATE journey_versions SET document = replace(document, \'"label":"Condition"\', \'"label":"VIP?"\')')
      .run();
    // Ann's order happened a minute before it was sent in: the timeline still shows it.
    e.core.ingress.ingest([
      { customerId: 'ann', name: 'order', properties: {}, occurredAt: e.clock.now() - 60_000, source: 'api' },
    ]);
    for (const id of ['bob', 'cid']) await e.send(id, 'order');

    // Quiet hours until 14:00: ann and cid wait at the message step; bob went straight out.
    const waiting = await e.client.stats.runs({ journeyId: journey.id, nodeId: 'mail', limit: 1 });
    expect(waiting.items).toHaveLength(1);
    expect(waiting.items[0]).toMatchObject({
      contactId: 'ann',
      nodeId: 'mail',
      status: 'waiting',
      nextWakeAt: new Date(Date.UTC(2026, 0, 5, 14, 0)).toISOString(),
      wakePurpose: 'quiet hours',
    });
    const second = await e.client.stats.runs({ journeyId: journey.id, nodeId: 'mail', cursor: waiting.nextCursor! });
    expect(second.items.map((run) => run.contactId)).toEqual(['cid']);
    expect(second.nextCursor).toBeNull();
    expect(
      (await e.client.stats.runs({ journeyId: journey.id, state: 'ended' })).items.map((r) => r.contactId),
    ).toEqual(['bob']);
    await expect(e.client.stats.runs({ journeyId: journey.id, cursor: 'x' })).rejects.toThrow(/cursor/);

    await e.advanceTo(START + 3 * 3600_000);
    await e.send('ann', 'browse');
    const timeline = await e.client.stats.timeline({ journeyId: journey.id, contactId: 'ann' });
    expect(timeline.runs).toHaveLength(1);
    const reasons = timeline.runs[0]!.items.flatMap((item) => (item.type === 'step' ? [item.reason] : []));
    expect(reasons).toContain("condition 'VIP?' false: loyalty_tier is 'silver'");
    expect(reasons).toContain('quiet hours: deferred from 12:00 to 14:00 (UTC)');
    expect(reasons).toContain('fallback to SMS: no email address (from Email)');
    expect(reasons).toContain('browse arrived');
    const kinds = timeline.runs[0]!.items.map((item) => item.type);
    expect(kinds).toContain('attempt');
    expect(timeline.runs[0]!.items.flatMap((item) => (item.type === 'event' ? [item.name] : []))).toEqual([
      'order',
      'browse',
    ]);
    const times = timeline.runs[0]!.items.map((item) => Date.parse(item.at));
    expect(times).toEqual([...times].sort((a, b) => a - b));

    const cid = await e.client.stats.timeline({ journeyId: journey.id, contactId: 'cid' });
    await e.advanceTo(START + 2 * 24 * 3600_000);
    const later = await e.client.stats.timeline({ journeyId: journey.id, contactId: 'cid' });
    expect(later.runs[0]!.items.length).toBeGreaterThan(cid.runs[0]!.items.length);
    expect(later.runs[0]!.items.flatMap((i) => (i.type === 'step' ? [i.reason] : []))).toContain(
      'timed out waiting for browse',
    );

    const exported = await e.client.stats.exportTimeline({ journeyId: journey.id, contactId: 'ann' });
    expect(exported.mediaType).toBe('application/json');
    expect(exported.fileName).toMatch(/-ann-timeline\.json$/);
    expect(JSON.parse(exported.content)).toEqual(timeline);

    await expect(e.client.stats.journey({ journeyId: journey.id, version: 9 })).rejects.toThrow(/version 9/);
    await expect(e.client.stats.timeline({ journeyId: 'nope', contactId: 'ann' })).rejects.toThrow(/no journey/);
  }, 30_000);
});
