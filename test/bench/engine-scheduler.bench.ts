// Engine scheduler: 100,000 runs waiting in a delay whose wake-ups come due evenly over 60 s of the
// real clock. Measured: how late each wake-up is handled (p50, p99), the engine's CPU while all
// 100,000 are pending and none is due, and the process's RSS throughout. Baseline in the same run:
// a bare setTimeout per wake-up over a copy of the same database, each callback doing the same
// state change (wake-up deleted, run moved on and ended, a step-log line) in its own transaction:
// the lateness floor of one Node event loop, with no batching, no durability of the schedule and
// no single timer.
// The waiting runs are written straight into the engine's tables (as the engine leaves them after
// 100,000 contacts entered the delay) so that the wake-ups can be spread over the window; the
// journey itself is created and activated through the app's API. Lateness is the step-log time of
// the "delay over" line (the time the engine's batch took the wake-up; it commits in the same turn
// of the event loop) minus the wake-up's due time. The engine and the baseline each run in a child
// process of their own, so each one's RSS and CPU are its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { startCore } from '../../electron/services/app-services';
import { DATABASE_FILE_NAME } from '../../electron/services/store/database';
import { contract, createClient } from '../../shared/contract/index';
import { inProcessTransport } from '../support/in-process-transport';
import { seededStep } from '../support/engine-seed';
import { check, forScale, note } from './support/report';
import { percentile } from './support/stats';

const PENDING = Number(process.env.PENDING ?? 100_000);
const WINDOW_MS = 60_000;
/** After the engine starts: time to settle, then the idle measurement, then the first wake-up. */
const SETTLE_MS = 2_000;
const IDLE_MS = 5_000;
const FIRST_DUE_AFTER_START_MS = SETTLE_MS + IDLE_MS + 1_000;
const TARGET_P99_MS = 250;
const TARGET_IDLE_CPU = 0.01;
const TARGET_RSS_MB = 300;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Wake-up `i`'s offset into the window: evenly spread, 1.67 per millisecond at 100,000. */
const offsetOf = (i: number) => Math.floor((i * WINDOW_MS) / PENDING);
const contactId = (i: number) => `c${String(i).padStart(6, '0')}`;
const indexOf = (contact: string) => Number(contact.slice(1));

async function seed(dataDir: string): Promise<string> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'bench' });
  const client = createClient(contract, inProcessTransport(core));
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'customEvent', eventName: 'bench.start', propertyRules: [] } }),
    seededStep('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'minutes' } }),
    seededStep('exit', 'exit', {}),
  ];
  const edges = [
    { id: 'entry-next', source: 'entry', sourceHandle: 'next', target: 'wait' },
    { id: 'wait-next', source: 'wait', sourceHandle: 'next', target: 'exit' },
  ];
  const created = await client.journeys.create({ name: 'Scheduler bench' });
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  const activated = await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  const journeyId = activated.journey.id;
  const db = core.context.store.db;
  const insertRun = db.prepare(
    `INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, node_state, started_at, updated_at)
     VALUES (?, 1, ?, 'wait', 'waiting', '{}', 0, 0)`,
  );
  // Due times are offsets into the window until the engine's start fixes the window (see arrange).
  const insertWakeup = db.prepare(
    "INSERT INTO engine_wakeups (run_id, journey_id, due_at, purpose) VALUES (?, ?, ?, 'delay')",
  );
  db.transaction(() => {
    for (let i = 0; i < PENDING; i += 1) {
      const runId = Number(insertRun.run(journeyId, contactId(i)).lastInsertRowid);
      insertWakeup.run(runId, journeyId, offsetOf(i));
    }
  })();
  await core.stop();
  return journeyId;
}

/** Moves every wake-up's offset to a due time: the window starts `start`. */
function arrange(file: string, start: number): void {
  const db = new Database(file);
  db.prepare('UPDATE engine_wakeups SET due_at = due_at + ?').run(start);
  db.close();
}

interface Figures {
  lateness: number[];
  idleCpu: number;
  peakRssMb: number;
  seconds: number;
}

/** Samples RSS every half second until stopped, keeping the peak. */
function rssSampler() {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage.rss()) / 2 ** 20;
    },
  };
}

/** CPU time this process used over `ms` of wall time, as a fraction of one core. */
async function cpuOver(ms: number): Promise<number> {
  const before = process.cpuUsage();
  const started = performance.now();
  await sleep(ms);
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / (performance.now() - started);
}

async function runEngine(dataDir: string): Promise<Figures> {
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const start = Date.now() + FIRST_DUE_AFTER_START_MS;
  arrange(file, start);
  const rss = rssSampler();
  const core = startCore({
    dataDir,
    host: 'browser',
    appVersion: 'bench',
    engine: {},
    onInternalError: (error, where) => console.error(where, error),
  });
  await core.engine!.idle();
  await sleep(Math.max(0, start - FIRST_DUE_AFTER_START_MS + SETTLE_MS - Date.now()));
  const idleCpu = await cpuOver(IDLE_MS);
  if (Date.now() >= start)
    throw new Error('the idle measurement ran into the window: lengthen FIRST_DUE_AFTER_START_MS');
  const db = core.context.store.db;
  const remaining = db.prepare('SELECT count(*) FROM engine_wakeups').pluck();
  const deadline = start + WINDOW_MS + 60_000;
  while ((remaining.get() as number) > 0) {
    if (Date.now() > deadline) throw new Error(`${String(remaining.get())} wake-ups still pending a minute late`);
    await sleep(1_000);
  }
  await core.engine!.idle();
  const seconds = (Date.now() - start) / 1000;
  const peakRssMb = rss.stop();
  const rows = db
    .prepare(
      `SELECT r.contact_id AS contact, l.at FROM engine_step_log AS l JOIN engine_runs AS r ON r.id = l.run_id
       WHERE l.decision = 'delay over'`,
    )
    .all() as { contact: string; at: number }[];
  const ended = db.prepare("SELECT count(*) FROM engine_runs WHERE status = 'ended'").pluck().get() as number;
  await core.stop();
  if (rows.length !== PENDING || ended !== PENDING)
    throw new Error(`expected ${PENDING} delays over and runs ended, got ${rows.length} and ${ended}`);
  return {
    lateness: rows.map((row) => row.at - (start + offsetOf(indexOf(row.contact)))),
    idleCpu,
    peakRssMb,
    seconds,
  };
}

/** One setTimeout per wake-up, each doing the same state change in its own transaction. */
async function runBaseline(file: string): Promise<Figures> {
  const start = Date.now() + FIRST_DUE_AFTER_START_MS;
  arrange(file, start);
  const rss = rssSampler();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -65536');
  const unschedule = db.prepare('DELETE FROM engine_wakeups WHERE run_id = ?');
  const end = db.prepare(
    "UPDATE engine_runs SET node_id = 'exit', status = 'ended', outcome = 'exited', updated_at = ?, ended_at = ? WHERE id = ?",
  );
  const log = db.prepare(
    `INSERT INTO engine_step_log (run_id, journey_id, version, node_id, at, decision, detail)
     VALUES (?, ?, 1, 'wait', ?, 'delay over', '{}')`,
  );
  const wake = db.transaction((runId: number, journeyId: string, now: number) => {
    unschedule.run(runId);
    log.run(runId, journeyId, now);
    end.run(now, now, runId);
  });
  const wakeups = db
    .prepare(
      'SELECT w.run_id AS runId, w.journey_id AS journeyId, w.due_at AS dueAt, r.contact_id AS contact FROM engine_wakeups AS w JOIN engine_runs AS r ON r.id = w.run_id',
    )
    .all() as { runId: number; journeyId: string; dueAt: number; contact: string }[];
  const lateness: number[] = [];
  const done = new Promise<void>((resolve) => {
    for (const wakeup of wakeups) {
      setTimeout(
        () => {
          const now = Date.now();
          wake(wakeup.runId, wakeup.journeyId, now);
          lateness.push(now - wakeup.dueAt);
          if (lateness.length === wakeups.length) resolve();
        },
        Math.max(0, wakeup.dueAt - Date.now()),
      );
    }
  });
  await sleep(Math.max(0, start - FIRST_DUE_AFTER_START_MS + SETTLE_MS - Date.now()));
  const idleCpu = await cpuOver(IDLE_MS);
  await done;
  const seconds = (Date.now() - start) / 1000;
  db.close();
  const peakRssMb = rss.stop();
  if (wakeups.length !== PENDING) throw new Error(`expected ${PENDING} wake-ups, found ${wakeups.length}`);
  return { lateness, idleCpu, peakRssMb, seconds };
}

/** Runs `engine DIR` or `baseline FILE` in a child process; it answers its figures as JSON. */
function inChild(mode: 'engine' | 'baseline', target: string): Figures {
  const child = spawnSync(process.execPath, [process.argv[1]!, mode, target], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, PENDING: String(PENDING) },
  });
  if (child.status !== 0) throw new Error(`the ${mode} run failed (exit ${String(child.status)})`);
  return JSON.parse(child.stdout) as Figures;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-scheduler-bench-'));
  try {
    const engineDir = path.join(dir, 'engine');
    fs.mkdirSync(engineDir);
    await seed(engineDir);
    const baselineFile = path.join(dir, 'baseline.sqlite');
    fs.copyFileSync(path.join(engineDir, DATABASE_FILE_NAME), baselineFile);
    const ours = inChild('engine', engineDir);
    const baseline = inChild('baseline', baselineFile);
    report(ours, baseline);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function report(ours: Figures, baseline: Figures): void {
  const baselineName = 'a setTimeout per wake-up, one transaction each';
  note(
    `${PENDING} wake-ups due evenly over ${WINDOW_MS / 1000} s of the real clock; all handled ${ours.seconds.toFixed(1)} s after the first was due (baseline ${baseline.seconds.toFixed(1)} s)`,
  );
  forScale('lateness p50', {
    ours: percentile(ours.lateness, 50),
    baseline: percentile(baseline.lateness, 50),
    baselineName,
    unit: 'ms',
  });
  check(
    'lateness p99',
    { ours: percentile(ours.lateness, 99), baseline: percentile(baseline.lateness, 99), baselineName, unit: 'ms' },
    { atMost: TARGET_P99_MS },
  );
  forScale('lateness max', {
    ours: ours.lateness.reduce((a, b) => Math.max(a, b), -Infinity),
    baseline: baseline.lateness.reduce((a, b) => Math.max(a, b), -Infinity),
    baselineName,
    unit: 'ms',
  });
  check(
    `CPU with ${PENDING} pending and none due, over ${IDLE_MS / 1000} s`,
    { ours: ours.idleCpu * 100, baseline: baseline.idleCpu * 100, baselineName, unit: '% of a core' },
    { atMost: TARGET_IDLE_CPU * 100 },
  );
  check(
    'peak RSS of the process',
    { ours: ours.peakRssMb, baseline: baseline.peakRssMb, baselineName, unit: 'MB' },
    { atMost: TARGET_RSS_MB },
  );
}

const [mode, target] = process.argv.slice(2);
if (mode === 'engine') process.stdout.write(JSON.stringify(await runEngine(target!)));
else if (mode === 'baseline') process.stdout.write(JSON.stringify(await runBaseline(target!)));
else await main();
