import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { StartCoreOptions } from '../../../../electron/services/app-services';
import { createEmptyJourney } from '../../../../shared/model/index';
import { useEngineWorker } from '../../../support/engine-worker';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';
import { activateSmsJourney } from './support/sms-journey';

const tempDir = useTempDir('journey-studio-engine-worker-');
const engineWorker = useEngineWorker();
const connect = useCores(tempDir);

/** A core whose engine runs on the bundled worker; its internal errors are collected. */
function workerCore(engine: StartCoreOptions['engine'] = {}, dataDir = tempDir()) {
  const errors: { where: string; message: string }[] = [];
  const connected = connect({
    dataDir,
    engine: { workerPath: engineWorker(), ...engine },
    onInternalError: (error, where) => errors.push({ where, message: (error as Error).message }),
  });
  return { ...connected, errors };
}

async function smsJourney(client: ReturnType<typeof workerCore>['client'], entry: Record<string, unknown>) {
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  return activateSmsJourney(client, entry);
}

describe('the journey engine on its worker thread', () => {
  it('is told by message at once of activations and recorded events, without watching the database', async () => {
    const { client, core, errors } = workerCore({ watchMs: null });
    await core.engine!.started();
    expect(core.engine!.threadId()).not.toBe(threadId);
    const outbox = core.context.store.db.prepare('SELECT contact_id FROM outbox_messages ORDER BY created_at').pluck();

    await client.contacts.save({ contact: { customerId: 'a', phone: '+34600000001' } });
    await smsJourney(client, { audience: { type: 'all' } });
    await until(() => outbox.all().length === 1, 10_000);

    await smsJourney(client, { audience: { type: 'customEvent', eventName: 'signed.up', propertyRules: [] } });
    await core.engine!.idle();
    const event = await client.events.send({
      customerId: 'b',
      name: 'signed.up',
      properties: {},
      customer: { phone: '+34600000002' },
    });
    expect(event.accepted).toBe(true);
    await until(() => outbox.all().length === 2, 10_000);
    expect(outbox.all()).toEqual(['a', 'b']);
    expect(errors).toEqual([]);
  });

  it('says "off" while its worker starts, then whether it sends or stands by, with a senderChanged each', async () => {
    const dataDir = tempDir();
    const first = workerCore({}, dataDir);
    // Nothing from the worker can have arrived before this turn of the event loop ends.
    expect(first.core.context.sender()).toMatchObject({ state: 'off' });
    await first.core.engine!.started();
    const second = workerCore({}, dataDir);
    await second.core.engine!.started();
    expect(await first.client.sender.status()).toMatchObject({ state: 'sending' });
    expect(await second.client.sender.status()).toMatchObject({ state: 'standby' });
    const changes = (events: { event: string; payload: unknown }[]) =>
      events.filter((e) => e.event === 'senderChanged').map((e) => (e.payload as { state: string }).state);
    expect(changes(first.events)).toEqual(['sending']);
    expect(changes(second.events)).toEqual(['standby']);
  });

  it('sends the errors it meets back to the main thread', async () => {
    const { core, errors } = workerCore({ watchMs: null });
    await core.engine!.started();
    // A live journey whose frozen version cannot be read: the worker meets it on its next look.
    const journey = createEmptyJourney({ id: 'jrn_damaged', name: 'Damaged', now: '2026-02-01T00:00:00.000Z' });
    core.context.store.journeys.insert(journey);
    const { db } = core.context.store;
    db.prepare(
      "INSERT INTO journey_versions (journey_id, version, document, templates, created_at) VALUES (?, 1, '{\"broken', '[]', ?)",
    ).run(journey.id, '2026-02-01T00:00:00.000Z');
    db.prepare("UPDATE journeys SET status = 'active', live_version = 1 WHERE id = ?").run(journey.id);
    core.engine!.notify();
    await core.engine!.idle();
    // Each look meets it again (how many looks there were depends on timing); nothing else went wrong.
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors)
      expect(error).toEqual({ where: 'engine', message: expect.stringContaining('version 1 of journey jrn_damaged') });
  });

  it('reports a crash of the worker and starts it again, which takes its lease back and sends', async () => {
    // The real worker, on a thread that then fails with an uncaught error, the first time only.
    const dir = path.dirname(engineWorker());
    const marker = path.join(tempDir(), 'crashed');
    const crashing = path.join(dir, `crashing-${path.basename(path.dirname(marker))}.mjs`);
    fs.writeFileSync(
      crashing,
      `import fs from 'node:fs';
await import('./engine-worker.mjs');
if (!fs.existsSync(${JSON.stringify(marker)})) {
  fs.writeFileSync(${JSON.stringify(marker)}, '');
  throw new Error('engine exploded');
}
`,
    );
    const { client, core, errors, events } = workerCore({ workerPath: crashing, restartDelayMs: 10, watchMs: null });
    await until(() => errors.length >= 2, 10_000);
    expect(errors[0]).toEqual({ where: 'journey engine worker', message: 'engine exploded' });
    expect(errors[1]).toEqual({
      where: 'journey engine worker',
      message: 'The journey engine stopped unexpectedly after the error above; it starts again in 10 ms.',
    });
    // Started again, it says so once it runs and holds the lease.
    await until(() => core.engine!.threadId() !== null && core.engine!.isLeader(), 10_000);
    expect(
      events.filter((e) => e.event === 'senderChanged').map((e) => (e.payload as { state: string }).state),
    ).toEqual(['sending', 'off', 'sending']);

    await client.contacts.save({ contact: { customerId: 'a', phone: '+34600000001' } });
    await smsJourney(client, { audience: { type: 'all' } });
    const outbox = core.context.store.db.prepare('SELECT count(*) FROM outbox_messages').pluck();
    await until(() => outbox.get() === 1, 10_000);
    expect(errors).toHaveLength(2);
  });
});
