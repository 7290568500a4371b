import { afterEach, describe, expect, it } from 'vitest';
import { contract, createClient } from '../../../shared/contract/index';
import { inProcessTransport } from '../../support/in-process-transport';
import { nameForCopy } from '../../../electron/services/journeys-service';
import { startCore, type AppCore } from '../../../electron/services/app-services';
import { LATEST_DATABASE_VERSION } from '../../../electron/services/store/database';
import { activeJourney, validDraft, withSmsMessage } from './lifecycle/support/lifecycle-journeys';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cores: AppCore[] = [];
afterEach(() => Promise.all(cores.splice(0).map((core) => core.stop())));

/** The services through the same dispatcher both hosts use, with an in-process transport. */
function connect(dataDir = tempDir()) {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  cores.push(core);
  const events: { event: string; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => events.push({ event, payload }));
  return { client: createClient(contract, inProcessTransport(core)), events, core };
}

describe('journeys service', () => {
  it('creates, renames, trashes, restores and purges, announcing each change', async () => {
    const { client, events } = connect();
    const { journey } = await client.journeys.create({ name: '  Out for delivery  ' });
    expect(journey.name).toBe('Out for delivery');
    const renamed = await client.journeys.rename({ id: journey.id, name: 'Out for delivery (SMS)' });
    expect(renamed.revision).toBe(2);
    await client.journeys.delete({ id: journey.id });
    expect(await client.journeys.list()).toEqual([]);
    expect((await client.journeys.listTrash()).map((j) => j.name)).toEqual(['Out for delivery (SMS)']);
    await client.journeys.restore({ id: journey.id });
    expect((await client.journeys.list()).map((j) => j.id)).toEqual([journey.id]);
    await client.journeys.purge({ id: journey.id });
    await expect(client.journeys.get({ id: journey.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual([
      'created',
      'updated',
      'deleted',
      'restored',
      'purged',
    ]);
  });

  it('refuses an empty name and names the field', async () => {
    const { client } = connect();
    await expect(client.journeys.create({ name: '   ' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'name', message: 'A journey needs a name (with at least one visible character)' }],
    });
  });

  it('refuses a save from a stale copy and keeps what was saved', async () => {
    const { client } = connect();
    const first = await client.journeys.create({ name: 'Delivered' });
    const saved = await client.journeys.save({
      journey: { ...first.journey, description: 'first window' },
      expectedRevision: first.revision,
    });
    await expect(
      client.journeys.save({
        journey: { ...first.journey, description: 'second window' },
        expectedRevision: first.revision,
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await client.journeys.get({ id: first.journey.id })).journey.description).toBe('first window');
    expect(saved.revision).toBe(2);
  });

  it('refuses a document that does not match the model, naming the path', async () => {
    const { client } = connect();
    const { journey, revision } = await client.journeys.create({ name: 'Broken on purpose' });
    const bad = {
      ...journey,
      nodes: [{ id: 'n1', kind: 'teleport', label: '', position: { x: 0, y: 0 }, config: {} }],
    };
    const failure = await client.journeys
      .save({ journey: bad as never, expectedRevision: revision })
      .catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BAD_INPUT' });
    expect((failure as { issues: { path: string }[] }).issues[0]!.path).toMatch(/^journey\.nodes\[0\]/);
  });

  it('reports where the data lives and which versions it speaks', async () => {
    const dir = tempDir();
    const { client } = connect(dir);
    expect(await client.app.info()).toMatchObject({
      host: 'browser',
      dataDir: dir,
      databaseVersion: LATEST_DATABASE_VERSION,
      journeySchemaVersion: 2,
      nativeDialogs: false,
    });
  });

  it('duplicates a journey as a new draft with the same graph and no history, leaving the original alone', async () => {
    const { client, events } = connect();
    const live = await activeJourney(client, 'Order shipped');
    const drafting = await client.journeys.startDraft({ id: live.journey.id });
    const original = await client.journeys.save({
      journey: {
        ...drafting.journey,
        description: 'WhatsApp first',
        notes: [
          {
            id: 'note-1',
            text: 'Ask legal',
            position: { x: 0, y: 200 },
            size: { width: 200, height: 120 },
            color: 'yellow',
          },
        ],
      },
      expectedRevision: drafting.revision,
    });
    events.length = 0;

    const copy = await client.journeys.duplicate({ id: live.journey.id });

    expect(copy).toMatchObject({ revision: 1, liveVersion: null, draftOpen: false });
    expect(copy.journey.id).not.toBe(live.journey.id);
    expect(copy.journey).toMatchObject({
      name: 'Order shipped (copy)',
      status: 'draft',
      description: 'WhatsApp first',
    });
    expect({
      nodes: copy.journey.nodes,
      edges: copy.journey.edges,
      notes: copy.journey.notes,
      settings: copy.journey.settings,
    }).toEqual({
      nodes: original.journey.nodes,
      edges: original.journey.edges,
      notes: original.journey.notes,
      settings: original.journey.settings,
    });
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id: copy.journey.id, change: 'created', revision: 1 } },
    ]);
    expect(await client.versions.list({ journeyId: copy.journey.id })).toEqual([]);
    expect((await client.journeys.transitions({ id: copy.journey.id })).map((t) => [t.from, t.to])).toEqual([
      [null, 'draft'],
    ]);

    await client.journeys.save({ journey: { ...copy.journey, nodes: [], edges: [] }, expectedRevision: copy.revision });
    expect(await client.journeys.get({ id: live.journey.id })).toEqual(original);
    const summaries = await client.journeys.list();
    expect(summaries.map((j) => [j.name, j.status, j.nodeCount, j.liveVersion, j.draftOpen]).sort()).toEqual([
      ['Order shipped (copy)', 'draft', 0, null, false],
      ['Order shipped', 'active', 3, 1, true],
    ]);
  });

  it('numbers further copies, counting names in the trash as taken, unless a name is given', async () => {
    const { client } = connect();
    const { journey } = await client.journeys.create({ name: 'Welcome' });
    const first = await client.journeys.duplicate({ id: journey.id });
    await client.journeys.delete({ id: first.journey.id });
    const second = await client.journeys.duplicate({ id: journey.id });
    const ofCopy = await client.journeys.duplicate({ id: second.journey.id });
    const named = await client.journeys.duplicate({ id: journey.id, name: '  Welcome — SMS  ' });
    expect([first, second, ofCopy, named].map((saved) => saved.journey.name)).toEqual([
      'Welcome (copy)',
      'Welcome (copy 2)',
      'Welcome (copy 3)',
      'Welcome — SMS',
    ]);
  });

  it('refuses to duplicate a journey in the trash or one that does not exist', async () => {
    const { client } = connect();
    const { journey } = await client.journeys.create({ name: 'Delivered' });
    await client.journeys.delete({ id: journey.id });
    await expect(client.journeys.duplicate({ id: journey.id })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/in the trash/),
    });
    await expect(client.journeys.duplicate({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await client.journeys.list()).toEqual([]);
  });
});

describe('journeys service: saving under the lifecycle rules', () => {
  it('answers every journey with its lifecycle state and records the creation', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Welcome' });
    expect(created).toMatchObject({ revision: 1, liveVersion: null, draftOpen: false, journey: { status: 'draft' } });
    expect(await client.journeys.get({ id: created.journey.id })).toEqual(created);
    const transitions = await client.journeys.transitions({ id: created.journey.id });
    expect(transitions).toEqual([{ from: null, to: 'draft', version: null, at: created.journey.createdAt }]);
  });

  it('keeps the stored status whatever status a save sends', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Welcome' });
    const saved = await client.journeys.save({
      journey: { ...created.journey, status: 'active', description: 'sneaky' },
      expectedRevision: created.revision,
    });
    expect(saved).toMatchObject({ liveVersion: null, journey: { status: 'draft', description: 'sneaky' } });
    expect((await client.journeys.list())[0]).toMatchObject({ status: 'draft', liveVersion: null });
    expect(await client.journeys.transitions({ id: created.journey.id })).toHaveLength(1);
  });

  it('sends a Ready journey back to Draft when what it runs changes, but not for its layout, name, description or notes', async () => {
    const { client, events } = connect();
    const draft = await validDraft(client, 'Welcome');
    const ready = await client.journeys.validate({ id: draft.journey.id });
    const moved = ready.journey.nodes.map((node) => ({
      ...node,
      position: { x: node.position.x + 40, y: node.position.y + 40 },
    }));
    const tidied = await client.journeys.save({
      journey: { ...ready.journey, nodes: moved, name: 'Welcome 2', description: 'tidied', notes: [] },
      expectedRevision: ready.revision,
    });
    expect(tidied.journey.status).toBe('ready');
    events.length = 0;

    const relabelled = moved.map((node) => (node.id === 'n-msg' ? { ...node, label: 'Shipping notice' } : node));
    const edited = await client.journeys.save({
      journey: { ...tidied.journey, nodes: relabelled },
      expectedRevision: tidied.revision,
    });

    expect(edited.journey.status).toBe('draft');
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id: draft.journey.id, change: 'lifecycle', revision: edited.revision } },
    ]);
    expect((await client.journeys.transitions({ id: draft.journey.id })).map((t) => [t.from, t.to])).toEqual([
      [null, 'draft'],
      ['draft', 'ready'],
      ['ready', 'draft'],
    ]);
  });

  it('refuses to save a journey in the trash', async () => {
    const { client } = connect();
    const created = await client.journeys.create({ name: 'Binned' });
    await client.journeys.delete({ id: created.journey.id });
    const binned = await client.journeys.get({ id: created.journey.id });
    await expect(
      client.journeys.save({ journey: binned.journey, expectedRevision: binned.revision }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '"Binned" is in the trash. Restore it before changing it.',
    });
  });

  it('renames a journey in any state: the name belongs to the journey, not to its versions', async () => {
    const { client, events } = connect();
    const live = await activeJourney(client, 'Welcome');
    events.length = 0;
    const renamed = await client.journeys.rename({ id: live.journey.id, name: 'Welcome series' });
    expect(renamed).toMatchObject({
      revision: live.revision + 1,
      liveVersion: 1,
      draftOpen: false,
      journey: { name: 'Welcome series', status: 'active' },
    });
    expect(events).toEqual([
      { event: 'journeyChanged', payload: { id: live.journey.id, change: 'updated', revision: renamed.revision } },
    ]);
    expect((await client.versions.get({ journeyId: live.journey.id, version: 1 })).journey.name).toBe('Welcome');
    await client.journeys.transition({ id: live.journey.id, to: 'stopped' });
    await client.journeys.transition({ id: live.journey.id, to: 'archived' });
    expect((await client.journeys.rename({ id: live.journey.id, name: 'Welcome (old)' })).journey).toMatchObject({
      name: 'Welcome (old)',
      status: 'archived',
    });
  });

  it('saves into the open draft of a live journey and keeps it live', async () => {
    const { client } = connect();
    const live = await activeJourney(client, 'Welcome');
    const drafting = await client.journeys.startDraft({ id: live.journey.id });
    const broken = withSmsMessage(drafting.journey, null);
    const saved = await client.journeys.save({ journey: broken, expectedRevision: drafting.revision });
    expect(saved).toMatchObject({ draftOpen: true, liveVersion: 1, journey: { status: 'active' } });
    expect((await client.journeys.list())[0]!.problems.errors).toBe(1);
  });
});

describe('nameForCopy', () => {
  it('ignores case when checking names and keeps a copy of a long name within the limit', () => {
    expect(nameForCopy('Welcome', ['welcome (COPY)'])).toBe('Welcome (copy 2)');
    expect(nameForCopy('(copy)', [])).toBe('(copy) (copy)');
    const long = nameForCopy('x'.repeat(200), []);
    expect(long).toHaveLength(200);
    expect(long.endsWith('x (copy)')).toBe(true);
  });
});
