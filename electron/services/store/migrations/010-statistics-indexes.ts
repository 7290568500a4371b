import type { StoreMigration } from './types';

/**
 * What the statistics pages read, kept cheap for journeys with a million runs:
 *
 * - Runs in flight by journey, version and step: the canvas overlay's "in flight" per step and the
 *   run viewer's "contacts at this step" walk this partial index instead of the runs table. It holds
 *   open runs only, so it stays as small as the work in progress.
 * - Entries per step per minute, for the sparklines. A trigger on the node counters writes them,
 *   so the engine's own writes are unchanged; the minute is the database's wall clock at commit.
 * - Message attempts by journey, version, step and channel; fallbacks taken, from the step log
 *   (a partial index over the fallback rows alone): the per-channel chart of a message step.
 */
export const statisticsIndexesSchema: StoreMigration = {
  version: 10,
  name: 'statistics: open runs by step, entries per minute, attempts by channel',
  up: `
    CREATE INDEX engine_runs_open_by_step ON engine_runs (journey_id, version, node_id) WHERE status <> 'ended';

    CREATE TABLE engine_entry_minutes (
      journey_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      node_id TEXT NOT NULL,
      minute INTEGER NOT NULL,
      value INTEGER NOT NULL,
      PRIMARY KEY (journey_id, version, node_id, minute)
    ) WITHOUT ROWID;

    INSERT INTO engine_entry_minutes (journey_id, version, node_id, minute, value)
      SELECT journey_id, version, node_id, CAST(unixepoch() AS INTEGER) / 60, value
      FROM engine_node_counters WHERE counter = 'entered' AND value > 0;

    CREATE TRIGGER engine_entries_counted AFTER INSERT ON engine_node_counters
    WHEN NEW.counter = 'entered' AND NEW.value > 0
    BEGIN
      INSERT INTO engine_entry_minutes (journey_id, version, node_id, minute, value)
        VALUES (NEW.journey_id, NEW.version, NEW.node_id, CAST(unixepoch() AS INTEGER) / 60, NEW.value)
        ON CONFLICT (journey_id, version, node_id, minute) DO UPDATE SET value = value + excluded.value;
    END;

    CREATE TRIGGER engine_entries_recounted AFTER UPDATE OF value ON engine_node_counters
    WHEN NEW.counter = 'entered' AND NEW.value > OLD.value
    BEGIN
      INSERT INTO engine_entry_minutes (journey_id, version, node_id, minute, value)
        VALUES (NEW.journey_id, NEW.version, NEW.node_id, CAST(unixepoch() AS INTEGER) / 60, NEW.value - OLD.value)
        ON CONFLICT (journey_id, version, node_id, minute) DO UPDATE SET value = value + excluded.value;
    END;

    CREATE INDEX message_attempts_by_step_channel ON message_attempts (journey_id, version, node_id, channel, status)
      WHERE is_test = 0;

    CREATE INDEX engine_step_log_fallbacks ON engine_step_log (journey_id, version, node_id) WHERE decision = 'fallback';
  `,
};
