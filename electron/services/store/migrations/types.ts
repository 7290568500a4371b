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
  migrateRows?: (db: Database.Database) => void;
}
