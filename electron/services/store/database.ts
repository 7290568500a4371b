import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createPrivateFile, ensurePrivateDir, makePrivate } from '../private-files';
import { listBackups, newestBackup, writeBackup } from './backups';
import { LATEST_DATABASE_VERSION, storeMigrations } from './migrations/index';
import type { MigrationContext, StoreMigration } from './migrations/types';
import { StoreError } from './store-error';

export type Db = Database.Database;

export const DATABASE_FILE_NAME = 'journey-studio.sqlite';

export interface OpenDatabaseOptions {
  migrations?: readonly StoreMigration[];
  now?: () => Date;
  /** Handed to migrations that move values into the secret store. */
  secretKey?: Buffer;
}

function currentVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function latestOf(migrations: readonly StoreMigration[]): number {
  return migrations.length ? migrations[migrations.length - 1]!.version : 0;
}

function backupAdvice(file: string): string {
  const backup = newestBackup(file);
  return backup === undefined
    ? 'There is no backup of it in its folder.'
    : `The newest backup is ${backup}; to go back to it, quit Journey Studio and copy it over ${path.basename(file)}.`;
}

function refuse(file: string, problem: string): StoreError {
  return new StoreError(`${problem} Journey Studio did not open or change ${file}. ${backupAdvice(file)}`);
}

/** Versions this build can upgrade from: 0 (a new, empty file) up to the latest it knows. */
function checkVersion(db: Db, file: string, latest: number): void {
  const found = currentVersion(db);
  if (found > latest) {
    throw new StoreError(
      `The data in ${file} was written by a newer Journey Studio (database version ${found}; this version knows up to ${latest}). ` +
        'Update Journey Studio to open it. Nothing was changed.',
    );
  }
  if (found < 0) {
    throw refuse(
      file,
      `${file} has database version ${found}, which no Journey Studio writes: another program changed it.`,
    );
  }
  if (found === 0) {
    const tables = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get() as number;
    if (tables > 0)
      throw refuse(
        file,
        `${file} holds ${tables} tables but no database version: it was not written by Journey Studio or its version was reset.`,
      );
  }
}

/** SQLite's own structural check; it reads every page, so damage is found before anything is written. */
function checkIntegrity(db: Db, file: string): void {
  const problems = db.pragma('quick_check(5)', { simple: false }) as { quick_check: string }[];
  const found = problems.map((row) => row.quick_check).filter((text) => text !== 'ok');
  if (found.length) throw refuse(file, `${file} is damaged (${found.join('; ')}).`);
}

/**
 * Everything that may refuse the file runs on a read-only connection: even closing a writable
 * one can fold the WAL into the file, and a refused file must keep its bytes.
 */
function inspect(file: string, latest: number): void {
  let db: Db;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(`Could not open the database ${file}: ${(error as Error).message}`);
  }
  try {
    checkVersion(db, file, latest);
    checkIntegrity(db, file);
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const message = (error as Error).message;
    if (/file is not a database|malformed|disk image/i.test(message)) {
      throw refuse(file, `${file} is not a Journey Studio database or is damaged (${message}).`);
    }
    throw error;
  } finally {
    db.close();
  }
}

function applyMigrations(db: Db, file: string, migrations: readonly StoreMigration[], context: MigrationContext): void {
  const { now } = context;
  const from = currentVersion(db);
  const pending = migrations.filter((m) => m.version > from);
  if (!pending.length) return;
  // A copy of the file as it was, so a failed or regretted upgrade can always be undone by hand.
  const backup = from > 0 ? writeBackup(db, file, from, now) : undefined;
  for (const migration of pending) {
    try {
      db.transaction(() => {
        db.exec(migration.up);
        migration.migrateRows?.(db, context);
        db.pragma(`user_version = ${migration.version}`);
      })();
    } catch (error) {
      throw new StoreError(
        `Upgrading ${file} to database version ${migration.version} (${migration.name}) failed: ${(error as Error).message}. ` +
          `The database was left at version ${currentVersion(db)}` +
          (backup ? `; the copy taken before the upgrade is ${backup}.` : '.'),
      );
    }
  }
}

/**
 * Makes `db.transaction(fn)(…)` begin IMMEDIATE (taking the write lock at once, waiting up to the
 * busy timeout for it) rather than DEFERRED. Another connection writes to the same file all the
 * time (the journey engine's worker, a `serve` beside the desktop app): a deferred transaction that
 * read before that commit and then writes fails at once with SQLITE_BUSY, without waiting. The
 * `.deferred`, `.immediate` and `.exclusive` forms stay as they are.
 */
function beginImmediateByDefault(db: Db): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: never[]) => unknown) => {
    const made = transaction(fn);
    return Object.assign((...args: never[]) => made.immediate(...args), {
      default: made.immediate,
      deferred: made.deferred,
      immediate: made.immediate,
      exclusive: made.exclusive,
    });
  }) as Db['transaction'];
}

/**
 * Opens the app database with WAL, foreign keys and secure delete, migrated to the latest version.
 * Only a missing file is created, in a folder and with a mode only its owner can read; an empty,
 * damaged or foreign file is refused without a byte written to it.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  const migrations = options.migrations ?? storeMigrations;
  if (fs.existsSync(file)) {
    if (fs.statSync(file).size === 0)
      throw refuse(file, `${file} is empty (0 bytes), so its data is gone; it is not started afresh over it.`);
    inspect(file, latestOf(migrations));
  } else {
    ensurePrivateDir(path.dirname(file));
    createPrivateFile(file);
  }
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new StoreError(`Could not open the database ${file}: ${(error as Error).message}`);
  }
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    beginImmediateByDefault(db);
    db.pragma('synchronous = NORMAL');
    // Deleted rows are overwritten with zeros, so a purged journey or contact cannot be read back from the file.
    db.pragma('secure_delete = ON');
    // 64 MiB of page cache (the default is 2 MiB): with a million contacts, every import row
    // updates several indexes at random places, and a small cache turns each into a disk read.
    db.pragma('cache_size = -65536');
    // SQLite gives -wal and -shm the main file's mode; files from older versions are tightened here.
    makePrivate(file, `${file}-wal`, `${file}-shm`, ...listBackups(file).map((backup) => backup.path));
    applyMigrations(db, file, migrations, {
      now: (options.now ?? (() => new Date()))(),
      ...(options.secretKey ? { secretKey: options.secretKey } : {}),
    });
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function databaseVersion(db: Db): number {
  return currentVersion(db);
}

export { LATEST_DATABASE_VERSION };
