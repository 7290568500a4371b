import type { StoreMigration } from './types';

/**
 * The journey API that `serve` offers as a delivery backend: one API key per client (only its
 * SHA-256 digest), the first answer to each Idempotency-Key so a replay answers the same, and
 * which journeys were created through the API ("published from elsewhere").
 */
export const journeyApiSchema: StoreMigration = {
  version: 13,
  name: 'journey API: client keys, idempotent answers, published journeys',
  up: `
    CREATE TABLE api_clients (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      sha256 TEXT NOT NULL UNIQUE,
      hint TEXT NOT NULL,
      created_at TEXT NOT NULL,
      revoked_at TEXT
    );
    CREATE TABLE api_idempotency (
      client_id TEXT NOT NULL,
      key TEXT NOT NULL,
      request_sha256 TEXT NOT NULL,
      status INTEGER NOT NULL,
      body TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (client_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE api_published_journeys (
      journey_id TEXT PRIMARY KEY,
      client_id TEXT NOT NULL,
      published_at TEXT NOT NULL
    ) WITHOUT ROWID;
  `,
};
