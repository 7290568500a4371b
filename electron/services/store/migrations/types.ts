import type Database from 'better-sqlite3';

export interface StoreMigration {
  version: number;
  name: string;
  /** SQL run inside the migration's transaction. */
  up: string;
  /**
   * Row rewrites SQL cannot express (reshaping JSON by a schema), run after `up` in the same
   * transaction, so a failure rolls both back.
   */
  migrateRows?: (db: Database.Database, context: MigrationContext) => void;
}

/** What a row rewrite may need beyond the database. */
export interface MigrationContext {
  /** The key secrets are sealed with, when the opener has it (the app's cores do; read-only tools may not). */
  secretKey?: Buffer;
  now: Date;
}
