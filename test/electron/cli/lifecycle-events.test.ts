import { describe, expect, it } from 'vitest';
import { contract, createClient } from '../../../shared/contract/index';
import { runCli } from '../../../electron/cli/main';
import { startCore, type AppCore } from '../../../electron/services/app-services';
import { inProcessTransport } from '../../support/in-process-transport';
import { useTempDir } from '../../support/temp-dir';
import { validDraft } from '../services/lifecycle/support/lifecycle-journeys';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();

/** Runs `work` with the services over the data directory, closing the database afterwards as the CLI does. */
async function inDataDir<T>(dataDir: string, work: (core: AppCore) => Promise<T> | T): Promise<T> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    return await work(core);
  } finally {
    await core.stop();
  }
}

async function dataDirWithDraft(name = 'Order shipped') {
  const dataDir = tempDir();
  const id = await inDataDir(dataDir, async (core) => {
    const client = createClient(contract, inProcessTransport(core));
    return (await validDraft(client, name)).journey.id;
  });
  return { dataDir, id };
}

async function run(...argv: string[]) {
  const io = captureIo();
  const code = await runCli(argv, io);
  return { code, out: io.outText(), err: io.errText() };
}

const transitions = (dataDir: string, id: string) =>
  inDataDir(dataDir, async (core) =>
    (await createClient(contract, inProcessTransport(core)).journeys.transitions({ id })).map(
      (entry) => `${entry.from}→${entry.to}`,
    ),
  );

describe('journey-studio activate, pause, resume, stop', () => {
  it('moves a journey through its lifecycle by name, as the editor does, recording each transition', async () => {
    const { dataDir, id } = await dataDirWithDraft();
    expect(await run('activate', 'order SHIPPED', '--data-dir', dataDir)).toEqual({
      code: 0,
      out: '"Order shipped" is now active (version 1).',
      err: '',
    });
    expect((await run('pause', id, '--data-dir', dataDir)).out).toBe('"Order shipped" is now paused (version 1).');
    expect((await run('resume', 'Order shipped', '--data-dir', dataDir)).out).toBe(
      '"Order shipped" is now active (version 1).',
    );
    expect((await run('stop', id, '--exit-in-flight', '--data-dir', dataDir)).out).toBe(
      '"Order shipped" is now stopped (version 1); contacts in flight exit now.',
    );
    expect(await transitions(dataDir, id)).toEqual(
      expect.arrayContaining(['active→paused', 'paused→active', 'active→stopped']),
    );
    await inDataDir(dataDir, (core) => {
      expect(core.context.store.journeys.require(id).journey.status).toBe('stopped');
      expect(core.context.store.versions.find(id, 1)).toBeDefined();
    });
  });

  it('stop without --exit-in-flight lets contacts in flight finish', async () => {
    const { dataDir, id } = await dataDirWithDraft();
    await run('activate', id, '--data-dir', dataDir);
    expect((await run('stop', id, '--data-dir', dataDir)).out).toBe(
      '"Order shipped" is now stopped (version 1); contacts in flight finish.',
    );
  });

  it('refuses a move the state does not allow, and a journey with errors, with exit code 2 and the reason', async () => {
    const { dataDir, id } = await dataDirWithDraft();
    const pause = await run('pause', id, '--data-dir', dataDir);
    expect(pause.code).toBe(2);
    expect(pause.err).toMatch(/^journey-studio pause: .*draft/i);
    await inDataDir(dataDir, async (core) => {
      const client = createClient(contract, inProcessTransport(core));
      const stored = await client.journeys.get({ id });
      await client.journeys.save({
        journey: { ...stored.journey, nodes: stored.journey.nodes.filter((node) => node.kind !== 'exit'), edges: [] },
        expectedRevision: stored.revision,
      });
    });
    const activate = await run('activate', id, '--data-dir', dataDir);
    expect(activate.code).toBe(2);
    expect(activate.err.split('\n').length).toBeGreaterThan(1);
    expect(activate.err).toMatch(/^journey-studio activate: /);
    expect(await inDataDir(dataDir, (core) => core.context.store.journeys.require(id).journey.status)).not.toBe(
      'active',
    );
  });

  it('accepts --exit-in-flight only on stop, and names an unknown journey', async () => {
    const { dataDir } = await dataDirWithDraft();
    const wrongFlag = await run('pause', 'Order shipped', '--exit-in-flight', '--data-dir', dataDir);
    expect(wrongFlag.code).toBe(2);
    expect(wrongFlag.err).toContain('--exit-in-flight');
    const unknown = await run('activate', 'Nothing', '--data-dir', dataDir);
    expect(unknown).toMatchObject({ code: 2, err: expect.stringContaining('no journey has the id or name "Nothing"') });
  });
});

describe('journey-studio send-event', () => {
  it('records an event through the ingest path, upserting the contact, and honours the idempotency key', async () => {
    const dataDir = tempDir();
    const first = await run(
      'send-event',
      '--customer',
      'c-1',
      '--name',
      'order.shipped',
      '--properties',
      '{"orderId":"A-17"}',
      '--customer-fields',
      '{"email":"ada@example.com"}',
      '--idempotency-key',
      'k-1',
      '--data-dir',
      dataDir,
    );
    expect(first.code).toBe(0);
    const eventId = /^Recorded event (\S+)\.$/.exec(first.out)?.[1];
    expect(eventId).toBeDefined();
    const again = await run(
      'send-event',
      '--customer',
      'c-1',
      '--name',
      'order.shipped',
      '--idempotency-key',
      'k-1',
      '--data-dir',
      dataDir,
    );
    expect(again.out).toContain(`Already recorded as event ${eventId}`);
    await inDataDir(dataDir, (core) => {
      expect(
        core.context.store.db.prepare('SELECT id, customer_id, name, properties, source FROM engine_events').all(),
      ).toEqual([
        { id: eventId, customer_id: 'c-1', name: 'order.shipped', properties: '{"orderId":"A-17"}', source: 'cli' },
      ]);
      expect(core.context.store.contacts.find('c-1')).toMatchObject({ email: 'ada@example.com' });
    });
  });

  it('names what is wrong: missing options, bad JSON, a properties value that is not an object, a bad field', async () => {
    const dataDir = tempDir();
    const missing = await run('send-event', '--name', 'x', '--data-dir', dataDir);
    expect(missing).toMatchObject({ code: 2, err: expect.stringContaining('--customer: ') });
    const badJson = await run(
      'send-event',
      '--customer',
      'c',
      '--name',
      'x',
      '--properties',
      '{oops}',
      '--data-dir',
      dataDir,
    );
    expect(badJson).toMatchObject({ code: 2, err: expect.stringMatching(/--properties is not valid JSON: /) });
    const notObject = await run(
      'send-event',
      '--customer',
      'c',
      '--name',
      'x',
      '--properties',
      '[1]',
      '--data-dir',
      dataDir,
    );
    expect(notObject).toMatchObject({ code: 2, err: expect.stringContaining('--properties: Expected a JSON object') });
    const badField = await run(
      'send-event',
      '--customer',
      'c',
      '--name',
      'x',
      '--customer-fields',
      '{"email":"nope"}',
      '--data-dir',
      dataDir,
    );
    expect(badField).toMatchObject({ code: 2, err: expect.stringContaining('--customer-fields customer.email') });
    await inDataDir(dataDir, (core) =>
      expect(core.context.store.db.prepare('SELECT count(*) FROM engine_events').pluck().get()).toBe(0),
    );
  });
});

describe('journey-studio api-key', () => {
  it('prints the key alone when it creates it, refuses to print it again, and regenerates it', async () => {
    const dataDir = tempDir();
    const created = await run('api-key', '--data-dir', dataDir);
    expect(created.code).toBe(0);
    expect(created.out).toMatch(/^jsk_[A-Za-z0-9_-]{43}$/);
    const again = await run('api-key', '--data-dir', dataDir);
    expect(again).toMatchObject({ code: 1, out: '', err: expect.stringContaining('--regenerate') });
    expect(again.err).toContain(`jsk_…${created.out.slice(-4)}`);
    const renewed = await run('api-key', '--regenerate', '--data-dir', dataDir);
    expect(renewed.code).toBe(0);
    expect(renewed.out).toMatch(/^jsk_/);
    expect(renewed.out).not.toBe(created.out);
    await inDataDir(dataDir, (core) => {
      expect(core.context.apiKeys.verify(renewed.out)).toBe(true);
      expect(core.context.apiKeys.verify(created.out)).toBe(false);
    });
  });

  it('is listed in --help with the other new commands', async () => {
    const help = await run('--help');
    for (const command of ['activate', 'pause', 'resume', 'stop', '--exit-in-flight', 'send-event', 'api-key'])
      expect(help.out).toContain(command);
  });
});
