import { afterEach, describe, expect, it } from 'vitest';
import { contract, createClient, type Transport } from '../../../shared/contract/index';
import { createNode } from '../../../shared/model/index';
import { nameForCopy } from '../../../electron/services/journeys-service';
import { startCore, type AppCore } from '../../../electron/services/app-services';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();
const cores: AppCore[] = [];
afterEach(() => cores.splice(0).forEach((core) => core.close()));

/** The services through the same dispatcher both hosts use, with an in-process transport. */
function connect(dataDir = tempDir()) {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  cores.push(core);
  const events: { event: string; payload: unknown }[] = [];
  core.events.subscribe((event, payload) => events.push({ event, payload }));
  const transport: Transport = { invoke: (s, m, i) => core.dispatcher.dispatch(s, m, i), subscribe: () => () => {} };
  return { client: createClient(contract, transport), events, core };
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
    expect(events.map((e) => (e.payload as { change: string }).change)).toEqual(['created', 'updated', 'deleted', 'restored', 'purged']);
  });

  it('refuses an empty name and names the field', async () => {
    const { client } = connect();
    await expect(client.journeys.create({ name: '   ' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'name', message: 'A journey needs a name' }],
    });
  });

  it('refuses a save from a stale copy and keeps what was saved', async () => {
    const { client } = connect();
    const first = await client.journeys.create({ name: 'Delivered' });
    const saved = await client.journeys.save({ journey: { ...first.journey, description: 'first window' }, expectedRevision: first.revision });
    await expect(
      client.journeys.save({ journey: { ...first.journey, description: 'second window' }, expectedRevision: first.revision }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await client.journeys.get({ id: first.journey.id })).journey.description).toBe('first window');
    expect(saved.revision).toBe(2);
  });

  it('refuses a document that does not match the model, naming the path', async () => {
    const { client } = connect();
    const { journey, revision } = await client.journeys.create({ name: 'Broken on purpose' });
    const bad = { ...journey, nodes: [{ id: 'n1', kind: 'teleport', label: '', position: { x: 0, y: 0 }, config: {} }] };
    const failure = await client.journeys.save({ journey: bad as never, expectedRevision: revision }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'BAD_INPUT' });
    expect((failure as { issues: { path: string }[] }).issues[0]!.path).toMatch(/^journey\.nodes\[0\]/);
  });

  it('reports where the data lives and which versions it speaks', async () => {
    const dir = tempDir();
    const { client } = connect(dir);
    expect(await client.app.info()).toMatchObject({ host: 'browser', dataDir: dir, databaseVersion: 3, journeySchemaVersion: 2, nativeDialogs: false });
  });

  it('duplicates a journey as a new draft with the same graph, leaving the original alone', async () => {
    const { client, events } = connect();
    const created = await client.journeys.create({ name: 'Order shipped', description: 'WhatsApp first' });
    const entry = createNode('entry', { id: 'n-entry', position: { x: 0, y: 0 } });
    const message = createNode('message', { id: 'n-msg', position: { x: 300, y: 0 } });
    const original = await client.journeys.save({
      journey: {
        ...created.journey,
        status: 'active',
        nodes: [entry, message],
        edges: [{ id: 'e1', source: 'n-entry', sourceHandle: 'next', target: 'n-msg' }],
        notes: [{ id: 'note-1', text: 'Ask legal', position: { x: 0, y: 200 }, size: { width: 200, height: 120 }, color: 'yellow' }],
      },
      expectedRevision: created.revision,
    });
    events.length = 0;

    const copy = await client.journeys.duplicate({ id: created.journey.id });

    expect(copy.revision).toBe(1);
    expect(copy.journey.id).not.toBe(created.journey.id);
    expect(copy.journey).toMatchObject({ name: 'Order shipped (copy)', status: 'draft', description: 'WhatsApp first' });
    expect({ nodes: copy.journey.nodes, edges: copy.journey.edges, notes: copy.journey.notes, settings: copy.journey.settings }).toEqual({
      nodes: original.journey.nodes,
      edges: original.journey.edges,
      notes: original.journey.notes,
      settings: original.journey.settings,
    });
    expect(events).toEqual([{ event: 'journeyChanged', payload: { id: copy.journey.id, change: 'created', revision: 1 } }]);

    await client.journeys.save({ journey: { ...copy.journey, nodes: [] }, expectedRevision: copy.revision });
    expect(await client.journeys.get({ id: created.journey.id })).toEqual(original);
    const summaries = await client.journeys.list();
    expect(summaries.map((j) => [j.name, j.status, j.nodeCount]).sort()).toEqual([
      ['Order shipped (copy)', 'draft', 0],
      ['Order shipped', 'active', 2],
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
    await expect(client.journeys.duplicate({ id: journey.id })).rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringMatching(/in the trash/) });
    await expect(client.journeys.duplicate({ id: 'nope' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await client.journeys.list()).toEqual([]);
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
