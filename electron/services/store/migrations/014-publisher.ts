import type { StoreMigration } from './types';

/**
 * The publisher: delivery backend profiles (their API key is a secret, `backend.<id>.apiKey`),
 * where each journey is published (the journey's id there, the version there this app last knew
 * as its base) and every publish attempt per version (when, where, by which key, the result).
 */
export const publisherSchema: StoreMigration = {
  version: 14,
  name: 'publisher: backend profiles, publications, publish history',
  up: `
    CREATE TABLE backends (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL UNIQUE COLLATE NOCASE,
      base_url TEXT NOT NULL,
      tls_verify INTEGER NOT NULL,
      timeout_seconds INTEGER NOT NULL,
      key_hint TEXT,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    );
    CREATE TABLE publications (
      journey_id TEXT NOT NULL,
      backend_id TEXT NOT NULL REFERENCES backends(id) ON DELETE CASCADE,
      remote_journey_id TEXT NOT NULL,
      published_version INTEGER NOT NULL,
      remote_version INTEGER,
      published_at TEXT NOT NULL,
      PRIMARY KEY (journey_id, backend_id)
    ) WITHOUT ROWID;
    CREATE TABLE publish_history (
      id TEXT PRIMARY KEY,
      journey_id TEXT NOT NULL,
      version INTEGER NOT NULL,
      backend_id TEXT NOT NULL,
      backend_name TEXT NOT NULL,
      base_url TEXT NOT NULL,
      key_hint TEXT NOT NULL,
      at TEXT NOT NULL,
      result TEXT NOT NULL,
      remote_version INTEGER,
      remote_journey_id TEXT,
      detail TEXT,
      idempotency_key TEXT NOT NULL
    );
    CREATE INDEX publish_history_by_journey ON publish_history (journey_id, at);
  `,
};
