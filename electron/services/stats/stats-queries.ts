import type { Db } from '../store/database';

export interface CounterRow {
  node_id: string;
  counter: string;
  value: number;
}

export interface RunRow {
  id: number;
  journey_id: string;
  version: number;
  contact_id: string;
  node_id: string;
  status: 'active' | 'waiting' | 'effect' | 'ended';
  outcome: 'completed' | 'exited' | 'converted' | 'stopped' | null;
  started_at: number;
  updated_at: number;
  ended_at: number | null;
  /** When the event that started the run occurred (it may be a little before the run started). */
  trigger_at: number | null;
  due_at: number | null;
  purpose: string | null;
  event_name: string | null;
}

export interface StepLogRow {
  run_id: number;
  /** The version the run was on when the line was written (a run moved to a new version changes it). */
  version: number;
  node_id: string;
  at: number;
  decision: string;
  detail: string;
}

export interface AttemptRow {
  run_id: number;
  version: number;
  node_id: string;
  idempotency_key: string;
  attempt: number;
  fallback_index: number;
  channel: string;
  status: string;
  error: string | null;
  created_at: number;
}

export interface EventRow {
  id: string;
  name: string;
  properties: string;
  occurred_at: number;
}

export interface RunFilter {
  journeyId: string;
  version: number | null;
  nodeId: string | null;
  contactId: string | null;
  state: 'inFlight' | 'ended' | 'all';
  afterId: number;
  limit: number;
}

const RUN_COLUMNS = `r.id, r.journey_id, r.version, r.contact_id, r.node_id, r.status, r.outcome, r.started_at,
  r.updated_at, r.ended_at, json_extract(r.trigger_event, '$.occurredAt') AS trigger_at, w.due_at, w.purpose,
  ew.event_name`;
const RUN_JOINS = `LEFT JOIN engine_wakeups AS w ON w.run_id = r.id LEFT JOIN engine_event_waits AS ew ON ew.run_id = r.id`;

/** The statistics' SQL, prepared once per connection; every query is served by an index (migration 008). */
export function createStatsQueries(db: Db) {
  const q = {
    versions: db.prepare('SELECT version FROM journey_versions WHERE journey_id = ? ORDER BY version').pluck(),
    counters: db.prepare(
      'SELECT node_id, counter, value FROM engine_node_counters WHERE journey_id = ? AND version = ?',
    ),
    inFlightBySteps: db.prepare(
      `SELECT node_id, count(*) AS n FROM engine_runs
       WHERE journey_id = ? AND version = ? AND status <> 'ended' GROUP BY node_id`,
    ),
    inFlightByJourney: db.prepare(
      "SELECT journey_id, count(*) AS n FROM engine_runs WHERE status <> 'ended' GROUP BY journey_id",
    ),
    countersByJourney: db.prepare(
      `SELECT journey_id, version, node_id, counter, value FROM engine_node_counters
       WHERE counter IN ('entered', 'converted')`,
    ),
    funnel: db.prepare(
      `SELECT version, node_id, counter, value FROM engine_node_counters WHERE journey_id = ?
       AND counter IN ('entered', 'sent', 'delivered', 'clicked', 'converted')`,
    ),
    databaseMinute: db.prepare('SELECT CAST(unixepoch() AS INTEGER) / 60').pluck(),
    entryMinutes: db.prepare(
      `SELECT node_id, minute, value FROM engine_entry_minutes
       WHERE journey_id = ? AND version = ? AND minute >= ? ORDER BY node_id, minute`,
    ),
    channelOutcomes: db.prepare(
      `SELECT a.node_id, a.channel, a.status, count(*) AS n FROM message_attempts AS a
       WHERE a.journey_id = ? AND a.version = ? AND a.is_test = 0
       AND a.attempt = (SELECT max(b.attempt) FROM message_attempts AS b WHERE b.idempotency_key = a.idempotency_key)
       GROUP BY a.node_id, a.channel, a.status`,
    ),
    fallbacks: db.prepare(
      `SELECT node_id, json_extract(detail, '$.from') AS channel, count(*) AS n FROM engine_step_log
       WHERE journey_id = ? AND version = ? AND decision = 'fallback' GROUP BY node_id, channel`,
    ),
    contactRuns: db.prepare(
      `SELECT ${RUN_COLUMNS} FROM engine_runs AS r ${RUN_JOINS}
       WHERE r.contact_id = ? AND r.journey_id = ? ORDER BY r.started_at, r.id`,
    ),
    stepLog: db.prepare(
      'SELECT run_id, version, node_id, at, decision, detail FROM engine_step_log WHERE run_id = ? ORDER BY id',
    ),
    attempts: db.prepare(
      `SELECT run_id, version, node_id, idempotency_key, attempt, fallback_index, channel, status, error, created_at
       FROM message_attempts WHERE run_id = ? ORDER BY created_at, id`,
    ),
    events: db.prepare(
      `SELECT id, name, properties, occurred_at FROM engine_events
       WHERE customer_id = ? AND occurred_at >= ? AND occurred_at <= ? ORDER BY occurred_at, rowid`,
    ),
  };

  const runQueries = new Map<string, ReturnType<Db['prepare']>>();
  function runs(filter: RunFilter): RunRow[] {
    const where = ['r.journey_id = @journeyId', 'r.id > @afterId'];
    if (filter.version !== null) where.push('r.version = @version');
    if (filter.nodeId !== null) where.push('r.node_id = @nodeId');
    if (filter.contactId !== null) where.push('r.contact_id = @contactId');
    if (filter.state === 'inFlight') where.push("r.status <> 'ended'");
    if (filter.state === 'ended') where.push("r.status = 'ended'");
    // Built from fixed fragments only; every value is a bound parameter.
    const sql = `SELECT ${RUN_COLUMNS} FROM engine_runs AS r ${RUN_JOINS} WHERE ${where.join(' AND ')} ORDER BY r.id LIMIT @limit`;
    let statement = runQueries.get(sql);
    if (statement === undefined) runQueries.set(sql, (statement = db.prepare(sql)));
    return statement.all({
      journeyId: filter.journeyId,
      afterId: filter.afterId,
      version: filter.version,
      nodeId: filter.nodeId,
      contactId: filter.contactId,
      limit: filter.limit,
    }) as RunRow[];
  }

  return {
    versions: (journeyId: string) => q.versions.all(journeyId) as number[],
    counters: (journeyId: string, version: number) => q.counters.all(journeyId, version) as CounterRow[],
    inFlightBySteps: (journeyId: string, version: number) =>
      q.inFlightBySteps.all(journeyId, version) as { node_id: string; n: number }[],
    inFlightByJourney: () => q.inFlightByJourney.all() as { journey_id: string; n: number }[],
    countersByJourney: () =>
      q.countersByJourney.all() as {
        journey_id: string;
        version: number;
        node_id: string;
        counter: string;
        value: number;
      }[],
    funnel: (journeyId: string) =>
      q.funnel.all(journeyId) as { version: number; node_id: string; counter: string; value: number }[],
    /** The minute by the database's clock: the one the entry-minute trigger stamps rows with. */
    databaseMinute: () => q.databaseMinute.get() as number,
    entryMinutes: (journeyId: string, version: number, fromMinute: number) =>
      q.entryMinutes.all(journeyId, version, fromMinute) as { node_id: string; minute: number; value: number }[],
    channelOutcomes: (journeyId: string, version: number) =>
      q.channelOutcomes.all(journeyId, version) as { node_id: string; channel: string; status: string; n: number }[],
    fallbacks: (journeyId: string, version: number) =>
      q.fallbacks.all(journeyId, version) as { node_id: string; channel: string | null; n: number }[],
    runs,
    contactRuns: (journeyId: string, contactId: string) => q.contactRuns.all(contactId, journeyId) as RunRow[],
    stepLog: (runId: number) => q.stepLog.all(runId) as StepLogRow[],
    attempts: (runId: number) => q.attempts.all(runId) as AttemptRow[],
    events: (contactId: string, from: number, to: number) => q.events.all(contactId, from, to) as EventRow[],
  };
}

export type StatsQueries = ReturnType<typeof createStatsQueries>;
