import type { StoreMigration } from './types';

export const initialSchema: StoreMigration = {
  version: 1,
  name: 'journeys, versions, transitions, templates, settings',
  up: `
    CREATE TABLE journeys (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      status TEXT NOT NULL,
      document TEXT NOT NULL,
      summary TEXT NOT NULL,
      revision INTEGER NOT NULL CHECK (revision > 0),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      deleted_at TEXT
    ) STRICT;
    CREATE INDEX journeys_by_updated ON journeys (deleted_at, updated_at DESC);

    -- Activation freezes a document here; rows are never updated afterwards.
    CREATE TABLE journey_versions (
      journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
      version INTEGER NOT NULL CHECK (version > 0),
      document TEXT NOT NULL,
      templates TEXT NOT NULL,
      created_at TEXT NOT NULL,
      PRIMARY KEY (journey_id, version)
    ) STRICT;

    CREATE TABLE journey_transitions (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      journey_id TEXT NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
      from_status TEXT,
      to_status TEXT NOT NULL,
      version INTEGER,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX journey_transitions_by_journey ON journey_transitions (journey_id, id);

    CREATE TABLE templates (
      id TEXT PRIMARY KEY,
      channel TEXT NOT NULL,
      name TEXT NOT NULL,
      language TEXT NOT NULL,
      content TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE settings (
      key TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;
  `,
};
