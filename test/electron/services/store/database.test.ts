import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  DATABASE_FILE_NAME,
  databaseVersion,
  LATEST_DATABASE_VERSION,
  openDatabase,
} from '../../../../electron/services/store/database';
import type { StoreMigration } from '../../../../electron/services/store/migrations/types';
import { StoreError } from '../../../../electron/services/store/store-error';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

const twoSteps: StoreMigration[] = [
  { version: 1, name: 'notes', up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' },
  {
    version: 2,
    name: 'tags',
    up: 'CREATE TABLE tags (note_id INTEGER NOT NULL REFERENCES notes (id), tag TEXT NOT NULL) STRICT;',
  },
];

describe('openDatabase', () => {
  it('creates a WAL database with foreign keys on, migrated to the latest version', () => {
    const file = path.join(tempDir(), 'nested', DATABASE_FILE_NAME);
    const db = openDatabase(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(databaseVersion(db)).toBe(LATEST_DATABASE_VERSION);
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
    expect(tables).toEqual(
      expect.arrayContaining(['journeys', 'journey_versions', 'journey_transitions', 'templates', 'settings']),
    );
    db.close();
  });

  it('begins transactions IMMEDIATE: one that only read so far still holds the write lock against another connection', () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const db = openDatabase(file, { migrations: twoSteps });
    // Another connection on the file, as the engine's worker has, not willing to wait.
    const other = new Database(file, { timeout: 0 });
    try {
      const writeFromOther = () => other.prepare("INSERT INTO notes (text) VALUES ('from the other')").run();
      db.transaction(() => {
        db.prepare('SELECT count(*) FROM notes').get();
        expect(writeFromOther).toThrow(/database is locked/);
        db.prepare("INSERT INTO notes (text) VALUES ('mine')").run();
      })();
      // The explicit forms keep their meaning: a deferred one that only read takes no lock.
      db.transaction(() => {
        db.prepare('SELECT count(*) FROM notes').get();
        writeFromOther();
      }).deferred();
      expect(db.prepare('SELECT text FROM notes ORDER BY id').pluck().all()).toEqual(['mine', 'from the other']);
    } finally {
      other.close();
      db.close();
    }
  });

  it('enforces foreign keys', () => {
    const db = openDatabase(path.join(tempDir(), DATABASE_FILE_NAME));
    expect(() =>
      db
        .prepare(
          "INSERT INTO journey_versions (journey_id, version, document, templates, created_at) VALUES ('missing', 1, '{}', '[]', 'now')",
        )
        .run(),
    ).toThrow(/FOREIGN KEY/);
    db.close();
  });

  it('applies only pending steps and backs the file up first', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    const first = openDatabase(file, { migrations: twoSteps.slice(0, 1) });
    first.prepare("INSERT INTO notes (text) VALUES ('kept')").run();
    first.close();

    const upgraded = openDatabase(file, { migrations: twoSteps, now: () => new Date('2026-01-02T03:04:05Z') });
    expect(databaseVersion(upgraded)).toBe(2);
    expect(upgraded.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    upgraded.close();

    const backups = fs.readdirSync(dir).filter((name) => name.endsWith('.bak'));
    expect(backups).toEqual([`${DATABASE_FILE_NAME}.v1-2026-01-02T03-04-05-000Z.bak`]);
    const backup = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT text FROM notes').pluck().all()).toEqual(['kept']);
    backup.close();
  });

  it('rolls a failing step back and leaves the version where it was', () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    openDatabase(file, { migrations: twoSteps.slice(0, 1) }).close();
    const broken: StoreMigration[] = [
      twoSteps[0]!,
      { version: 2, name: 'broken', up: 'CREATE TABLE half (x); THIS IS NOT SQL;' },
    ];
    expect(() => openDatabase(file, { migrations: broken })).toThrow();
    const db = new Database(file);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half'").get()).toBeUndefined();
    db.close();
  });

  it('refuses a database from a newer version without touching it', () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    const future = new Database(file);
    future.pragma(`user_version = ${LATEST_DATABASE_VERSION + 5}`);
    future.exec('CREATE TABLE from_the_future (x TEXT)');
    future.close();
    const before = fs.readFileSync(file);

    const attempt = () => openDatabase(file);
    expect(attempt).toThrow(StoreError);
    expect(attempt).toThrow(`written by a newer Journey Studio (database version ${LATEST_DATABASE_VERSION + 5}`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a file that is not a database with a clear message', () => {
    const file = path.join(tempDir(), DATABASE_FILE_NAME);
    fs.writeFileSync(file, 'this is a text file, not SQLite'.repeat(200));
    expect(() => openDatabase(file)).toThrow(/is not a Journey Studio database or is damaged/);
  });
});
