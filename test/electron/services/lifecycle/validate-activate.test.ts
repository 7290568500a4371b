import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';
import { activeJourney, smsReady, validDraft, withSmsMessage } from './support/lifecycle-journeys';

const connect = useCores(useTempDir());

describe('journeys.validate', () => {
  it('turns a clean draft Ready and a Ready journey with errors back to Draft, logging both moves', async () => {
    const { client, events } = connect();
    const draft = await validDraft(client);
    const id = draft.journey.id;
    events.length = 0;

    const checked = await client.journeys.validate({ id });
    expect(checked).toMatchObject({
      journey: { status: 'ready' },
      revision: draft.revision + 1,
      liveVersion: null,
      draftOpen: false,
      diagnostics: [],
    });
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id, change: 'lifecycle', revision: checked.revision } },
    ]);
    // A verdict is not an edit: the dashboard order stays.
    expect(checked.journey.updatedAt).toBe(draft.journey.updatedAt);

    await client.templates.delete({ id: draft.templateId });
    const broken = await client.journeys.validate({ id });
    expect(broken.journey.status).toBe('draft');
    expect(broken.diagnostics.map((d) => [d.severity, d.code])).toContainEqual(['error', 'TEMPLATE_NOT_FOUND']);
    expect((await client.journeys.transitions({ id })).map((t) => [t.from, t.to, t.version])).toEqual([
      [null, 'draft', null],
      ['draft', 'ready', null],
      ['ready', 'draft', null],
    ]);
  });

  it('leaves the status alone when nothing moves, and does not bump the revision', async () => {
    const { client, events } = connect();
    const { journey, revision } = await client.journeys.create({ name: 'Empty' });
    events.length = 0;
    const checked = await client.journeys.validate({ id: journey.id });
    expect(checked.journey.status).toBe('draft');
    expect(checked.revision).toBe(revision);
    expect(checked.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(events).toEqual([]);
  });

  it('checks with what the app knows: a channel without a provider and a template on another channel', async () => {
    const { client } = connect();
    const email = await client.templates.create({ channel: 'email', name: 'Shipped email' });
    const created = await client.journeys.create({ name: 'Order shipped' });
    await client.journeys.save({
      journey: withSmsMessage(created.journey, email.id),
      expectedRevision: created.revision,
    });
    const { diagnostics } = await client.journeys.validate({ id: created.journey.id });
    const codes = diagnostics.map((d) => d.code);
    expect(codes).toContain('TEMPLATE_CHANNEL_MISMATCH');
    expect(codes).toContain('CHANNEL_NOT_CONFIGURED');

    await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
    expect((await client.journeys.validate({ id: created.journey.id })).diagnostics.map((d) => d.code)).not.toContain(
      'CHANNEL_NOT_CONFIGURED',
    );
    await client.settings.set({ key: 'channels.sms.provider', value: null });
    expect((await client.journeys.validate({ id: created.journey.id })).diagnostics.map((d) => d.code)).toContain(
      'CHANNEL_NOT_CONFIGURED',
    );
  });

  it('sees a template edited after the previous check', async () => {
    const { client } = connect();
    const draft = await validDraft(client);
    const before = await client.journeys.validate({ id: draft.journey.id });
    expect(before.diagnostics).toEqual([]);
    await client.templates.update({
      id: draft.templateId,
      content: { body: 'Track it: {{ event.trackingUrl }}', senderId: 'SHOP' },
    });
    const after = await client.journeys.validate({ id: draft.journey.id });
    expect(after.diagnostics.map((d) => d.code)).toContain('UNDEFINED_VARIABLE');
  });

  it('answers NOT_FOUND for an unknown journey', async () => {
    const { client } = connect();
    await expect(client.journeys.validate({ id: 'nope' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'There is no journey with id "nope".',
    });
  });
});

describe('journeys.activate', () => {
  it('freezes the document as version 1, goes active and logs the move, in one change', async () => {
    const { client, events, core } = connect();
    const draft = await validDraft(client);
    const id = draft.journey.id;
    events.length = 0;

    const activated = await client.journeys.activate({ id, expectedRevision: draft.revision });

    expect(activated).toMatchObject({
      version: 1,
      liveVersion: 1,
      draftOpen: false,
      revision: draft.revision + 1,
      journey: { status: 'active' },
    });
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id, change: 'lifecycle', revision: activated.revision } },
    ]);
    const frozen = await client.versions.get({ journeyId: id, version: 1 });
    expect(frozen.journey).toEqual(activated.journey);
    expect(frozen.templates.map((t) => t.id)).toEqual([draft.templateId]);
    const transitions = await client.journeys.transitions({ id });
    expect(transitions.map((t) => [t.from, t.to, t.version])).toEqual([
      [null, 'draft', null],
      ['draft', 'active', 1],
    ]);
    expect(transitions[1]!.at).toBe(activated.journey.updatedAt);
    expect(core.context.store.journeys.list()[0]).toMatchObject({ status: 'active', liveVersion: 1, draftOpen: false });
  });

  it('activates a Ready journey too', async () => {
    const { client } = connect();
    const draft = await validDraft(client);
    const ready = await client.journeys.validate({ id: draft.journey.id });
    const activated = await client.journeys.activate({ id: draft.journey.id, expectedRevision: ready.revision });
    expect(activated.journey.status).toBe('active');
    expect((await client.journeys.transitions({ id: draft.journey.id })).map((t) => t.to)).toEqual([
      'draft',
      'ready',
      'active',
    ]);
  });

  it('refuses a journey with errors with INVALID_JOURNEY, listing every error with where it is, and changes nothing', async () => {
    const { client } = connect();
    await smsReady(client);
    const created = await client.journeys.create({ name: 'Welcome' });
    const journey = withSmsMessage(created.journey, null);
    journey.edges = journey.edges.filter((edge) => edge.id !== 'e2');
    const saved = await client.journeys.save({ journey, expectedRevision: created.revision });
    const errors = (await client.journeys.validate({ id: journey.id })).diagnostics.filter(
      (d) => d.severity === 'error',
    );
    expect(errors.length).toBeGreaterThanOrEqual(2);

    const failure = await client.journeys
      .activate({ id: journey.id, expectedRevision: saved.revision })
      .catch((error: unknown) => error);

    expect(failure).toMatchObject({
      code: 'INVALID_JOURNEY',
      message: `"Welcome" has ${errors.length} errors and cannot be activated: ${errors[0]!.message}`,
      issues: errors.map((d) => ({ path: d.path ?? `nodes/${d.nodeId}`, message: d.message })),
    });
    expect(await client.journeys.get({ id: journey.id })).toMatchObject({
      revision: saved.revision,
      liveVersion: null,
      journey: { status: 'draft' },
    });
    expect(await client.versions.list({ journeyId: journey.id })).toEqual([]);
  });

  it('words a single error in the singular', async () => {
    const { client } = connect();
    await smsReady(client);
    const created = await client.journeys.create({ name: 'Welcome' });
    const saved = await client.journeys.save({
      journey: withSmsMessage(created.journey, null),
      expectedRevision: created.revision,
    });
    await expect(
      client.journeys.activate({ id: created.journey.id, expectedRevision: saved.revision }),
    ).rejects.toMatchObject({
      code: 'INVALID_JOURNEY',
      message: '"Welcome" has 1 error and cannot be activated: "Shipped SMS" has no SMS template chosen.',
      issues: [{ path: 'nodes[1].config.templateId', message: '"Shipped SMS" has no SMS template chosen.' }],
    });
  });

  it('refuses a stale revision with CONFLICT and freezes nothing', async () => {
    const { client } = connect();
    const draft = await validDraft(client);
    await client.journeys.rename({ id: draft.journey.id, name: 'Renamed elsewhere' });
    await expect(
      client.journeys.activate({ id: draft.journey.id, expectedRevision: draft.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `"Renamed elsewhere" was changed elsewhere (revision ${draft.revision + 1}, this copy is ${draft.revision}). Reload it before activating it.`,
    });
    expect(await client.versions.list({ journeyId: draft.journey.id })).toEqual([]);
  });

  it('refuses a live journey without a draft, a stopped, an archived and a trashed journey, each saying what to do', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Live');
    await expect(
      client.journeys.activate({ id: live.journey.id, expectedRevision: live.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" is already active (version 1) and has no draft to activate. Start a draft to change it.',
    });

    const stopped = await client.journeys.transition({ id: live.journey.id, to: 'stopped' });
    await expect(
      client.journeys.activate({ id: live.journey.id, expectedRevision: stopped.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" is stopped. Duplicate it to run it again as a new journey.',
    });
    const archived = await client.journeys.transition({ id: live.journey.id, to: 'archived' });
    await expect(
      client.journeys.activate({ id: live.journey.id, expectedRevision: archived.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Live" is archived. Unarchive it, then activate it.',
    });

    const other = await validDraft(client, 'Binned');
    await client.journeys.delete({ id: other.journey.id });
    const binned = await client.journeys.get({ id: other.journey.id });
    await expect(
      client.journeys.activate({ id: other.journey.id, expectedRevision: binned.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Binned" is in the trash. Restore it before activating it.',
    });
  });

  it("activates an open draft's changes as the next version; a paused journey stays paused with it", async () => {
    const { client } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    const paused = await client.journeys.transition({ id, to: 'paused' });
    const drafting = await client.journeys.startDraft({ id });
    expect(drafting.revision).toBe(paused.revision + 1);
    const edited = await client.journeys.save({
      journey: { ...drafting.journey, description: 'v2' },
      expectedRevision: drafting.revision,
    });

    const published = await client.journeys.activate({ id, expectedRevision: edited.revision });

    expect(published).toMatchObject({
      version: 2,
      liveVersion: 2,
      draftOpen: false,
      journey: { status: 'paused', description: 'v2' },
    });
    expect((await client.journeys.transitions({ id })).slice(-2).map((t) => [t.from, t.to, t.version])).toEqual([
      ['active', 'paused', 1],
      ['paused', 'paused', 2],
    ]);
    expect((await client.versions.get({ journeyId: id, version: 1 })).journey.description).toBe('');
    const resumed = await client.journeys.transition({ id, to: 'active' });
    expect(resumed).toMatchObject({ liveVersion: 2, journey: { status: 'active' } });
  });
});

describe('frozen versions', () => {
  it('keep the document and template contents they were activated with, whatever is edited later', async () => {
    const { client } = connect();
    const live = await activeJourney(client);
    const id = live.journey.id;
    const versionBefore = await client.versions.get({ journeyId: id, version: 1 });

    const drafting = await client.journeys.startDraft({ id });
    await client.journeys.save({
      journey: { ...drafting.journey, nodes: drafting.journey.nodes.map((n) => ({ ...n, label: `${n.label}!` })) },
      expectedRevision: drafting.revision,
    });
    await client.templates.update({
      id: live.templateId,
      content: { body: 'Changed after activation', senderId: 'SHOP' },
    });
    await client.journeys.rename({ id, name: 'Renamed later' });

    expect(await client.versions.get({ journeyId: id, version: 1 })).toEqual(versionBefore);
    expect(versionBefore.templates[0]).toMatchObject({
      id: live.templateId,
      content: { body: 'Your order has shipped.' },
    });
    expect(versionBefore.journey.name).toBe('Order shipped');
  });
});
