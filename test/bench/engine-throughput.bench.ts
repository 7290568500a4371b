// Engine throughput: 10,000 contacts through entry → message → delay(0) → condition → message →
// exit into the outbox, state durable, against raw better-sqlite3 writes of the same rows with the
// same transaction batching, measured in the same run. The messages are SMS: each is rendered per
// contact by the shared pipeline (Liquid), so the figure is the engine's own cost (MJML email
// rendering is measured by template-render). The editor's validator refuses a zero delay, so the
// journey is activated with one minute and its frozen version is then given the zero delay the
// flow asks for; the engine passes a zero delay straight on, as it does any delay already over.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startCore } from '../../electron/services/app-services';
import { contract, createClient } from '../../shared/contract/index';
import { inProcessTransport } from '../support/in-process-transport';
import { check, forScale, note } from './support/report';
import { putSmsContacts, seededLink, seededStep } from '../support/engine-seed';

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
  const edges = [
    seededLink('entry', 'next', 'm1'),
    seededLink('m1', 'next', 'wait'),
    seededLink('wait', 'next', 'cond'),
    seededLink('cond', 'yes', 'm2'),
    seededLink('cond', 'no', 'm2'),
    seededLink('m2', 'next', 'exit'),
  ];
  const created = await client.journeys.create({ name: 'Bench' });
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  // Activated here without an engine: the engine starts (and is timed) below.
  const activated = await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  const zeroed = core.context.store.db
    .prepare(
      `UPDATE journey_versions SET document = json_set(document, '$.nodes[2].config.duration.amount', 0)
       WHERE journey_id = ? AND json_extract(document, '$.nodes[2].id') = 'wait'`,
    )
    .run(activated.journey.id).changes;
  if (zeroed !== 1) throw new Error('could not give the frozen version its zero delay');
  await core.stop();
}

/** CPU seconds this process used since `since` (process.cpuUsage()). */
const cpuSecondsSince = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

interface EngineResult {
  seconds: number;
  cpuSeconds: number;
  ended: number;
  outbox: number;
  /** One message as the outbox stored it: the baseline writes the same bytes. */
  rendered: string;
}

async function runEngine(dataDir: string): Promise<EngineResult> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const core = startCore({
    dataDir,
    host: 'browser',
    appVersion: 'bench',
    engine: { batchSize: BATCH, watchMs: null },
    onInternalError: (error, where) => console.error(where, error),
  });
  await core.engine!.idle();
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  const db = core.context.store.db;
  const ended = db.prepare("SELECT count(*) FROM engine_runs WHERE status = 'ended'").pluck().get() as number;
  const outbox = db.prepare('SELECT count(*) FROM outbox_messages').pluck().get() as number;
  const rendered = db.prepare('SELECT rendered FROM outbox_messages LIMIT 1').pluck().get() as string;
  await core.stop();
  return { seconds, cpuSeconds, ended, outbox, rendered };
}

/**
 * The rows the engine writes for BATCH contacts, with plain prepared statements, in the engine's
 * transactions: enrol (runs waiting at the entry, due now), take them on up to the first send,
 * store the first messages, settle them and go on to the second send, store the second messages,
 * settle them and exit. Per contact: one run inserted and saved three times, a wake-up inserted and
 * deleted, eight step-log lines, two attempts inserted and settled, two outbox messages; per
 * transaction, each counter it moves written once.
 */
function rawBaseline(file: string, rendered: string): { seconds: number; cpuSeconds: number } {
  const db = new Database(file);
  // The app's connection settings (store/database.ts), so both write with the same durability.
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -65536');
  const insertRun = db.prepare(
    "INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, started_at, updated_at) VALUES ('raw', 1, ?, 'entry', 'waiting', 0, 0)",
  );
  const schedule = db.prepare(
    "INSERT INTO engine_wakeups (run_id, journey_id, due_at, purpose) VALUES (?, 'raw', 0, 'enter')",
  );
  const unschedule = db.prepare('DELETE FROM engine_wakeups WHERE run_id = ?');
  const saveRun = db.prepare(
    'UPDATE engine_runs SET node_id = ?, status = ?, node_state = ?, effect = ?, updated_at = 1 WHERE id = ?',
  );
  const log = db.prepare(
    "INSERT INTO engine_step_log (run_id, journey_id, version, node_id, at, decision, detail) VALUES (?, 'raw', 1, ?, 0, ?, ?)",
  );
  const bump = db.prepare(
    `INSERT INTO engine_node_counters (journey_id, version, node_id, counter, value) VALUES ('raw', 1, ?, ?, ?)
     ON CONFLICT (journey_id, version, node_id, counter) DO UPDATE SET value = value + excluded.value`,
  );
  const attempt = db.prepare(
    `INSERT INTO message_attempts (idempotency_key, attempt, run_id, journey_id, version, node_id, contact_id,
     fallback_index, channel, provider, status, created_at, updated_at)
     VALUES (?, 1, ?, 'raw', 1, ?, ?, 0, 'sms', 'outbox', 'pending', 0, 0) ON CONFLICT (idempotency_key, attempt) DO NOTHING`,
  );
  const settle = db.prepare(
    "UPDATE message_attempts SET status = 'delivered', error = NULL, updated_at = 1 WHERE idempotency_key = ? AND attempt = 1",
  );
  const outbox = db.prepare(
    `INSERT INTO outbox_messages (id, idempotency_key, channel, recipient, journey_id, version, node_id, run_id,
     contact_id, template_id, rendered, is_test, created_at) VALUES (?, ?, 'sms', '+34600', 'raw', 1, ?, ?, ?, 't', ?, 0, 0)`,
  );
  const counters = (nodeCounters: [string, string][], by: number) => {
    for (const [nodeId, counter] of nodeCounters) bump.run(nodeId, counter, by);
  };
  const send = (run: number, contact: string, nodeId: string) => {
    const key = `${run}:${nodeId}:send:0`;
    attempt.run(key, run, nodeId, contact);
    log.run(run, nodeId, 'sending', JSON.stringify({ channel: 'sms', key, attempt: 1 }));
    saveRun.run(nodeId, 'effect', '{}', JSON.stringify({ key, attempt: 1, channel: 'sms', recipient: '+34600' }), run);
  };
  const store = (runs: number[], nodeId: string) =>
    db.transaction(() => {
      for (const run of runs) outbox.run(randomUUID(), `${run}:${nodeId}:send:0`, nodeId, run, `c${run}`, rendered);
    })();
  const sent = (run: number, nodeId: string) => {
    const key = `${run}:${nodeId}:send:0`;
    settle.run(key);
    log.run(run, nodeId, 'sent', JSON.stringify({ key, channel: 'sms', messageId: `o-${run}-${nodeId}` }));
  };
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let from = 0; from < CONTACTS; from += BATCH) {
    const runs: number[] = [];
    db.transaction(() => {
      for (let i = from; i < Math.min(from + BATCH, CONTACTS); i += 1) {
        const run = Number(insertRun.run(`raw${i}`).lastInsertRowid);
        schedule.run(run);
        runs.push(run);
      }
      counters([['entry', 'entered']], runs.length);
    })();
    db.transaction(() => {
      for (const run of runs) {
        unschedule.run(run);
        log.run(run, 'entry', 'entered', '{"audience":"all"}');
        send(run, `raw${run}`, 'm1');
      }
      counters([['m1', 'entered']], runs.length);
    })();
    store(runs, 'm1');
    db.transaction(() => {
      for (const run of runs) {
        sent(run, 'm1');
        log.run(run, 'wait', 'no wait', '{"mode":"duration"}');
        log.run(run, 'cond', 'yes', '{"source":"profile","read":{"language":"es"}}');
        send(run, `raw${run}`, 'm2');
      }
      counters(
        [
          ['m1', 'sent'],
          ['m1', 'delivered'],
          ['wait', 'entered'],
          ['cond', 'entered'],
          ['m2', 'entered'],
        ],
        runs.length,
      );
    })();
    store(runs, 'm2');
    db.transaction(() => {
      for (const run of runs) {
        sent(run, 'm2');
        log.run(run, 'exit', 'exited', '{}');
        saveRun.run('exit', 'ended', '{}', null, run);
      }
      counters(
        [
          ['m2', 'sent'],
          ['m2', 'delivered'],
          ['exit', 'entered'],
          ['exit', 'exited'],
        ],
        runs.length,
      );
    })();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = cpuSecondsSince(cpu);
  db.close();
  return { seconds, cpuSeconds };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-engine-bench-'));
try {
  await seed(dir);
  fs.copyFileSync(path.join(dir, 'journey-studio.sqlite'), path.join(dir, 'raw.sqlite'));
  const result = await runEngine(dir);
  const raw = rawBaseline(path.join(dir, 'raw.sqlite'), result.rendered);
  if (result.ended !== CONTACTS || result.outbox !== CONTACTS * MESSAGES_PER_CONTACT) {
    throw new Error(
      `expected ${CONTACTS} finished runs and ${CONTACTS * MESSAGES_PER_CONTACT} messages, got ${result.ended} and ${result.outbox}`,
    );
  }
  const steps = CONTACTS * STEPS_PER_CONTACT;
  const ours = steps / result.seconds;
  const baseline = steps / raw.seconds;
  check(
    'engine steps/s (engine vs raw writes of the same rows)',
    { ours, baseline, baselineName: 'raw better-sqlite3 writes, same batching', unit: 'steps/s' },
    { atLeast: TARGET_STEPS_PER_S },
  );
  note(
    `${((CONTACTS * MESSAGES_PER_CONTACT) / result.seconds).toFixed(0)} messages/s; ${CONTACTS} contacts in ${result.seconds.toFixed(2)} s (raw ${raw.seconds.toFixed(2)} s)`,
  );
  // On a busy machine the wall clock also counts the time spent waiting for a core.
  forScale('engine steps per CPU second (engine vs raw writes of the same rows)', {
    ours: steps / result.cpuSeconds,
    baseline: steps / raw.cpuSeconds,
    baselineName: 'raw better-sqlite3 writes, same batching',
    unit: 'steps/CPU s',
  });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
