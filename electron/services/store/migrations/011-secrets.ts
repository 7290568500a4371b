import type { StoreMigration } from './types';

/**
 * Secrets (provider passwords and tokens, webhook credentials) live here, each value encrypted
 * with AES-256-GCM under the installation's secret key; documents, versions and settings hold
 * only their names.
 */
export const secretsSchema: StoreMigration = {
  version: 11,
  name: 'secrets: encrypted values by name',
  up: `
    CREATE TABLE secrets (
      name TEXT PRIMARY KEY,
      sealed BLOB NOT NULL,
      updated_at INTEGER NOT NULL
    ) WITHOUT ROWID;
  `,
};
