import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { BACKUPS_KEPT } from '../../../../electron/services/store/backups';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import type { StoreMigration } from '../../../../electron/services/store/migrations/types';
import { StoreError } from '../../../../electron/services/store/store-error';
import { openStore } from '../../../../electron/services/store/store';
import { startCore } from '../../../../electron/services/app-services';
import { blankContact } from '../../../../shared/audience/index';
import { createEmptyJourney } from '../../../../shared/model/index';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const onPosix = process.platform !== 'win32';

const notes: StoreMigration = {
  version: 1,
  name: 'notes',
  up: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;',
};
const step = (version: number): StoreMigration => ({
  version,
  name: `step ${version}`,
  up: `CREATE TABLE step_${version} (x TEXT) STRICT;`,
});
const alwaysFails: StoreMigration = { version: 2, name: 'broken', up: 'CREATE TABLE half (x); THIS IS NOT SQL;' };

function modeOf(file: string): string {
  return (fs.statSync(file).mode & 0o777).toString(8);
}

/** The bytes of the database and its WAL, as another program reading the disk would see them. */
function rawBytes(file: string): Buffer {
  return Buffer.concat(
    [file, `${file}-wal`].filter((part) => fs.existsSync(part)).map((part) => fs.readFileSync(part)),
  );
}

function filesIn(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

/** A version-1 database of notes with enough rows to span many pages. */
function notesDatabase(dir: string, rows = 2000): string {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const db = openDatabase(file, { migrations: [notes] });
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let index = 0; index < rows; index += 1) insert.run(`note ${index} ${'x'.repeat(100)}`);
  })();
  db.close();
  return file;
}

describe.runIf(onPosix)('file modes', () => {
  it('creates the data folder 0700 and the database, its -wal and -shm 0600', () => {
    const dataDir = path.join(tempDir(), 'Journey Studio');
    const store = openStore(dataDir);
    store.settings.set('theme', 'dark');
    expect(modeOf(dataDir)).toBe('700');
    for (const name of [DATABASE_FILE_NAME, `${DATABASE_FILE_NAME}-wal`, `${DATABASE_FILE_NAME}-shm`]) {
      expect({ name, mode: modeOf(path.join(dataDir, name)) }).toEqual({ name, mode: '600' });
    }
    store.close();
  });

  it('tightens a database and WAL left readable by others, and writes backups 0600', () => {
    const dir = tempDir();
    const file = notesDatabase(dir);
    const keepWal = new Database(file);
    keepWal.pragma('wal_autocheckpoint = 0');
    keepWal.prepare("INSERT INTO notes (text) VALUES ('in the wal')").run();
    fs.chmodSync(file, 0o644);
    fs.chmodSync(`${file}-wal`, 0o644);
    const olderBackup = path.join(dir, `${DATABASE_FILE_NAME}.v1-2025-01-01T00-00-00-000Z.bak`);
    fs.copyFileSync(file, olderBackup);
    fs.chmodSync(olderBackup, 0o644);
    const db = openDatabase(file, { migrations: [notes, step(2)] });
    expect(modeOf(file)).toBe('600');
    expect(modeOf(`${file}-wal`)).toBe('600');
    const backups = filesIn(dir).filter((name) => name.endsWith('.bak'));
    expect(backups).toHaveLength(2);
    for (const name of backups) expect({ name, mode: modeOf(path.join(dir, name)) }).toEqual({ name, mode: '600' });
    db.close();
    keepWal.close();
  });
});

describe('secure delete', () => {
  it('leaves no trace of a purged journey or deleted contact in the file or its WAL once the service returns', async () => {
    const core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test' });
    const { store } = core.context;
    const marker = 'Zebra-Quokka-7731-purge-me';
    const journey = createEmptyJourney({ id: 'j_purged', name: marker, now: '2025-01-01T00:00:00.000Z' });
    store.journeys.insert({ ...journey, description: `${marker} description` });
    store.contacts.put({
      ...blankContact('2025-01-01T00:00:00.000Z'),
      customerId: 'c1',
      email: `${marker}@example.com`,
    });
    store.db.pragma('wal_checkpoint(PASSIVE)');
    expect(rawBytes(store.file).includes(marker)).toBe(true);

    expect(await core.dispatcher.dispatch('journeys', 'purge', { id: 'j_purged' })).toMatchObject({ ok: true });
    expect(await core.dispatcher.dispatch('contacts', 'delete', { customerIds: ['c1'] })).toMatchObject({ ok: true });
    expect(rawBytes(store.file).includes(marker)).toBe(false);
    await core.stop();
    expect(rawBytes(store.file).includes(marker)).toBe(false);
  });
});

describe('start-up check', () => {
  it('refuses an empty (0-byte) database file instead of starting afresh, and leaves it as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, DATABASE_FILE_NAME);
    fs.writeFileSync(file, '');
    expect(() => openDatabase(file)).toThrow(StoreError);
    expect(() => openDatabase(file)).toThrow(`${file} is empty (0 bytes)`);
    expect(fs.statSync(file).size).toBe(0);
    expect(filesIn(dir)).toEqual([DATABASE_FILE_NAME]);
  });

  it('refuses a file with garbage in a middle page, naming the file and the newest backup, without writing to it', () => {
    const dir = tempDir();
    const file = notesDatabase(dir);
    openDatabase(file, { migrations: [notes, step(2)], now: () => new Date('2026-01-02T03:04:05Z') }).close();
    const backup = path.join(dir, `${DATABASE_FILE_NAME}.v1-2026-01-02T03-04-05-000Z.bak`);
    expect(fs.existsSync(backup)).toBe(true);

    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize;
    bytes.fill(0xa5, middle, middle + pageSize);
    fs.writeFileSync(file, bytes);
    const before = fs.readFileSync(file);
    const mtime = fs.statSync(file).mtimeMs;

    let message = '';
    try {
      openDatabase(file, { migrations: [notes, step(2)] }).close();
    } catch (error) {
      expect(error).toBeInstanceOf(StoreError);
      message = (error as Error).message;
    }
    expect(message).toMatch(/is damaged|or is damaged \(database disk image is malformed\)/);
    expect(message).toContain(`did not open or change ${file}`);
    expect(message).toContain(`The newest backup is ${backup}`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.statSync(file).mtimeMs).toBe(mtime);
    expect(fs.existsSync(`${file}-wal`) && fs.statSync(`${file}-wal`).size > 0).toBe(false);
  });

  it('refuses a database whose version was set below zero with a clear message, unchanged', () => {
    const file = notesDatabase(tempDir(), 10);
    const raw = new Database(file);
    raw.pragma('user_version = -1');
    raw.close();
    const before = fs.readFileSync(file);
    expect(() => openDatabase(file)).toThrow(`has database version -1, which no Journey Studio writes`);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses tables without a version rather than failing on "table already exists"', () => {
    const file = notesDatabase(tempDir(), 10);
    const raw = new Database(file);
    raw.pragma('user_version = 0');
    raw.close();
    expect(() => openDatabase(file, { migrations: [notes] })).toThrow(/holds 1 tables but no database version/);
  });
});

describe('backups before an upgrade', () => {
  it('removes what an interrupted backup left behind and never counts it as a backup', () => {
    const dir = tempDir();
    const file = notesDatabase(dir, 10);
    const leftovers = [
      `${DATABASE_FILE_NAME}.v1-2026-01-01T00-00-00-000Z.bak`, // zero bytes
      `${DATABASE_FILE_NAME}.v1-2026-01-01T00-00-01-000Z.bak`, // with its journal: never finished
      `${DATABASE_FILE_NAME}.v1-2026-01-01T00-00-01-000Z.bak-journal`,
      `${DATABASE_FILE_NAME}.v1-2026-01-01T00-00-02-000Z.bak.partial`,
      `${DATABASE_FILE_NAME}.v1-2026-01-01T00-00-02-000Z.bak.partial-journal`,
    ];
    for (const name of leftovers) fs.writeFileSync(path.join(dir, name), name.endsWith('00-000Z.bak') ? '' : 'partial');
    const db = openDatabase(file, { migrations: [notes, step(2)], now: () => new Date('2026-02-01T00:00:00Z') });
    db.close();
    expect(filesIn(dir).filter((name) => name.includes('.bak'))).toEqual([
      `${DATABASE_FILE_NAME}.v1-2026-02-01T00-00-00-000Z.bak`,
    ]);
  });

  it('does not write another backup of the same data when the upgrade fails launch after launch', () => {
    const dir = tempDir();
    const file = notesDatabase(dir, 10);
    for (const second of [1, 2, 3]) {
      const now = () => new Date(`2026-03-01T00:00:0${second}Z`);
      expect(() => openDatabase(file, { migrations: [notes, alwaysFails], now })).toThrow(
        /Upgrading .* to database version 2 \(broken\) failed: .*left at version 1; the copy taken before the upgrade is .*\.v1-2026-03-01T00-00-01-000Z\.bak\./,
      );
    }
    expect(filesIn(dir).filter((name) => name.endsWith('.bak'))).toEqual([
      `${DATABASE_FILE_NAME}.v1-2026-03-01T00-00-01-000Z.bak`,
    ]);

    const db = new Database(file);
    db.prepare("INSERT INTO notes (text) VALUES ('changed since')").run();
    db.close();
    expect(() =>
      openDatabase(file, { migrations: [notes, alwaysFails], now: () => new Date('2026-03-01T00:00:09Z') }),
    ).toThrow(StoreError);
    expect(filesIn(dir).filter((name) => name.endsWith('.bak'))).toHaveLength(2);
  });

  it(`keeps only the newest ${BACKUPS_KEPT} backups`, () => {
    const dir = tempDir();
    const file = notesDatabase(dir, 10);
    const migrations = [notes];
    for (let version = 2; version <= 6; version += 1) {
      migrations.push(step(version));
      openDatabase(file, { migrations, now: () => new Date(`2026-04-0${version}T00:00:00Z`) }).close();
    }
    expect(filesIn(dir).filter((name) => name.endsWith('.bak'))).toEqual([
      `${DATABASE_FILE_NAME}.v3-2026-04-04T00-00-00-000Z.bak`,
      `${DATABASE_FILE_NAME}.v4-2026-04-05T00-00-00-000Z.bak`,
      `${DATABASE_FILE_NAME}.v5-2026-04-06T00-00-00-000Z.bak`,
    ]);
    const newest = new Database(path.join(dir, `${DATABASE_FILE_NAME}.v5-2026-04-06T00-00-00-000Z.bak`), {
      readonly: true,
    });
    expect(newest.pragma('user_version', { simple: true })).toBe(5);
    expect(newest.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(10);
    newest.close();
  });
});
