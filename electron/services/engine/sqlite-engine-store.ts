import type { Db } from '../store/database';
import {
  CONTACT_CHANGE_TRIGGER_NAMES,
  CREATE_CONTACT_CHANGE_TRIGGERS,
  DROP_CONTACT_CHANGE_TRIGGERS,
} from './contact-change-triggers';
import { createSqliteSends } from './sqlite-sends';
import type {
  AttemptStatus,
  CounterRow,
  DueWakeup,
  EngineStore,
  EnrolmentState,
  EventWait,
  MessageAttempt,
  NodeCounter,
  Run,
  RunOutcome,
  RunStatus,
  StepInFlight,
  StepLogEntry,
  StoredEvent,
} from './engine-store';

const LEASE_NAME = 'engine';
const LOG_INSERT = 'INSERT INTO engine_step_log (run_id, journey_id, version, node_id, at, decision, detail) VALUES';
const LOG_ROW = '(?, ?, ?, ?, ?, ?, ?)';
/** Step-log lines per multi-row insert: one statement call for many lines is most of what a batch logs. */
const LOG_CHUNK = 64;

/** Rows per multi-row insert when runs are created in bulk (an audience enrolling). */
const RUN_CHUNK = 100;
const rowsOf = (row: string, count: number) => Array.from({ length: count }, () => row).join(', ');

function logValues(entry: StepLogEntry): unknown[] {
  return [
    entry.runId,
    entry.journeyId,
    entry.version,
    entry.nodeId,
    entry.at,
    entry.decision,
    JSON.stringify(entry.detail),
  ];
}

interface RunRow {
  id: number;
  journey_id: string;
  version: number;
  contact_id: string;
  node_id: string;
  status: RunStatus;
  outcome: RunOutcome | null;
  trigger_event: string | null;
  node_state: string;
  effect: string | null;
  last_message_key: string | null;
  started_at: number;
  updated_at: number;
  ended_at: number | null;
}

function toRun(row: RunRow): Run {
  return {
    id: row.id,
    journeyId: row.journey_id,
    version: row.version,
    contactId: row.contact_id,
    nodeId: row.node_id,
    status: row.status,
    outcome: row.outcome,
    trigger: row.trigger_event === null ? null : (JSON.parse(row.trigger_event) as Run['trigger']),
    nodeState: JSON.parse(row.node_state) as Record<string, unknown>,
    effect: row.effect === null ? null : (JSON.parse(row.effect) as Record<string, unknown>),
    lastMessageKey: row.last_message_key,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
    endedAt: row.ended_at,
  };
}

interface AttemptRow {
  idempotency_key: string;
  attempt: number;
  run_id: number;
  journey_id: string;
  version: number;
  node_id: string;
  contact_id: string;
  fallback_index: number;
  channel: string;
  provider: string;
  status: AttemptStatus;
  error: string | null;
  created_at: number;
}

interface EventRow {
  id: string;
  customer_id: string;
  name: string;
  properties: string;
  occurred_at: number;
  received_at: number;
}

/** The engine's store on the app's SQLite database (its own connection on the engine's thread). */
export function createSqliteEngineStore(db: Db): EngineStore {
  const q = {
    lease: db.prepare(
      `INSERT INTO engine_lease (name, holder, expires_at) VALUES (@name, @holder, @expiresAt)
       ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
       WHERE engine_lease.holder = excluded.holder OR engine_lease.expires_at <= @now`,
    ),
    releaseLease: db.prepare('DELETE FROM engine_lease WHERE name = ? AND holder = ?'),
    liveJourneys: db.prepare(
      `SELECT id, status, live_version FROM journeys WHERE live_version IS NOT NULL AND deleted_at IS NULL
       AND status IN ('active', 'paused', 'stopped', 'archived')`,
    ),
    journeyStatus: db.prepare('SELECT status FROM journeys WHERE id = ?').pluck(),
    enrolment: db.prepare('SELECT * FROM engine_journeys WHERE journey_id = ?'),
    putEnrolment: db.prepare(
      `INSERT INTO engine_journeys (journey_id, enrolled_version, enrol_cursor, enrol_done, enrolled_count)
       VALUES (?, ?, ?, ?, ?) ON CONFLICT (journey_id) DO UPDATE SET enrolled_version = excluded.enrolled_version,
       enrol_cursor = excluded.enrol_cursor, enrol_done = excluded.enrol_done, enrolled_count = excluded.enrolled_count`,
    ),
    watched: db.prepare('SELECT journey_id FROM engine_contact_watch ORDER BY journey_id').pluck(),
    changeTriggers: db
      .prepare(
        `SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (${CONTACT_CHANGE_TRIGGER_NAMES.map(() => '?').join(', ')})`,
      )
      .pluck(),
    watch: db.prepare('INSERT OR IGNORE INTO engine_contact_watch (journey_id) VALUES (?)'),
    unwatch: db.prepare('DELETE FROM engine_contact_watch WHERE journey_id = ?'),
    dropChanges: db.prepare('DELETE FROM engine_contact_changes WHERE journey_id = ?'),
    changedContacts: db
      .prepare('SELECT contact_id FROM engine_contact_changes WHERE journey_id = ? ORDER BY contact_id LIMIT ?')
      .pluck(),
    forgetChange: db.prepare('DELETE FROM engine_contact_changes WHERE journey_id = ? AND contact_id = ?'),
    createRun: db.prepare(
      `INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, trigger_event, started_at, updated_at)
       VALUES (?, ?, ?, ?, 'active', ?, ?, ?)`,
    ),
    createWaitingRuns: (count: number) =>
      db
        .prepare(
          `INSERT INTO engine_runs (journey_id, version, contact_id, node_id, status, trigger_event, started_at, updated_at)
           VALUES ${rowsOf("(?, ?, ?, ?, 'waiting', ?, ?, ?)", count)} RETURNING id, journey_id`,
        )
        .raw(),
    scheduleMany: (count: number) =>
      db.prepare(
        `INSERT INTO engine_wakeups (run_id, journey_id, due_at, purpose) VALUES ${rowsOf('(?, ?, ?, ?)', count)}`,
      ),
    run: db.prepare('SELECT * FROM engine_runs WHERE id = ?'),
    runs: db.prepare('SELECT * FROM engine_runs WHERE id IN (SELECT value FROM json_each(?))'),
    openRunsAt: db.prepare(
      "SELECT * FROM engine_runs WHERE journey_id = ? AND version = ? AND node_id = ? AND status <> 'ended' ORDER BY id",
    ),
    inFlightBySteps: db.prepare(
      `SELECT version, node_id AS nodeId, count(*) AS count FROM engine_runs
       WHERE journey_id = ? AND status <> 'ended' GROUP BY version, node_id ORDER BY version, node_id`,
    ),
    saveRun: db.prepare(
      `UPDATE engine_runs SET version = ?, node_id = ?, status = ?, outcome = ?, node_state = ?, effect = ?, last_message_key = ?,
       updated_at = ?, ended_at = ? WHERE id = ?`,
    ),
    latestRun: db.prepare(
      'SELECT * FROM engine_runs WHERE contact_id = ? AND journey_id = ? ORDER BY started_at DESC, id DESC LIMIT 1',
    ),
    latestRuns: db.prepare(
      `SELECT r.* FROM json_each(?) AS wanted JOIN engine_runs AS r ON r.id = (
         SELECT id FROM engine_runs WHERE contact_id = wanted.value AND journey_id = ?
         ORDER BY started_at DESC, id DESC LIMIT 1)`,
    ),
    openRuns: db.prepare("SELECT * FROM engine_runs WHERE contact_id = ? AND status <> 'ended' ORDER BY id"),
    openRunIds: db.prepare("SELECT id FROM engine_runs WHERE journey_id = ? AND status <> 'ended' ORDER BY id").pluck(),
    runsInEffect: db.prepare("SELECT * FROM engine_runs WHERE status = 'effect' ORDER BY id LIMIT ?"),
    schedule: db.prepare(
      `INSERT INTO engine_wakeups (run_id, journey_id, due_at, purpose) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id) DO UPDATE SET due_at = excluded.due_at, purpose = excluded.purpose`,
    ),
    unschedule: db.prepare('DELETE FROM engine_wakeups WHERE run_id = ?'),
    wakeupOf: db.prepare('SELECT run_id AS runId, due_at AS dueAt, purpose FROM engine_wakeups WHERE run_id = ?'),
    unscheduleMany: db.prepare('DELETE FROM engine_wakeups WHERE run_id IN (SELECT value FROM json_each(?))'),
    removeWaits: db.prepare('DELETE FROM engine_event_waits WHERE run_id IN (SELECT value FROM json_each(?))'),
    dueWakeups: db.prepare(
      `SELECT w.run_id AS runId, w.due_at AS dueAt, w.purpose FROM engine_wakeups AS w
       JOIN journeys AS j ON j.id = w.journey_id
       WHERE w.due_at <= ? AND j.status <> 'paused' ORDER BY w.due_at, w.run_id LIMIT ?`,
    ),
    // ORDER BY … LIMIT 1 walks the due index from its start; min() over the join would read all of it.
    nextDue: db
      .prepare(
        `SELECT w.due_at FROM engine_wakeups AS w JOIN journeys AS j ON j.id = w.journey_id
         WHERE j.status <> 'paused' ORDER BY w.due_at LIMIT 1`,
      )
      .pluck(),
    addWait: db.prepare(
      `INSERT INTO engine_event_waits (run_id, contact_id, event_name, message_key) VALUES (?, ?, ?, ?)
       ON CONFLICT (run_id) DO UPDATE SET contact_id = excluded.contact_id, event_name = excluded.event_name,
       message_key = excluded.message_key`,
    ),
    removeWait: db.prepare('DELETE FROM engine_event_waits WHERE run_id = ?'),
    waitsFor: db.prepare(
      `SELECT run_id AS runId, contact_id AS contactId, event_name AS eventName, message_key AS messageKey
       FROM engine_event_waits WHERE contact_id = ? AND event_name = ? ORDER BY run_id`,
    ),
    insertEvent: db.prepare(
      `INSERT INTO engine_events (id, idempotency_key, customer_id, name, properties, occurred_at, received_at, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING`,
    ),
    eventByKey: db.prepare('SELECT id FROM engine_events WHERE idempotency_key = ?').pluck(),
    unprocessed: db.prepare(
      `SELECT id, customer_id, name, properties, occurred_at, received_at FROM engine_events
       WHERE processed_at IS NULL ORDER BY received_at, rowid LIMIT ?`,
    ),
    markProcessed: db.prepare('UPDATE engine_events SET processed_at = ? WHERE id = ?'),
    insertAttempt: db.prepare(
      `INSERT INTO message_attempts (idempotency_key, attempt, run_id, journey_id, version, node_id, contact_id,
       fallback_index, channel, provider, status, error, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key, attempt) DO NOTHING`,
    ),
    setAttempt: db.prepare(
      'UPDATE message_attempts SET status = ?, error = ?, updated_at = ? WHERE idempotency_key = ? AND attempt = ?',
    ),
    attemptByKey: db.prepare('SELECT * FROM message_attempts WHERE idempotency_key = ? ORDER BY attempt DESC LIMIT 1'),
    sendsSince: db
      .prepare(
        `SELECT created_at FROM message_attempts WHERE contact_id = ? AND created_at > ? AND is_test = 0
         AND status IN ('pending', 'accepted', 'delivered') ORDER BY created_at`,
      )
      .pluck(),
    bump: db.prepare(
      `INSERT INTO engine_node_counters (journey_id, version, node_id, counter, value) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (journey_id, version, node_id, counter) DO UPDATE SET value = value + excluded.value`,
    ),
    counters: db.prepare(
      'SELECT version, node_id AS nodeId, counter, value FROM engine_node_counters WHERE journey_id = ? ORDER BY version, node_id, counter',
    ),
    log: db.prepare(`${LOG_INSERT} ${LOG_ROW}`),
    logChunk: db.prepare(`${LOG_INSERT} ${Array.from({ length: LOG_CHUNK }, () => LOG_ROW).join(', ')}`),
    stepLog: db.prepare('SELECT * FROM engine_step_log WHERE run_id = ? ORDER BY id'),
  };

  // Statements for a full chunk are kept; a last, shorter chunk prepares its own.
  const fullRunChunk = q.createWaitingRuns(RUN_CHUNK);
  const fullScheduleChunk = q.scheduleMany(RUN_CHUNK);

  return {
    transaction: (fn) => db.transaction(fn).immediate(),
    acquireLease: (holder, now, expiresAt) => q.lease.run({ name: LEASE_NAME, holder, expiresAt, now }).changes > 0,
    releaseLease: (holder) => void q.releaseLease.run(LEASE_NAME, holder),
    liveJourneys: () =>
      (q.liveJourneys.all() as { id: string; status: string; live_version: number }[]).map((row) => ({
        journeyId: row.id,
        status: row.status,
        liveVersion: row.live_version,
      })),
    journeyStatus: (journeyId) => q.journeyStatus.get(journeyId) as string | undefined,
    enrolment(journeyId): EnrolmentState | undefined {
      const row = q.enrolment.get(journeyId) as
        | { enrolled_version: number | null; enrol_cursor: string | null; enrol_done: number; enrolled_count: number }
        | undefined;
      if (row === undefined) return undefined;
      return {
        journeyId,
        enrolledVersion: row.enrolled_version,
        cursor: row.enrol_cursor,
        done: row.enrol_done === 1,
        enrolledCount: row.enrolled_count,
      };
    },
    putEnrolment: (state) =>
      void q.putEnrolment.run(
        state.journeyId,
        state.enrolledVersion,
        state.cursor,
        state.done ? 1 : 0,
        state.enrolledCount,
      ),
    watchContacts(journeyIds) {
      const wanted = new Set(journeyIds);
      const current = new Set(q.watched.all() as string[]);
      const triggers = q.changeTriggers.get(...CONTACT_CHANGE_TRIGGER_NAMES) as number;
      const triggersRight = wanted.size > 0 ? triggers === CONTACT_CHANGE_TRIGGER_NAMES.length : triggers === 0;
      if (triggersRight && wanted.size === current.size && [...wanted].every((id) => current.has(id))) return;
      db.transaction(() => {
        for (const journeyId of current) {
          if (wanted.has(journeyId)) continue;
          q.unwatch.run(journeyId);
          q.dropChanges.run(journeyId);
        }
        for (const journeyId of wanted) if (!current.has(journeyId)) q.watch.run(journeyId);
        db.exec(wanted.size > 0 ? CREATE_CONTACT_CHANGE_TRIGGERS : DROP_CONTACT_CHANGE_TRIGGERS);
      }).immediate();
    },
    changedContacts: (journeyId, limit) => q.changedContacts.all(journeyId, limit) as string[],
    forgetContactChanges(journeyId, contactIds) {
      for (const contactId of contactIds) q.forgetChange.run(journeyId, contactId);
    },
    dataVersion: () => db.pragma('data_version', { simple: true }) as number,
    ...createSqliteSends(db),
    createRun: (run) =>
      Number(
        q.createRun.run(
          run.journeyId,
          run.version,
          run.contactId,
          run.nodeId,
          run.trigger === null ? null : JSON.stringify(run.trigger),
          run.startedAt,
          run.startedAt,
        ).lastInsertRowid,
      ),
    createWaitingRuns(runs, dueAt, purpose) {
      for (let at = 0; at < runs.length; at += RUN_CHUNK) {
        const chunk = runs.slice(at, at + RUN_CHUNK);
        const full = chunk.length === RUN_CHUNK;
        const created = (full ? fullRunChunk : q.createWaitingRuns(chunk.length)).all(
          chunk.flatMap((run) => [
            run.journeyId,
            run.version,
            run.contactId,
            run.nodeId,
            run.trigger === null ? null : JSON.stringify(run.trigger),
            run.startedAt,
            run.startedAt,
          ]),
        ) as [number, string][];
        (full ? fullScheduleChunk : q.scheduleMany(created.length)).run(
          created.flatMap(([id, journeyId]) => [id, journeyId, dueAt, purpose]),
        );
      }
    },
    run(runId) {
      const row = q.run.get(runId) as RunRow | undefined;
      return row === undefined ? undefined : toRun(row);
    },
    runs(runIds) {
      const rows = q.runs.all(JSON.stringify(runIds)) as RunRow[];
      return new Map(rows.map((row) => [row.id, toRun(row)]));
    },
    openRunsAt: (journeyId, version, nodeId) => (q.openRunsAt.all(journeyId, version, nodeId) as RunRow[]).map(toRun),
    inFlightBySteps: (journeyId) => q.inFlightBySteps.all(journeyId) as StepInFlight[],
    saveRun: (run) =>
      void q.saveRun.run(
        run.version,
        run.nodeId,
        run.status,
        run.outcome,
        JSON.stringify(run.nodeState),
        run.effect === null ? null : JSON.stringify(run.effect),
        run.lastMessageKey,
        run.updatedAt,
        run.endedAt,
        run.id,
      ),
    latestRun(journeyId, contactId) {
      const row = q.latestRun.get(contactId, journeyId) as RunRow | undefined;
      return row === undefined ? undefined : toRun(row);
    },
    latestRuns(journeyId, contactIds) {
      const rows = q.latestRuns.all(JSON.stringify(contactIds), journeyId) as RunRow[];
      return new Map(rows.map((row) => [row.contact_id, toRun(row)]));
    },
    openRuns: (contactId) => (q.openRuns.all(contactId) as RunRow[]).map(toRun),
    openRunIds: (journeyId) => q.openRunIds.all(journeyId) as number[],
    runsInEffect: (limit) => (q.runsInEffect.all(limit) as RunRow[]).map(toRun),
    schedule: (runId, journeyId, dueAt, purpose) => void q.schedule.run(runId, journeyId, dueAt, purpose),
    unschedule: (runId) => void q.unschedule.run(runId),
    wakeupOf: (runId) => q.wakeupOf.get(runId) as DueWakeup | undefined,
    clearWaits(runIds) {
      const ids = JSON.stringify(runIds);
      q.unscheduleMany.run(ids);
      q.removeWaits.run(ids);
    },
    dueWakeups: (now, limit) => q.dueWakeups.all(now, limit) as DueWakeup[],
    nextDue: () => (q.nextDue.get() as number | undefined) ?? null,
    addEventWait: (wait: EventWait) => void q.addWait.run(wait.runId, wait.contactId, wait.eventName, wait.messageKey),
    removeEventWait: (runId) => void q.removeWait.run(runId),
    waitsFor: (contactId, eventName) => q.waitsFor.all(contactId, eventName) as EventWait[],
    eventIdByKey: (idempotencyKey) => q.eventByKey.get(idempotencyKey) as string | undefined,
    insertEvent(event) {
      const inserted = q.insertEvent.run(
        event.id,
        event.idempotencyKey,
        event.customerId,
        event.name,
        JSON.stringify(event.properties),
        event.occurredAt,
        event.receivedAt,
        event.source,
      );
      if (inserted.changes > 0) return { id: event.id, duplicate: false };
      return { id: q.eventByKey.get(event.idempotencyKey) as string, duplicate: true };
    },
    unprocessedEvents: (limit) =>
      (q.unprocessed.all(limit) as EventRow[]).map((row): StoredEvent => ({
        id: row.id,
        customerId: row.customer_id,
        name: row.name,
        properties: JSON.parse(row.properties) as Record<string, unknown>,
        occurredAt: row.occurred_at,
        receivedAt: row.received_at,
      })),
    markProcessed: (eventId, at) => void q.markProcessed.run(at, eventId),
    insertAttempt: (attempt: MessageAttempt) =>
      void q.insertAttempt.run(
        attempt.idempotencyKey,
        attempt.attempt,
        attempt.runId,
        attempt.journeyId,
        attempt.version,
        attempt.nodeId,
        attempt.contactId,
        attempt.fallbackIndex,
        attempt.channel,
        attempt.provider,
        attempt.status,
        attempt.error,
        attempt.createdAt,
        attempt.createdAt,
      ),
    setAttemptStatus: (key, attempt, status, error, at) => void q.setAttempt.run(status, error, at, key, attempt),
    attemptByKey(key) {
      const row = q.attemptByKey.get(key) as AttemptRow | undefined;
      if (row === undefined) return undefined;
      return {
        idempotencyKey: row.idempotency_key,
        attempt: row.attempt,
        runId: row.run_id,
        journeyId: row.journey_id,
        version: row.version,
        nodeId: row.node_id,
        contactId: row.contact_id,
        fallbackIndex: row.fallback_index,
        channel: row.channel,
        provider: row.provider,
        status: row.status,
        error: row.error,
        createdAt: row.created_at,
      };
    },
    sendsSince: (contactId, since) => q.sendsSince.all(contactId, since) as number[],
    bump: (journeyId, version, nodeId, counter: NodeCounter, by = 1) =>
      void q.bump.run(journeyId, version, nodeId, counter, by),
    counters: (journeyId) => q.counters.all(journeyId) as CounterRow[],
    log: (entry: StepLogEntry) => void q.log.run(logValues(entry)),
    logMany(entries) {
      let at = 0;
      for (; at + LOG_CHUNK <= entries.length; at += LOG_CHUNK)
        q.logChunk.run(entries.slice(at, at + LOG_CHUNK).flatMap(logValues));
      for (; at < entries.length; at += 1) q.log.run(logValues(entries[at]!));
    },
    stepLog: (runId) =>
      (
        q.stepLog.all(runId) as {
          run_id: number;
          journey_id: string;
          version: number;
          node_id: string;
          at: number;
          decision: string;
          detail: string;
        }[]
      ).map((row) => ({
        runId: row.run_id,
        journeyId: row.journey_id,
        version: row.version,
        nodeId: row.node_id,
        at: row.at,
        decision: row.decision,
        detail: JSON.parse(row.detail) as Record<string, unknown>,
      })),
  };
}
