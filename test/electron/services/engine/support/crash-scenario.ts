// Kill -9 the engine process at random moments while a journey runs, start it again, and check the
// end state against what each contact should have got. Shared by the crash test in `npm test` (a
// small run) and `npm run reliability` (the full one).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startCore } from '../../../../../electron/services/app-services';
import { seededRandom } from '../../../../support/seeded-random';
import {
  crashContact,
  customerIdOf,
  eventFor,
  expectedFor,
  hookAnswer,
  prepareCrashJourney,
  PURCHASE,
} from './crash-journey';
import { bundleEngineChild, startEngineProcess, type EngineProcess } from './engine-process';
import { startHookServer, type HookServer } from './hook-server';
import { createScaledClock, scaledNow, type ScaledTime } from './scaled-clock';

export interface CrashScenarioOptions {
  /** The repository (the engine process is bundled from its sources). */
  root: string;
  /** An empty folder for the data folder and the bundle. */
  workDir: string;
  contacts: number;
  /** At least this many engine processes must be killed while runs were still open. */
  minKills: number;
  /** After this many kills the last process runs to the end (keeps a small run short); none: kill until the end. */
  maxKills?: number;
  /** Runs per engine transaction: smaller loses less work to a kill, larger goes faster between kills. */
  batchSize: number;
  /** Journey milliseconds per wall-clock millisecond. */
  speed: number;
  delayMinutes: number;
  /** The wait for the purchase event: its timeout. */
  waitMinutes: number;
  /** How long (wall-clock ms) each engine process works, from taking the lease, before its kill. */
  uptimeMs: readonly [min: number, max: number];
  /** Give up (and report what is stuck) when the runs have not all ended by then (wall-clock ms). */
  deadlineMs: number;
  seed: number;
  onProgress?: (line: string) => void;
}

export interface CrashReport {
  problems: string[];
  kills: number;
  contacts: number;
  runs: number;
  ends: Record<string, number>;
  messages: number;
  expectedMessages: number;
  /** Messages beyond one per key, and beyond one per contact and step. */
  duplicates: number;
  webhookCalls: number;
  /** Calls repeating a key already delivered (a retry, or the redelivery of a call a kill cut off). */
  webhookRedeliveries: number;
  /** Contacts whose webhook calls carried more than one key (or none). */
  changedKeys: number;
  eventsSent: number;
  /** Of eventsSent, the purchases (the rest are of another name, which the wait must ignore). */
  purchasesSent: number;
  pendingWakeups: number;
  integrity: string;
  elapsedMs: number;
}

/** Wall-clock ms of an engine process's lease: how long a successor waits after a kill. */
const LEASE_WALL_MS = 400;
const WATCH_WALL_MS = 100;
const POLL_MS = 50;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runCrashScenario(options: CrashScenarioOptions): Promise<CrashReport> {
  const startedAt = Date.now();
  const progress = options.onProgress ?? (() => undefined);
  const random = seededRandom(options.seed);
  const dataDir = path.join(options.workDir, 'data');
  fs.mkdirSync(dataDir, { recursive: true });
  const bundle = path.join(options.workDir, 'engine-child.cjs');
  await bundleEngineChild(options.root, bundle);

  const time: ScaledTime = { origin: Date.now(), speed: options.speed };
  const hooks = await startHookServer();
  // This process plays the shop: it records events on the data folder as the CLI or the API would.
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test', clock: createScaledClock(time) });
  let engine: EngineProcess | null = null;
  let db: Database.Database | null = null;
  try {
    await prepareCrashJourney(core, hooks.url, options.contacts, options);
    db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
    const reader = db;
    const openRuns = () =>
      (reader.prepare('SELECT count(*) FROM engine_runs').pluck().get() as number) < options.contacts ||
      (reader.prepare("SELECT count(*) FROM engine_runs WHERE status <> 'ended'").pluck().get() as number) > 0;

    const evented = new Set<string>();
    const waiting = reader.prepare('SELECT contact_id FROM engine_event_waits').pluck();
    let eventsSent = 0;
    let purchasesSent = 0;
    /** Sends each contact seen waiting its event (if it gets one), once. */
    const sendEvents = () => {
      const batch = (waiting.all() as string[])
        .filter((id) => !evented.has(id))
        .flatMap((customerId) => {
          evented.add(customerId);
          const name = eventFor(customerId);
          return name === null
            ? []
            : [{ customerId, name, properties: {}, occurredAt: scaledNow(time), source: 'api' as const }];
        });
      if (batch.length > 0) core.ingress.ingest(batch);
      eventsSent += batch.length;
      purchasesSent += batch.filter((event) => event.name === PURCHASE).length;
    };
    /** Polls (sending events) until `done` or `ms` pass. */
    const watch = async (ms: number, done: () => boolean) => {
      const until = Date.now() + ms;
      while (Date.now() < until && !done()) {
        sendEvents();
        await sleep(POLL_MS);
      }
      sendEvents();
    };

    const childOptions = {
      dataDir,
      time,
      engine: {
        leaseMs: LEASE_WALL_MS * time.speed,
        watchMs: WATCH_WALL_MS * time.speed,
        batchSize: options.batchSize,
      },
    };
    let kills = 0;
    let finished = false;
    const deadline = startedAt + options.deadlineMs;
    while (Date.now() < deadline) {
      const spawnedAt = Date.now();
      engine = await startEngineProcess(options.root, bundle, childOptions);
      await engine.waitFor('leading', LEASE_WALL_MS * 10);
      const leadingIn = Date.now() - spawnedAt;
      const [min, max] = options.uptimeMs;
      const last = options.maxKills !== undefined && kills >= options.maxKills;
      await watch(last ? deadline - Date.now() : min + random.int(max - min + 1), () => !openRuns());
      if (!openRuns()) {
        finished = true;
        break;
      }
      await engine.kill();
      engine = null;
      kills += 1;
      const ended = reader.prepare("SELECT count(*) FROM engine_runs WHERE status = 'ended'").pluck().get() as number;
      progress(
        `kill ${kills} at ${Date.now() - startedAt} ms: ${ended} of ${options.contacts} runs ended (it led ${leadingIn} ms after its start)`,
      );
    }
    if (engine) await engine.kill();
    engine = null;

    const report = check(reader, hooks, options, finished, time);
    report.kills = kills;
    report.eventsSent = eventsSent;
    report.purchasesSent = purchasesSent;
    if (kills < options.minKills)
      report.problems.push(`only ${kills} kills landed before the runs ended (at least ${options.minKills} wanted)`);
    report.elapsedMs = Date.now() - startedAt;
    return report;
  } finally {
    if (engine) await engine.kill();
    db?.close();
    await core.stop();
    await hooks.close();
  }
}

/** Compares the data folder and the webhook's log with what each contact should have got. */
function check(
  db: Database.Database,
  hooks: HookServer,
  options: CrashScenarioOptions,
  finished: boolean,
  time: ScaledTime,
): CrashReport {
  const problems: string[] = [];
  const say = (count: number, what: string, examples: readonly unknown[]) => {
    if (count > 0) problems.push(`${count} ${what}, e.g. ${JSON.stringify(examples.slice(0, 3))}`);
  };

  const runs = db.prepare('SELECT contact_id, node_id, status, outcome FROM engine_runs').all() as {
    contact_id: string;
    node_id: string;
    status: string;
    outcome: string | null;
  }[];
  const runsOf = groupBy(runs, (run) => run.contact_id);
  const outbox = db
    .prepare('SELECT idempotency_key, contact_id, node_id, channel, recipient FROM outbox_messages')
    .all() as {
    idempotency_key: string;
    contact_id: string;
    node_id: string;
    channel: string;
    recipient: string;
  }[];
  const outboxOf = groupBy(outbox, (row) => row.contact_id);

  const ends: Record<string, number> = {};
  const wrongRuns: unknown[] = [];
  const wrongMessages: unknown[] = [];
  const unstableKeys: unknown[] = [];
  const duplicated: unknown[] = [];
  const missingCalls: string[] = [];
  const missingRetries: string[] = [];
  let expectedMessages = 0;
  let duplicates = 0;
  let webhookCalls = 0;
  let webhookRedeliveries = 0;
  const allKeys = new Set<string>();
  for (let i = 0; i < options.contacts; i += 1) {
    const contact = crashContact(i);
    const id = customerIdOf(i);
    const expected = expectedFor(contact);
    ends[expected.end] = (ends[expected.end] ?? 0) + 1;
    expectedMessages += expected.messages.length;

    const own = runsOf.get(id) ?? [];
    const run = own[0];
    if (own.length !== 1 || run?.status !== 'ended' || run.outcome !== 'exited' || run.node_id !== expected.end)
      wrongRuns.push({ contact: id, expected: expected.end, runs: own });

    const wanted = expected.messages.map((m) => `${m.node} ${m.channel} ${m.recipient}`).sort();
    const got = (outboxOf.get(id) ?? []).map((m) => `${m.node_id} ${m.channel} ${m.recipient}`).sort();
    if (JSON.stringify(wanted) !== JSON.stringify(got)) wrongMessages.push({ contact: id, wanted, got });
    const perStep = groupBy(outboxOf.get(id) ?? [], (m) => m.node_id);
    for (const [node, sent] of perStep) {
      duplicates += sent.length - 1;
      if (sent.length > 1) duplicated.push({ contact: id, node, keys: sent.map((m) => m.idempotency_key) });
    }

    const keys = hooks.calls.get(id) ?? [];
    webhookCalls += keys.length;
    const distinct = new Set(keys);
    webhookRedeliveries += keys.length - distinct.size;
    if (keys.length === 0) missingCalls.push(id);
    else if (distinct.size !== 1 || keys[0] === '') unstableKeys.push({ contact: id, keys: [...distinct] });
    else allKeys.add(keys[0]!);
    if (hookAnswer(id) === 'busy once' && keys.length < 2) missingRetries.push(id);
  }
  const perKey = db
    .prepare('SELECT idempotency_key, count(*) AS n FROM outbox_messages GROUP BY 1 HAVING n > 1')
    .all() as {
    n: number;
  }[];
  duplicates += perKey.reduce((sum, row) => sum + row.n - 1, 0);

  say(wrongRuns.length, 'contacts did not end where their data says', wrongRuns);
  say(wrongMessages.length, 'contacts did not get exactly the messages their data says', wrongMessages);
  say(duplicates, 'duplicate messages', [...perKey, ...duplicated]);
  say(missingCalls.length, 'contacts whose webhook was never called', missingCalls);
  say(missingRetries.length, 'contacts whose webhook answered 503 and was not called again', missingRetries);
  say(unstableKeys.length, 'contacts whose webhook calls did not all carry one Idempotency-Key', unstableKeys);
  const callers = options.contacts - missingCalls.length - unstableKeys.length;
  if (allKeys.size !== callers) problems.push(`webhook keys are shared between runs: ${allKeys.size} for ${callers}`);

  const pendingWakeups = db.prepare('SELECT count(*) FROM engine_wakeups').pluck().get() as number;
  if (!finished) {
    const now = scaledNow(time);
    const late = db.prepare('SELECT run_id, due_at, purpose FROM engine_wakeups WHERE due_at <= ?').all(now);
    const stranded = db
      .prepare(
        `SELECT r.id, r.node_id, r.status FROM engine_runs AS r WHERE r.status = 'waiting'
         AND NOT EXISTS (SELECT 1 FROM engine_wakeups WHERE run_id = r.id)
         AND NOT EXISTS (SELECT 1 FROM engine_event_waits WHERE run_id = r.id)`,
      )
      .all();
    problems.push(`the runs had not all ended after ${options.deadlineMs} ms`);
    say(late.length, 'wake-ups past due', late);
    say(stranded.length, 'waiting runs with nothing to wake them', stranded);
  } else {
    say(pendingWakeups, 'wake-ups left after every run ended', []);
    const waits = db.prepare('SELECT count(*) FROM engine_event_waits').pluck().get() as number;
    say(waits, 'event waits left after every run ended', []);
  }
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  if (integrity !== 'ok') problems.push(`integrity_check: ${integrity}`);

  return {
    problems,
    kills: 0,
    contacts: options.contacts,
    runs: runs.length,
    ends,
    messages: outbox.length,
    expectedMessages,
    duplicates,
    webhookCalls,
    webhookRedeliveries,
    changedKeys: unstableKeys.length,
    eventsSent: 0,
    purchasesSent: 0,
    pendingWakeups,
    integrity,
    elapsedMs: 0,
  };
}

export function crashSummary(report: CrashReport): string {
  const ends = Object.entries(report.ends)
    .map(([end, n]) => `${end} ${n}`)
    .join(', ');
  return [
    `kill -9 cycles:        ${report.kills}`,
    `contacts / runs:       ${report.contacts} / ${report.runs} (${ends})`,
    `outbox messages:       ${report.messages} (expected ${report.expectedMessages})`,
    `duplicate messages:    ${report.duplicates}`,
    `webhook calls:         ${report.webhookCalls} (${report.webhookRedeliveries} repeated a key; ${report.changedKeys} contacts' key changed)`,
    `events sent mid-run:   ${report.eventsSent} (${report.purchasesSent} purchases)`,
    `wake-ups left pending: ${report.pendingWakeups}`,
    `integrity_check:       ${report.integrity}`,
    `time:                  ${(report.elapsedMs / 1000).toFixed(1)} s`,
    report.problems.length === 0 ? 'result:                ok' : `PROBLEMS:\n  ${report.problems.join('\n  ')}`,
  ].join('\n');
}
