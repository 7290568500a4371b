import type { StoreMigration } from './types';

/**
 * The journey engine's own bookkeeping. A run is one contact's pass through one journey version;
 * it has at most one wake-up (when it next needs attention) and at most one event wait (what it
 * listens for). Counters are per node per version; the step log says what was decided and why.
 * The lease row names the one process per data folder that runs the engine. Times are epoch ms.
 */
export const engineSchema: StoreMigration = {
  version: 7,
  name: 'engine: runs, wake-ups, event waits, counters, step log, lease',
  up: `
    CREATE TABLE engine_runs (
      id INTEGER PRIMARY KEY,
      journey_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      contact_id TEXT NOT NULL,
      node_id TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('active', 'waiting', 'effect', 'ended')),
      outcome TEXT CHECK (outcome IS NULL OR outcome IN ('completed', 'exited', 'converted', 'stopped')),
      trigger_event TEXT CHECK (trigger_event IS NULL OR json_valid(trigger_event)),
      node_state TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(node_state)),
      effect TEXT CHECK (effect IS NULL OR json_valid(effect)),
      last_message_key TEXT,
      started_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      ended_at INTEGER
    );
    CREATE INDEX engine_runs_contact ON engine_runs (contact_id, journey_id, started_at);
    CREATE INDEX engine_runs_journey_open ON engine_runs (journey_id) WHERE status <> 'ended';
    CREATE INDEX engine_runs_effect ON engine_runs (id) WHERE status = 'effect';

    CREATE TABLE engine_wakeups (
      run_id INTEGER PRIMARY KEY REFERENCES engine_runs (id),
      journey_id TEXT NOT NULL,
      due_at INTEGER NOT NULL,
      purpose TEXT NOT NULL
    );
    CREATE INDEX engine_wakeups_due ON engine_wakeups (due_at, run_id);

    CREATE TABLE engine_event_waits (
      run_id INTEGER PRIMARY KEY REFERENCES engine_runs (id),
      contact_id TEXT NOT NULL,
      event_name TEXT NOT NULL,
      message_key TEXT
    );
    CREATE INDEX engine_event_waits_contact ON engine_event_waits (contact_id, event_name);

    CREATE TABLE engine_node_counters (
      journey_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      node_id TEXT NOT NULL,
      counter TEXT NOT NULL,
      value INTEGER NOT NULL,
      PRIMARY KEY (journey_id, version, node_id, counter)
    ) WITHOUT ROWID;

    CREATE TABLE engine_step_log (
      id INTEGER PRIMARY KEY,
      run_id INTEGER NOT NULL,
      journey_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      node_id TEXT NOT NULL,
      at INTEGER NOT NULL,
      decision TEXT NOT NULL,
      detail TEXT NOT NULL CHECK (json_valid(detail))
    );
    CREATE INDEX engine_step_log_run ON engine_step_log (run_id, id);

    CREATE TABLE engine_journeys (
      journey_id TEXT PRIMARY KEY,
      enrolled_version INTEGER,
      enrol_cursor TEXT,
      enrol_done INTEGER NOT NULL DEFAULT 0 CHECK (enrol_done IN (0, 1)),
      enrolled_count INTEGER NOT NULL DEFAULT 0
    );

    CREATE TABLE engine_lease (
      name TEXT PRIMARY KEY,
      holder TEXT NOT NULL,
      expires_at INTEGER NOT NULL
    );

    CREATE INDEX message_attempts_contact_sent ON message_attempts (contact_id, created_at) WHERE is_test = 0;
  `,
};
