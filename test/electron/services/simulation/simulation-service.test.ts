import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import type { ApiError } from '../../../../shared/contract/index';
import { createNode, type JourneyNode, type NodeKind } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-simulation-service-');
const connect = useCores(tempDir);
const START = Date.UTC(2026, 2, 2, 10);

function node<K extends NodeKind>(id: string, kind: K, config: object, label = ''): JourneyNode {
  const made = createNode(kind, { id, position: { x: 0, y: 0 } });
  return { ...made, label, config: { ...made.config, ...config } } as JourneyNode;
}

/** A draft journey (never activated): entry on "signup", an email, a week's wait for a purchase, an email when there was none. */
async function draftWithEmail(client: ReturnType<typeof connect>['client']) {
  await client.fields.create({ key: 'firstName', label: 'First name', type: 'text' });
  const welcome = await client.templates.create({
    channel: 'email',
    name: 'Welcome',
    content: {
      subject: 'Welcome, {{ customer.firstName }}',
      preheader: '',
      fromName: 'Shop',
      mjml: '<mjml><mj-body><mj-section><mj-column><mj-text>Dear {{ customer.firstName }}</mj-text></mj-column></mj-section></mj-body></mjml>',
    },
  });
  const created = await client.journeys.create({ name: 'Welcome series' });
  const nodes = [
    node('entry', 'entry', { audience: { type: 'customEvent', eventName: 'signup', propertyRules: [] } }),
    node('mail', 'message', { channel: 'email', templateId: welcome.id }, 'Welcome mail'),
    node(
      'bought',
      'retarget',
      { conversionEvent: 'purchase', window: { amount: 7, unit: 'days' } },
      'Bought within a week?',
    ),
    node('again', 'message', { channel: 'email', templateId: welcome.id }, 'Second mail'),
    node('exit', 'exit', {}),
  ];
  const edge = (source: string, sourceHandle: string, target: string) => ({
    id: `${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  });
  const edges = [
    edge('entry', 'next', 'mail'),
    edge('mail', 'next', 'bought'),
    edge('bought', 'converted', 'exit'),
    edge('bought', 'notConverted', 'again'),
    edge('again', 'next', 'exit'),
  ];
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  return saved.journey;
}

/** The error simulation.run answers with, or null when it ran. */
function refusalOf(client: ReturnType<typeof connect>['client'], input: unknown) {
  return client.simulation.run(input as never).then(
    () => null,
    (error: ApiError) => ({ code: error.code, message: error.message, issues: error.issues ?? [] }),
  );
}

describe('simulation.run', () => {
  it('runs a draft for a contact, a sample profile and a typed profile, with emails rendered, and changes nothing real', async () => {
    const { client, core } = connect({ clock: createVirtualClock(START) });
    const journey = await draftWithEmail(client);
    await client.contacts.save({ contact: { customerId: 'cus_bo', firstName: 'Bo', email: 'bo@example.com' } });
    const sample = await client.profiles.create({
      name: 'Ann',
      data: { customer: { firstName: 'Ann', email: 'ann@example.com' }, order: {}, event: {} },
    });
    const result = await client.simulation.run({
      journeyId: journey.id,
      profiles: [
        { type: 'contact', customerId: 'cus_bo' },
        { type: 'sample', profileId: sample.id },
        { type: 'profile', fields: { customerId: 'typed', firstName: 'Cy', email: 'cy@example.com' } },
      ],
      events: [{ after: '3d', name: 'purchase', customerId: 'cus_bo' }],
      horizonMs: 10 * 86_400_000,
    });
    expect(result.version).toBeNull();
    expect(result.startedAt).toBe(new Date(START).toISOString());
    expect(result.contacts.map((contact) => [contact.customerId, contact.outcome, contact.path.length])).toEqual([
      ['cus_bo', 'exited', 4],
      ['sample-2', 'exited', 5],
      ['typed', 'exited', 5],
    ]);
    const bo = result.contacts[0]!.steps;
    expect(bo.find((step) => step.nodeId === 'bought' && step.decision === 'converted')?.at).toBe(
      new Date(START + 3 * 86_400_000).toISOString(),
    );
    const annMails = result.contacts[1]!.steps.filter((step) => step.kind === 'message');
    expect(annMails.map((step) => [step.label, step.message!.recipient])).toEqual([
      ['Welcome mail', 'ann@example.com'],
      ['Second mail', 'ann@example.com'],
    ]);
    expect(annMails[0]!.message!.rendered).toMatchObject({ ok: true, output: { subject: 'Welcome, Ann' } });
    expect(JSON.stringify(annMails[0]!.message!.rendered)).toContain('Dear Ann');
    expect(result.paths).toEqual([
      {
        path: ['entry', 'mail', 'bought', 'again', 'exit'],
        labels: ['entry', 'Welcome mail', 'Bought within a week?', 'Second mail', 'exit'],
        count: 2,
      },
      {
        path: ['entry', 'mail', 'bought', 'exit'],
        labels: ['entry', 'Welcome mail', 'Bought within a week?', 'exit'],
        count: 1,
      },
    ]);
    const db = core.context.store.db;
    for (const table of ['outbox_messages', 'engine_runs', 'engine_events', 'engine_node_counters', 'message_attempts'])
      expect(db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get(), table).toBe(0);
    expect(db.prepare('SELECT COUNT(*) FROM contacts').pluck().get()).toBe(1);
  });

  it('refuses an unknown contact or version and a script it cannot read, naming the field', async () => {
    const { client } = connect({ clock: createVirtualClock(START) });
    const journey = await draftWithEmail(client);
    const refusal = async (input: unknown) => {
      const refused = await refusalOf(client, input);
      return refused && `${refused.code} ${refused.message} ${JSON.stringify(refused.issues)}`;
    };
    expect(await refusal({ journeyId: journey.id, profiles: [{ type: 'contact', customerId: 'nobody' }] })).toMatch(
      /NOT_FOUND profiles\[0\]\.customerId/,
    );
    expect(
      await refusal({
        journeyId: journey.id,
        version: 3,
        profiles: [{ type: 'profile', fields: { customerId: 'a' } }],
      }),
    ).toMatch(/NOT_FOUND .*no version 3/);
    expect(
      await refusal({
        journeyId: journey.id,
        profiles: [{ type: 'profile', fields: { customerId: 'a' } }],
        events: [{ after: 'soon', name: 'purchase' }],
      }),
    ).toMatch(/BAD_INPUT .*events\[0\]\.after: Write a delay/);
    expect(
      await refusal({
        journeyId: journey.id,
        profiles: [{ type: 'profile', fields: { customerId: 'a', tier: 'gold' } }],
      }),
    ).toMatch(/BAD_INPUT profiles\[0\].*tier/);
  });

  it('refuses a journey with errors, naming each, and a script with an unknown event or a negative delay', async () => {
    const { client } = connect({ clock: createVirtualClock(START) });
    const journey = await draftWithEmail(client);
    const refusal = (input: unknown) => refusalOf(client, input);
    const someone = [{ type: 'profile', fields: { customerId: 'a' } }];
    expect(
      await refusal({ journeyId: journey.id, profiles: someone, events: [{ after: '-2h', name: 'purchase' }] }),
    ).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/events\[0\]\.after: A delay cannot be negative/),
    });
    expect(
      await refusal({ journeyId: journey.id, profiles: someone, events: [{ after: -5, name: 'purchase' }] }),
    ).toMatchObject({
      message: expect.stringMatching(/events\[0\]\.after: A delay cannot be negative/),
    });
    expect(
      await refusal({ journeyId: journey.id, profiles: someone, events: [{ after: '1d', name: 'purchse' }] }),
    ).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(
        /events\[0\]\.name: "purchse" is not an event this journey reacts to.*"signup", "purchase", "message\.clicked"/,
      ),
    });
    expect(
      await refusal({ journeyId: journey.id, profiles: someone, entryEvent: { name: 'sign-up', properties: {} } }),
    ).toMatchObject({ message: expect.stringMatching(/entryEvent\.name: "sign-up" is not an event/) });

    // A message without a template.
    const stored = await client.journeys.get({ id: journey.id });
    const broken = {
      ...stored.journey,
      nodes: stored.journey.nodes.map((step) =>
        step.id === 'again' ? { ...step, config: { ...step.config, templateId: null } } : step,
      ) as JourneyNode[],
    };
    await client.journeys.save({ journey: broken, expectedRevision: stored.revision });
    const refused = await refusal({ journeyId: journey.id, profiles: someone });
    expect(refused?.code).toBe('INVALID_JOURNEY');
    expect(refused?.message).toMatch(/^"Welcome series" has 1 error and cannot be tried until they are fixed: /);
    expect(refused?.issues).toEqual([
      { path: 'nodes[3].config.templateId', message: expect.stringMatching(/template/i) },
    ]);
  });

  it('renders with the app’s own MJML worker, which prepare starts before the first run', async () => {
    const prepared = connect({ clock: createVirtualClock(START) });
    const first = await draftWithEmail(prepared.client);
    expect(prepared.core.context.renderer.mjml!.workersStarted).toBe(0);
    expect(await prepared.client.simulation.prepare({ journeyId: first.id })).toEqual({ email: true });
    expect(prepared.core.context.renderer.mjml!.workersStarted).toBe(1);

    const { client, core } = connect({ clock: createVirtualClock(START) });
    const journey = await draftWithEmail(client);
    const mjml = core.context.renderer.mjml!;
    const result = await client.simulation.run({
      journeyId: journey.id,
      profiles: [{ type: 'generated', count: 30 }],
      horizonMs: 10 * 86_400_000,
      timelinesFor: 5,
      timelineOf: ['generated-17'],
    });
    // No worker of its own: the scratch core rendered with the app's (starting it), and its end left it running.
    expect(mjml.workersStarted).toBe(1);
    expect((await mjml.render('<mjml><mj-body></mj-body></mjml>')).kind).toBe('rendered');
    const withTimeline = result.contacts.filter((contact) => !contact.timelineLeftOut).map((c) => c.customerId);
    expect(withTimeline).toEqual([
      'generated-1',
      'generated-2',
      'generated-3',
      'generated-4',
      'generated-5',
      'generated-17',
    ]);
    const mail = result.contacts[16]!.steps.find((step) => step.kind === 'message')!;
    expect(mail.message!.rendered).toMatchObject({ output: { html: expect.stringContaining('Dear') } });
    expect(result.contacts[20]!.steps).toEqual([]);
    expect(result.contacts[20]!.path.length).toBeGreaterThan(1);
  });

  it('says which connections each profile followed and how many followed each', async () => {
    const { client } = connect({ clock: createVirtualClock(START) });
    const journey = await draftWithEmail(client);
    const result = await client.simulation.run({
      journeyId: journey.id,
      profiles: [
        { type: 'profile', fields: { customerId: 'buyer', email: 'b@example.com' } },
        { type: 'profile', fields: { customerId: 'browser', email: 'c@example.com' } },
      ],
      events: [{ after: '1d', name: 'purchase', customerId: 'buyer' }],
      horizonMs: 10 * 86_400_000,
    });
    expect(result.contacts.map((contact) => contact.edges)).toEqual([
      ['entry-next', 'mail-next', 'bought-converted'],
      ['entry-next', 'mail-next', 'bought-notConverted', 'again-next'],
    ]);
    expect(result.edgeCounts).toEqual({
      'entry-next': 2,
      'mail-next': 2,
      'bought-converted': 1,
      'bought-notConverted': 1,
      'again-next': 1,
    });
  });

  it('generates many profiles, varying the fields the journey reads, the same ones for the same seed', async () => {
    const { client } = connect({ clock: createVirtualClock(START) });
    await client.fields.create({ key: 'tier', label: 'Tier', type: 'text' });
    const created = await client.journeys.create({ name: 'Tiers' });
    const condition = node('vip', 'condition', {
      source: 'profile',
      filter: {
        combinator: 'and',
        groups: [{ combinator: 'and', rules: [{ field: 'tier', operator: 'equals', value: 'gold' }] }],
      },
    });
    const saved = await client.journeys.save({
      journey: {
        ...created.journey,
        nodes: [
          node('entry', 'entry', { audience: { type: 'customEvent', eventName: 'signup', propertyRules: [] } }),
          condition,
          node('gold', 'exit', {}),
          node('other', 'exit', {}),
        ],
        edges: [
          { id: 'in', source: 'entry', sourceHandle: 'next', target: 'vip' },
          { id: 'yes', source: 'vip', sourceHandle: 'yes', target: 'gold' },
          { id: 'no', source: 'vip', sourceHandle: 'no', target: 'other' },
        ],
      },
      expectedRevision: created.revision,
    });
    const run = () =>
      client.simulation.run({
        journeyId: saved.journey.id,
        profiles: [{ type: 'generated', count: 300, seed: 7 }],
        horizonMs: 86_400_000,
      });
    const result = await run();
    expect(result.contacts).toHaveLength(300);
    expect(result.contacts[0]!.customerId).toBe('generated-1');
    expect(result.stepCounts.vip).toBe(300);
    // Gold is one of the few values drawn for the tier: some go each way.
    expect(result.edgeCounts.yes).toBeGreaterThan(30);
    expect(result.edgeCounts.no).toBeGreaterThan(30);
    expect(result.edgeCounts.yes! + result.edgeCounts.no!).toBe(300);
    expect((await run()).edgeCounts).toEqual(result.edgeCounts);
    expect(
      await refusalOf(client, { journeyId: saved.journey.id, profiles: [{ type: 'generated', count: 10_001 }] }),
    ).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('at most 10000') });

    // Two batches number on from each other rather than both starting at generated-1.
    const batches = await client.simulation.run({
      journeyId: saved.journey.id,
      profiles: [
        { type: 'generated', count: 2, seed: 7 },
        { type: 'profile', fields: { customerId: 'typed' } },
        { type: 'generated', count: 3, seed: 8 },
      ],
      horizonMs: 86_400_000,
    });
    expect(batches.contacts.map((contact) => contact.customerId)).toEqual([
      'generated-1',
      'generated-2',
      'typed',
      'generated-3',
      'generated-4',
      'generated-5',
    ]);
    // A clash still names the entry of the input it came from, not its place among the generated.
    expect(
      await refusalOf(client, {
        journeyId: saved.journey.id,
        profiles: [
          { type: 'profile', fields: { customerId: 'generated-2' } },
          { type: 'generated', count: 3 },
        ],
      }),
    ).toMatchObject({
      code: 'BAD_INPUT',
      message: 'profiles[1] (generated-2).customerId: "generated-2" is simulated twice.',
    });
    expect(
      await refusalOf(client, {
        journeyId: saved.journey.id,
        profiles: [
          { type: 'generated', count: 3 },
          { type: 'profile', fields: { customerId: 'x', shoeSize: 42 } },
        ],
      }),
    ).toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/^profiles\[1\]: There is no customer field "shoeSize"/),
    });
  });
});
