import { describe, expect, it } from 'vitest';
import type { JourneyNode } from '../../../../shared/model/index';
import { putSmsContacts, seededLink, seededStep } from '../../../support/engine-seed';
import { useEngineWorker } from '../../../support/engine-worker';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-engine-worker-move-');
const engineWorker = useEngineWorker();
const connect = useCores(tempDir);
const CONTACTS = 1500;

describe('moving runs to a new version while the engine works on its worker thread', () => {
  it('loses no contact and sends none twice: each ends with exactly the new version’s message', async () => {
    const errors: string[] = [];
    const { client, core } = connect({
      dataDir: tempDir(),
      engine: { workerPath: engineWorker(), batchSize: 50, watchMs: null },
      onInternalError: (error, where) => errors.push(`${where}: ${(error as Error).message}`),
    });
    await core.engine!.started();
    const { store } = core.context;
    putSmsContacts(store, CONTACTS, 4);
    await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
    const template = (body: string) =>
      client.templates.create({ channel: 'sms', name: body, content: { body, senderId: 'SHOP' } });
    const [one, two] = [await template('one'), await template('two')];

    // Version 1 enrols everyone, each waiting an hour (of the wall clock) before "one".
    const created = await client.journeys.create({ name: 'Moved while running' });
    const v1: JourneyNode[] = [
      seededStep('entry', 'entry', { audience: { type: 'all' } }),
      seededStep('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'hours' } }),
      seededStep('msg', 'message', { channel: 'sms', templateId: one.id }),
      seededStep('exit', 'exit'),
    ];
    const saved = await client.journeys.save({
      journey: {
        ...created.journey,
        nodes: v1,
        edges: [
          seededLink('entry', 'next', 'wait'),
          seededLink('wait', 'next', 'msg'),
          seededLink('msg', 'next', 'exit'),
        ],
      },
      expectedRevision: created.revision,
    });
    const id = saved.journey.id;
    await client.journeys.activate({ id, expectedRevision: saved.revision });
    const runs = store.db.prepare('SELECT count(*) FROM engine_runs').pluck();
    await until(() => (runs.get() as number) >= 100, 30_000);

    // While the worker enrols and drives them, version 2 sends "two" at once, and everyone at the
    // entry's door or in the wait is moved to it.
    await client.journeys.startDraft({ id });
    const draft = await client.journeys.get({ id });
    const edited = await client.journeys.save({
      journey: {
        ...draft.journey,
        nodes: [v1[0]!, seededStep('moved', 'message', { channel: 'sms', templateId: two.id }), v1[3]!],
        edges: [seededLink('entry', 'next', 'moved'), seededLink('moved', 'next', 'exit')],
      },
      expectedRevision: draft.revision,
    });
    const result = await client.journeys.activate({
      id,
      expectedRevision: edited.revision,
      moves: [
        { version: 1, nodeId: 'entry', to: 'moved' },
        { version: 1, nodeId: 'wait', to: 'moved' },
      ],
    });
    expect(result.version).toBe(2);
    // Some were enrolled into version 1 before the move (see above); the rest enrol into version 2.
    expect(result.moved).toBeGreaterThan(0);

    const { db } = store;
    const sent = db.prepare('SELECT contact_id, rendered FROM outbox_messages ORDER BY contact_id');
    await until(() => (sent.all() as unknown[]).length >= CONTACTS, 60_000);
    await core.engine!.idle();
    const rows = sent.all() as { contact_id: string; rendered: string }[];
    expect(rows).toHaveLength(CONTACTS);
    expect(new Set(rows.map((row) => row.contact_id)).size).toBe(CONTACTS);
    expect(new Set(rows.map((row) => (JSON.parse(row.rendered) as { output: { body: string } }).output.body))).toEqual(
      new Set(['two']),
    );
    expect(db.prepare("SELECT count(*) FROM engine_runs WHERE status <> 'ended'").pluck().get()).toBe(0);
    // Everyone moved has the move in the step log; the others enrolled into version 2 directly.
    const movedLines = db.prepare("SELECT count(*) FROM engine_step_log WHERE decision = 'moved to a new version'");
    expect(movedLines.pluck().get()).toBe(result.moved);
    expect(db.prepare('SELECT count(*) FROM engine_runs WHERE version = 2').pluck().get()).toBe(CONTACTS);
    expect(errors).toEqual([]);
  }, 90_000);
});
