import type { StoreMigration } from './types';

/**
 * What the journey API keeps beyond 014: sends (enrol exactly these customers into a published
 * journey, queued for the engine, one per client's Idempotency-Key), each journey's state entries
 * (named values a publisher keeps with the journey on this server), and the publish history of
 * journeys published from elsewhere (which version, when, by which client key, with what result).
 */
export const journeyApiSendsSchema: StoreMigration = {
  version: 15,
  name: 'journey API: sends to given customers, journey state, publish history',
  up: `
    CREATE TABLE engine_sends (
      id TEXT PRIMARY KEY,
      journey_id TEXT NOT NULL,
      request_key TEXT NOT NULL UNIQUE,
      audience TEXT NOT NULL CHECK (audience IN ('all', 'list', 'csv')),
      created_at INTEGER NOT NULL,
      customers INTEGER NOT NULL,
      enrolled INTEGER NOT NULL DEFAULT 0,
      skipped INTEGER NOT NULL DEFAULT 0,
      finished_at INTEGER
    );
    CREATE TABLE engine_send_customers (
      send_id TEXT NOT NULL,
      contact_id TEXT NOT NULL,
      outcome TEXT CHECK (outcome IN ('enrolled', 're-entry', 'not-active')),
      PRIMARY KEY (send_id, contact_id)
    ) WITHOUT ROWID;
    CREATE INDEX engine_send_customers_pending ON engine_send_customers (send_id, contact_id) WHERE outcome IS NULL;
    CREATE TABLE api_journey_state (
      journey_id TEXT NOT NULL,
      name TEXT NOT NULL,
      value TEXT NOT NULL,
      client_id TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      PRIMARY KEY (journey_id, name)
    ) WITHOUT ROWID;
    CREATE TABLE api_publish_history (
      id INTEGER PRIMARY KEY,
      journey_id TEXT NOT NULL,
      version INTEGER,
      client_id TEXT NOT NULL,
      at TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('create', 'start', 'publish')),
      status INTEGER NOT NULL,
      result TEXT NOT NULL
    );
    CREATE INDEX api_publish_history_by_journey ON api_publish_history (journey_id, id);
  `,
};
