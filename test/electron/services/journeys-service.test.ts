import { afterEach, describe, expect, it } from 'vitest';
import { contract, createClient, type Transport } from '../../../shared/contract/index';
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
    expect(await client.app.info()).toMatchObject({ host: 'browser', dataDir: dir, databaseVersion: 1, journeySchemaVersion: 2 });
  });
});
