// Engine throughput: 10,000 contacts through entry → SMS → delay → condition → SMS → exit into
// the outbox, state durable, against raw better-sqlite3 writes of the same rows with the same
// transaction batching, measured in the same run. SMS templates: rendering is Liquid only here, so
// the figure is the engine's own cost (MJML email rendering is measured by template-render). The
// validator refuses a zero delay, so the delay is one minute on a virtual clock moved on at once:
// every run is woken by the scheduler, which is the path a real delay takes.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startCore } from '../../electron/services/app-services';
import { createVirtualClock } from '../../electron/services/runtime/virtual-clock';
import { contract, createClient } from '../../shared/contract/index';
import { inProcessTransport } from '../support/in-process-transport';
import { check, note } from './support/report';
import { putSmsContacts, seededStep } from '../support/engine-seed';

const CONTACTS = 10_000;
const BATCH = 500;
const STEPS_PER_CONTACT = 6;
const MESSAGES_PER_CONTACT = 2;
const TARGET_STEPS_PER_S = 20_000;

async function seed(dataDir: string): Promise<void> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'bench' });
  const client = createClient(contract, inProcessTransport(core));
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'Bench',
    content: { body: 'Hi {{ customer.customerId }}, your order is on its way.', senderId: 'SHOP' },
  });
  putSmsContacts(core.context.store, CONTACTS, 6, (i) => ({ language: i % 2 === 0 ? 'es' : 'en' }));

  const rule = { field: 'language', operator: 'equals', value: 'es' };
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'all' } }),
    seededStep('m1', 'message', { channel: 'sms', templateId: sms.id }),
    seededStep('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'minutes' } }),
    seededStep('cond', 'condition', {
      source: 'profile',
      filter: { combinator: 'and', groups: [{ combinator: 'and', rules: [rule] }] },
    }),
    seededStep('m2', 'message', { channel: 'sms', templateId: sms.id }),
    seededStep('exit', 'exit', {}),
  ];
  const link = (source: string, sourceHandle: string, target: string) => ({
    id: `${source}-${sourceHandle}`,
    source,
    sourceHandle,
    target,
  });
  const edges = [
    link('entry', 'next', 'm1'),
    link('m1', 'next', 'wait'),
    link('wait', 'next', 'cond'),
    link('cond', 'yes', 'm2'),
    link('cond', 'no', 'm2'),
    link('m2', 'next', 'exit'),
  ];
  const created = await client.journeys.create({ name: 'Bench' });
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  // Activated here without an engine: the engine starts (and is timed) below.
  await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  await core.stop();
}

async function runEngine(dataDir: string): Promise<{ seconds: number; ended: number; outbox: number }> {
  const clock = createVirtualClock(Date.now());
  const started = performance.now();
  const core = startCore({
    dataDir,
    host: 'browser',
    appVersion: 'bench',
    clock,
    engine: { batchSize: BATCH, watchMs: null },
    onInternalError: (error, where) => console.error(where, error),
  });
  await core.engine!.idle();
  clock.advance(60_000);
  await core.engine!.idle();
  const seconds = (performance.now() - started) / 1000;
  const db = core.context.store.db;
  const ended = db.prepare("SELECT count(*) FROM engine_runs WHERE status = 'ended'").pluck().get() as number;
  const outbox = db.prepare('SELECT count(*) FROM outbox_messages').pluck().get() as number;
  await core.stop();
  return { seconds, ended, outbox };
}

/** The same rows the engine writes per contact, with plain prepared statements, BATCH contacts per transaction. */
function rawBaseline(file: string): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insertRun = db.prepare(
    "INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, started_at, updated_at) VALUES ('raw', 1, ?, 'entry', 'active', 0, 0)",
  );
  const updateRun = db.prepare(
    "UPDATE engine_runs SET node_id = ?, status = 'active', node_state = '{}', updated_at = 1 WHERE id = ?",
  );
  const log = db.prepare(
    "INSERT INTO engine_step_log (run_id, journey_id, version, node_id, at, decision, detail) VALUES (?, 'raw', 1, ?, 0, 'x', '{}')",
  );
  const bump = db.prepare(
    `INSERT INTO engine_node_counters (journey_id, version, node_id, counter, value) VALUES ('raw', 1, ?, ?, 1)
     ON CONFLICT (journey_id, version, node_id, counter) DO UPDATE SET value = value + 1`,
  );
  const attempt = db.prepare(
    "INSERT INTO message_attempts (idempotency_key, attempt, run_id, channel, provider, status, created_at, updated_at) VALUES (?, 1, ?, 'sms', 'outbox', 'pending', 0, 0)",
  );
  const settle = db.prepare(
    "UPDATE message_attempts SET status = 'delivered' WHERE idempotency_key = ? AND attempt = 1",
  );
  const outbox = db.prepare(
    'INSERT INTO outbox_messages (id, idempotency_key, channel, recipient, rendered, created_at) VALUES (?, ?, \'sms\', \'+34600\', \'{"output":{"body":"Hi"}}\', 0)',
  );
  const started = performance.now();
  for (let from = 0; from < CONTACTS; from += BATCH) {
    db.transaction(() => {
      for (let i = from; i < from + BATCH; i += 1) {
        const contact = `raw${i}`;
        const run = Number(insertRun.run(contact).lastInsertRowid);
        for (const nodeId of ['entry', 'm1', 'wait', 'cond', 'm2', 'exit']) {
          updateRun.run(nodeId, run);
          log.run(run, nodeId);
          bump.run(nodeId, 'entered');
        }
        for (const nodeId of ['m1', 'm2']) {
          const key = `${run}:${nodeId}`;
          attempt.run(key, run);
          outbox.run(`o-${key}`, key);
          settle.run(key);
          log.run(run, nodeId);
          bump.run(nodeId, 'sent');
          bump.run(nodeId, 'delivered');
        }
      }
    })();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return seconds;
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-engine-bench-'));
try {
  await seed(dir);
  fs.copyFileSync(path.join(dir, 'journey-studio.sqlite'), path.join(dir, 'raw.sqlite'));
  const raw = rawBaseline(path.join(dir, 'raw.sqlite'));
  const result = await runEngine(dir);
  if (result.ended !== CONTACTS || result.outbox !== CONTACTS * MESSAGES_PER_CONTACT) {
    throw new Error(
      `expected ${CONTACTS} finished runs and ${CONTACTS * MESSAGES_PER_CONTACT} messages, got ${result.ended} and ${result.outbox}`,
    );
  }
  const steps = CONTACTS * STEPS_PER_CONTACT;
  const ours = steps / result.seconds;
  const baseline = steps / raw;
  check(
    'engine steps/s (engine vs raw writes of the same rows)',
    { ours, baseline, baselineName: 'raw better-sqlite3 writes, same batching', unit: 'steps/s' },
    { atLeast: TARGET_STEPS_PER_S },
  );
  note(
    `${((CONTACTS * MESSAGES_PER_CONTACT) / result.seconds).toFixed(0)} messages/s; ${CONTACTS} contacts in ${result.seconds.toFixed(2)} s (raw ${raw.toFixed(2)} s)`,
  );
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
