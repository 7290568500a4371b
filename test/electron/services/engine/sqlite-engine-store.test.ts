import { describe, expect, it } from 'vitest';
import { blankContact } from '../../../../shared/audience/index';
import type { StepLogEntry } from '../../../../electron/services/engine/engine-store';
import { createSqliteEngineStore } from '../../../../electron/services/engine/sqlite-engine-store';
import { openStore } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

function setUp() {
  const store = openStore(tempDir());
  const engineStore = createSqliteEngineStore(store.db);
  const newRun = (contactId: string, startedAt: number, journeyId = 'j-1') =>
    engineStore.createRun({ journeyId, version: 1, contactId, nodeId: 'entry', trigger: null, startedAt });
  return { store, engineStore, newRun };
}

describe('SQLite engine store, batch reads and writes', () => {
  it('writes many step-log lines in their order, across multi-row chunks and the rest, as one by one would', () => {
    const { store, engineStore } = setUp();
    const entries: StepLogEntry[] = Array.from({ length: 150 }, (_, i) => ({
      runId: 1 + (i % 7),
      journeyId: 'j-1',
      version: 1,
      nodeId: `n${i}`,
      at: 1000 + i,
      decision: `decision ${i}`,
      detail: { i, nested: { even: i % 2 === 0 } },
    }));
    engineStore.transaction(() => engineStore.logMany(entries));
    const written = store.db
      .prepare('SELECT run_id, node_id, at, decision, detail FROM engine_step_log ORDER BY id')
      .all() as { run_id: number; node_id: string; at: number; decision: string; detail: string }[];
    expect(written.map((row) => ({ ...row, detail: JSON.parse(row.detail) as unknown }))).toEqual(
      entries.map((entry) => ({
        run_id: entry.runId,
        node_id: entry.nodeId,
        at: entry.at,
        decision: entry.decision,
        detail: entry.detail,
      })),
    );
    expect(engineStore.stepLog(3)).toEqual(entries.filter((entry) => entry.runId === 3));
    store.close();
  });

  it('reads the newest run of many contacts at once, the same run latestRun reads for each', () => {
    const { store, engineStore, newRun } = setUp();
    newRun('a', 10);
    newRun('a', 30);
    newRun('a', 30);
    newRun('a', 20);
    newRun('b', 5);
    newRun('b', 50, 'j-2');
    newRun('c', 1, 'j-2');
    const latest = engineStore.latestRuns('j-1', ['a', 'b', 'c', 'nobody']);
    expect([...latest.keys()].sort()).toEqual(['a', 'b']);
    for (const contactId of ['a', 'b']) expect(latest.get(contactId)).toEqual(engineStore.latestRun('j-1', contactId));
    expect(latest.get('a')).toMatchObject({ id: 3, startedAt: 30 });
    store.close();
  });

  it('creates many runs waiting at their node, each with its wake-up, across multi-row chunks and the rest', () => {
    const { store, engineStore } = setUp();
    const trigger = { id: 'e-1', name: 'go', properties: { x: 1 }, occurredAt: 5 };
    const runs = Array.from({ length: 250 }, (_, i) => ({
      journeyId: 'j-1',
      version: 2,
      contactId: `c${i}`,
      nodeId: 'entry',
      trigger: i === 0 ? trigger : null,
      startedAt: 1000,
    }));
    engineStore.transaction(() => engineStore.createWaitingRuns(runs, 1234, 'enter'));
    const rows = store.db
      .prepare(
        `SELECT r.id, r.contact_id, r.status, r.node_id, r.version, w.due_at, w.purpose, w.journey_id
         FROM engine_runs AS r JOIN engine_wakeups AS w ON w.run_id = r.id ORDER BY r.id`,
      )
      .all() as { id: number; contact_id: string; status: string; due_at: number; purpose: string }[];
    expect(rows.map((row) => row.contact_id)).toEqual(runs.map((run) => run.contactId));
    expect(new Set(rows.map((row) => JSON.stringify({ ...row, id: 0, contact_id: '' })))).toEqual(
      new Set([
        JSON.stringify({
          id: 0,
          contact_id: '',
          status: 'waiting',
          node_id: 'entry',
          version: 2,
          due_at: 1234,
          purpose: 'enter',
          journey_id: 'j-1',
        }),
      ]),
    );
    expect(engineStore.run(rows[0]!.id)).toMatchObject({ trigger, startedAt: 1000, updatedAt: 1000 });
    store.close();
  });

  it('clears the wake-ups and event waits of the runs named, and only theirs', () => {
    const { store, engineStore, newRun } = setUp();
    const ids = [newRun('a', 1), newRun('b', 2), newRun('c', 3)];
    for (const id of ids) {
      engineStore.schedule(id, 'j-1', 100 + id, 'delay');
      engineStore.addEventWait({ runId: id, contactId: `contact-${id}`, eventName: 'clicked', messageKey: null });
    }
    engineStore.clearWaits([ids[0]!, ids[2]!, 999]);
    const left = (table: string) => store.db.prepare(`SELECT run_id FROM ${table}`).pluck().all();
    expect(left('engine_wakeups')).toEqual([ids[1]]);
    expect(left('engine_event_waits')).toEqual([ids[1]]);
    store.close();
  });

  it('reads many runs by id at once, leaving out ids that have none', () => {
    const { store, engineStore, newRun } = setUp();
    const ids = [newRun('a', 1), newRun('b', 2), newRun('c', 3)];
    const runs = engineStore.runs([ids[2]!, ids[0]!, 999]);
    expect([...runs.keys()].sort()).toEqual([ids[0], ids[2]]);
    expect(runs.get(ids[2]!)).toEqual(engineStore.run(ids[2]!));
    store.close();
  });

  it('reads the contacts of a batch at once, as find reads each, and pages of contact ids', () => {
    const { store } = setUp();
    for (const customerId of ['a', 'b', 'c'])
      store.contacts.put({ ...blankContact('2026-01-01T00:00:00.000Z'), customerId, phone: `+34${customerId}` });
    const found = store.contacts.findMany(['c', 'a', 'missing']);
    expect(found.map((contact) => contact.customerId).sort()).toEqual(['a', 'c']);
    for (const contact of found) expect(contact).toEqual(store.contacts.find(contact.customerId));
    expect(store.contacts.idsAfter('a', 5)).toEqual(['b', 'c']);
    expect(store.contacts.idsAfter('', 2)).toEqual(['a', 'b']);
    store.close();
  });
});
