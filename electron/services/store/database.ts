import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LATEST_DATABASE_VERSION, storeMigrations } from './migrations/index';
import type { StoreMigration } from './migrations/types';
import { StoreError } from './store-error';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'journey-studio.sqlite';

export interface OpenDatabaseOptions {
  migrations?: readonly StoreMigration[];
  now?: () => Date;
}

function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function backupName(file: string, fromVersion: number, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

function latestOf(migrations: readonly StoreMigration[]): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}

/** Checked before any pragma, because even switching to WAL rewrites the file header. */
function refuseNewer(db: Db, file: string, latest: number): void {
  const found = currentVersion(db);
  if (found > latest) {
    throw new StoreError(
      `The data in ${file} was written by a newer Journey Studio (database version ${found}; this version knows up to ${latest}). ` +
        'Update Journey Studio to open it. Nothing was changed.',
    );
  }
}

function applyMigrations(db: Db, file: string, migrations: readonly StoreMigration[], now: Date): void {
  const from = currentVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (!pending.length) return;
  // A copy of the file as it was, so a failed or regretted upgrade can always be undone by hand.
  if (from > 0) db.exec(`VACUUM INTO '${backupName(file, from, now).replaceAll("'", "''")}'`);
  for (const migration of pending) {
    db.transaction(() => {
      db.exec(migration.up);
      migration.migrateRows?.(db);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** Opens (creating if needed) the app database with WAL and foreign keys, migrated to the latest version. */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new StoreError(`Could not open the database ${file}: ${(error as Error).message}`);
  }
  try {
    const migrations = options.migrations ?? storeMigrations;
    refuseNewer(db, file, latestOf(migrations));
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    // 64 MiB of page cache (the default is 2 MiB): with a million contacts, every import row
    // updates several indexes at random places, and a small cache turns each into a disk read.
    db.pragma('cache_size = -65536');
    applyMigrations(db, file, migrations, (options.now ?? (() => new Date()))());
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed/i.test(message)) {
      throw new StoreError(`${file} is not a Journey Studio database or is damaged (${message}). Nothing was changed.`);
    }
    throw error;
  }
}

export function databaseVersion(db: Db): number {
  return currentVersion(db);
}

export { LATEST_DATABASE_VERSION };
