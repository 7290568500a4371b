import type { StoreMigration } from './types';

/**
 * The tables the sending half shares between its parts: the inbound event log (written by the
 * events API, the CLI and outbox clicks; read by the engine), the message attempts (written by the
 * engine, shown by the outbox and statistics) and the outbox itself (the default provider of every
 * channel). Times are epoch milliseconds. The engine's own bookkeeping (runs, wake-ups, counters,
 * step log, lease) is in the next migration, beside the engine that owns it.
 */
export const sendingSchema: StoreMigration = {
  version: 6,
  name: 'sending: inbound events, message attempts, outbox',
  up: `
    CREATE TABLE engine_events (
      id TEXT PRIMARY KEY,
      idempotency_key TEXT UNIQUE,
      customer_id TEXT NOT NULL,
      name TEXT NOT NULL,
      properties TEXT NOT NULL CHECK (json_valid(properties)),
      occurred_at INTEGER NOT NULL,
      received_at INTEGER NOT NULL,
      source TEXT NOT NULL CHECK (source IN ('api', 'cli', 'app', 'outbox')),
      processed_at INTEGER
    );
    CREATE INDEX engine_events_unprocessed ON engine_events (received_at) WHERE processed_at IS NULL;
    CREATE INDEX engine_events_customer ON engine_events (customer_id, name, occurred_at);

    CREATE TABLE message_attempts (
      id INTEGER PRIMARY KEY,
      idempotency_key TEXT NOT NULL,
      attempt INTEGER NOT NULL CHECK (attempt > 0),
      run_id INTEGER,
      journey_id TEXT,
      version INTEGER,
      node_id TEXT,
      contact_id TEXT,
      fallback_index INTEGER NOT NULL DEFAULT 0 CHECK (fallback_index >= 0),
      channel TEXT NOT NULL,
      provider TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'rejected', 'delivered', 'failed', 'skipped')),
      error TEXT,
      provider_message_id TEXT,
      is_test INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
      created_at INTEGER NOT NULL,
      updated_at INTEGER NOT NULL,
      UNIQUE (idempotency_key, attempt)
    );
    CREATE INDEX message_attempts_run ON message_attempts (run_id, node_id);

    CREATE TABLE outbox_messages (
      id TEXT PRIMARY KEY,
      idempotency_key TEXT NOT NULL UNIQUE,
      channel TEXT NOT NULL,
      recipient TEXT NOT NULL,
      journey_id TEXT,
      version INTEGER,
      node_id TEXT,
      run_id INTEGER,
      contact_id TEXT,
      template_id TEXT,
      rendered TEXT NOT NULL CHECK (json_valid(rendered)),
      is_test INTEGER NOT NULL DEFAULT 0 CHECK (is_test IN (0, 1)),
      created_at INTEGER NOT NULL,
      opened_at INTEGER,
      clicked_at INTEGER
    );
    CREATE INDEX outbox_messages_created ON outbox_messages (created_at);
    CREATE INDEX outbox_messages_journey ON outbox_messages (journey_id, created_at);
    CREATE INDEX outbox_messages_contact ON outbox_messages (contact_id, created_at);
  `,
};
