// Engine enrolment: activating an `all contacts` journey (entry → delay 1 day → exit) over
// 1,000,000 contacts, through the HTTP API of a `journey-studio serve` host started the way the
// command starts it (startServing, engine included) in a child process of its own. Measured: contacts
// enrolled per second, from the activate call until the engine records the enrolment done, and the
// latency of the UI's "list journeys" call, made over HTTP every 50 ms throughout the enrolment.
// Baselines in the same run: a raw INSERT … SELECT of the same run rows and wake-ups from the same
// contacts, in transactions of the engine's batch size, on a copy of the same database; and the
// same API call against the same host while it is idle, just before the activation.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { startServing } from '../../electron/cli/serve';
import { startCore } from '../../electron/services/app-services';
import { DATABASE_FILE_NAME } from '../../electron/services/store/database';
import { contract, createClient } from '../../shared/contract/index';
import { inProcessTransport } from '../support/in-process-transport';
import { seededStep } from '../support/engine-seed';
import { check, note } from './support/report';
import { percentile } from './support/stats';

const CONTACTS = Number(process.env.CONTACTS ?? 1_000_000);
/** The engine's default batch (EngineOptions.batchSize): the baseline commits as often. */
const BATCH = 500;
const PROBE_EVERY_MS = 50;
const IDLE_PROBES = 40;
const TARGET_CONTACTS_PER_S = 50_000;
const TARGET_API_P95_MS = 100;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The contacts, written with one INSERT … SELECT, and the journey, saved (not activated) through the API. */
async function seed(dataDir: string): Promise<void> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'bench' });
  core.context.store.db
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?)
       INSERT INTO contacts (customer_id, email, phone, language, created_at, attributes)
       SELECT printf('c%07d', i), printf('c%07d@example.com', i), printf('+3460%07d', i),
              CASE i % 2 WHEN 0 THEN 'es' ELSE 'en' END, '2026-01-01T00:00:00.000Z',
              json_object('tier', CASE i % 3 WHEN 0 THEN 'gold' ELSE 'basic' END) FROM n`,
    )
    .run(CONTACTS);
  const client = createClient(contract, inProcessTransport(core));
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'all' } }),
    seededStep('wait', 'delay', { mode: 'duration', duration: { amount: 1, unit: 'days' } }),
    seededStep('exit', 'exit', {}),
  ];
  const edges = [
    { id: 'entry-next', source: 'entry', sourceHandle: 'next', target: 'wait' },
    { id: 'wait-next', source: 'wait', sourceHandle: 'next', target: 'exit' },
  ];
  const created = await client.journeys.create({ name: 'Everyone' });
  await client.journeys.save({ journey: { ...created.journey, nodes, edges }, expectedRevision: created.revision });
  await core.stop();
}

/** The `serve` host in this process: prints its URL and token, stops on SIGTERM. */
async function serve(dataDir: string, staticDir: string): Promise<void> {
  const io = { out: (line: string) => console.error(line), err: (line: string) => console.error(line) };
  // The engine worker as `npm run bench` builds it for the app (build.mjs, into dist/node).
  const engineWorkerPath = path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    '..',
    '..',
    'node',
    'engine-worker.mjs',
  );
  const serving = await startServing({ port: 0, dataDir, staticDir, engineWorkerPath }, io);
  if (serving === null) process.exit(1);
  process.once('SIGTERM', () => {
    void serving.stop().then(() => process.exit(0));
  });
  process.stdout.write(`${JSON.stringify({ url: serving.host.url, token: serving.host.token })}\n`);
}

async function startHostProcess(dataDir: string, staticDir: string) {
  const child: ChildProcess = spawn(process.execPath, [process.argv[1]!, 'serve', dataDir, staticDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the host exited (${String(code)}) before it was ready`)));
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  const call = async (service: string, method: string, input: unknown = {}) => {
    const response = await fetch(`${url}api/call/${service}/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const envelope = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
    if (!envelope.ok) throw new Error(`${service}.${method} failed: ${envelope.error?.message}`);
    return envelope.value;
  };
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { call, stop };
}

/** Calls "list journeys" every PROBE_EVERY_MS until stopped; each latency is one call's round trip. */
function probe(call: (service: string, method: string) => Promise<unknown>) {
  const latencies: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await call('journeys', 'list');
      const took = performance.now() - started;
      latencies.push(took);
      await sleep(Math.max(0, PROBE_EVERY_MS - took));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      return latencies;
    },
  };
}

interface EnrolmentFigures {
  seconds: number;
  enrolled: number;
  apiDuring: number[];
  apiIdle: number[];
}

async function runEngine(dataDir: string, staticDir: string): Promise<EnrolmentFigures> {
  const host = await startHostProcess(dataDir, staticDir);
  try {
    const [summary] = (await host.call('journeys', 'list')) as { id: string; revision: number }[];
    const idle = probe(host.call);
    await sleep(IDLE_PROBES * PROBE_EVERY_MS);
    const apiIdle = await idle.stop();

    // Progress is read on a connection of this process, as another reader of the data folder would.
    const db = new Database(path.join(dataDir, DATABASE_FILE_NAME), { readonly: true });
    const progress = db.prepare('SELECT enrol_done AS done, enrolled_count AS enrolled FROM engine_journeys');
    const during = probe(host.call);
    const started = performance.now();
    await host.call('journeys', 'activate', { id: summary!.id, expectedRevision: summary!.revision });
    let state: { done: number; enrolled: number } | undefined;
    for (;;) {
      state = progress.get() as typeof state;
      if (state?.done === 1) break;
      if (performance.now() - started > 10 * 60_000) throw new Error('enrolment did not finish in 10 minutes');
      await sleep(200);
    }
    const seconds = (performance.now() - started) / 1000;
    const apiDuring = await during.stop();
    db.close();
    return { seconds, enrolled: state.enrolled, apiDuring, apiIdle };
  } finally {
    await host.stop();
  }
}

/** The same run rows and wake-ups, from the same contacts, BATCH contacts per transaction. */
function rawBaseline(file: string): number {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  db.pragma('secure_delete = ON');
  db.pragma('cache_size = -65536');
  const runs = db.prepare(
    `INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, started_at, updated_at)
     SELECT 'raw', 1, customer_id, 'entry', 'waiting', ?, ? FROM contacts WHERE customer_id > ?
     ORDER BY customer_id LIMIT ? RETURNING id, contact_id`,
  );
  const wakeups = db.prepare(
    `INSERT INTO engine_wakeups (run_id, journey_id, due_at, purpose)
     SELECT id, journey_id, ?, 'enter' FROM engine_runs WHERE id BETWEEN ? AND ?`,
  );
  const started = performance.now();
  let cursor = '';
  let total = 0;
  const batch = db.transaction(() => {
    const now = Date.now();
    const created = runs.raw().all(now, now, cursor, BATCH) as [number, string][];
    if (created.length === 0) return 0;
    const ids = created.map(([id]) => id);
    wakeups.run(now, Math.min(...ids), Math.max(...ids));
    cursor = created.reduce((last, [, contact]) => (contact > last ? contact : last), cursor);
    return created.length;
  });
  for (let done = batch(); done > 0; done = batch()) total += done;
  const seconds = (performance.now() - started) / 1000;
  db.close();
  if (total !== CONTACTS) throw new Error(`the baseline enrolled ${total} contacts, expected ${CONTACTS}`);
  return seconds;
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-enrolment-bench-'));
  try {
    const dataDir = path.join(dir, 'data');
    const staticDir = path.join(dir, 'static');
    fs.mkdirSync(dataDir);
    fs.mkdirSync(staticDir);
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>bench</title>');
    const seeding = performance.now();
    await seed(dataDir);
    note(`${CONTACTS} contacts seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s`);
    const baselineFile = path.join(dir, 'baseline.sqlite');
    fs.copyFileSync(path.join(dataDir, DATABASE_FILE_NAME), baselineFile);

    const ours = await runEngine(dataDir, staticDir);
    const raw = rawBaseline(baselineFile);
    if (ours.enrolled !== CONTACTS) throw new Error(`enrolled ${ours.enrolled} of ${CONTACTS} contacts`);
    check(
      'contacts enrolled per second (activate call → enrolment recorded done)',
      {
        ours: CONTACTS / ours.seconds,
        baseline: CONTACTS / raw,
        baselineName: `raw INSERT … SELECT of the same runs and wake-ups, ${BATCH} per transaction`,
        unit: 'contacts/s',
      },
      { atLeast: TARGET_CONTACTS_PER_S },
    );
    check(
      `"list journeys" over HTTP every ${PROBE_EVERY_MS} ms during the enrolment, p95`,
      {
        ours: percentile(ours.apiDuring, 95),
        baseline: percentile(ours.apiIdle, 95),
        baselineName: 'the same call to the same host, idle',
        unit: 'ms',
      },
      { atMost: TARGET_API_P95_MS },
    );
    note(
      `${ours.apiDuring.length} calls during ${ours.seconds.toFixed(1)} s of enrolment (max ${Math.max(...ours.apiDuring).toFixed(0)} ms, p50 ${percentile(ours.apiDuring, 50).toFixed(0)} ms); baseline ${raw.toFixed(1)} s`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const [mode, dataDir, staticDir] = process.argv.slice(2);
if (mode === 'serve') await serve(dataDir!, staticDir!);
else await main();
