import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { createPrivateFile, makePrivate } from '../private-files';

/** Backups kept beside the database; older ones are removed once a new one is safely written. */
export const BACKUPS_KEPT = 3;

const IN_PROGRESS = '.partial';

function stampOf(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface BackupFile {
  path: string;
  version: number;
  stamp: string;
}

function backupPattern(file: string): RegExp {
  return new RegExp(`^${escapeRegExp(path.basename(file))}\\.v(\\d+)-([0-9TZ-]+)\\.bak$`);
}

/** The finished backups of file, newest first. */
export function listBackups(file: string): BackupFile[] {
  const dir = path.dirname(file);
  const pattern = backupPattern(file);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .flatMap((name) => {
      const match = pattern.exec(name);
      return match ? [{ path: path.join(dir, name), version: Number(match[1]), stamp: match[2]! }] : [];
    })
    .sort((a, b) => (a.stamp < b.stamp ? 1 : a.stamp > b.stamp ? -1 : b.version - a.version));
}

export function newestBackup(file: string): string | undefined {
  return listBackups(file)[0]?.path;
}

/**
 * Removes what an interrupted backup leaves behind: this version's in-progress copies and their
 * journals, and, from earlier versions that copied in place, `.bak` files next to a `.bak-journal`
 * (the copy never finished) or of zero bytes.
 */
export function removeUnfinishedBackups(file: string): void {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.v`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const present = new Set(names);
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const unfinished =
      name.endsWith(`.bak${IN_PROGRESS}`) ||
      name.endsWith(`.bak${IN_PROGRESS}-journal`) ||
      name.endsWith('.bak-journal') ||
      (name.endsWith('.bak') && (present.has(`${name}-journal`) || fs.statSync(path.join(dir, name)).size === 0));
    if (unfinished) fs.rmSync(path.join(dir, name), { force: true });
  }
}

function fsyncPath(target: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(target, 'r');
    fs.fsyncSync(fd);
  } catch (error) {
    // Windows cannot open a folder to sync it; the rename is durable there once it returns.
    if (!['EISDIR', 'EPERM', 'EACCES'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The state of the source the backup copies: with the WAL folded into the main file, its size and
 * modification time change whenever its data does. Undefined when the WAL could not be folded in
 * (another connection is reading), so the caller cannot take "unchanged" for granted.
 */
function sourceFingerprint(db: Database.Database, file: string): { size: number; mtimeMs: number } | undefined {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  if (result?.busy) return undefined;
  const stat = fs.statSync(file);
  return { size: stat.size, mtimeMs: stat.mtimeMs };
}

/**
 * The newest backup of this version already holds exactly this data when the source has not been
 * modified since that backup took its modification time (see writeBackup).
 */
function existingCopy(file: string, version: number, fingerprint: { mtimeMs: number } | undefined): string | undefined {
  if (fingerprint === undefined) return undefined;
  const newest = listBackups(file).find((backup) => backup.version === version);
  if (newest === undefined) return undefined;
  return Math.abs(fs.statSync(newest.path).mtimeMs - fingerprint.mtimeMs) < 1 ? newest.path : undefined;
}

function pruneBackups(file: string, keep: number): void {
  for (const old of listBackups(file).slice(keep)) fs.rmSync(old.path, { force: true });
}

/**
 * Copies the database as it is to `<file>.v<version>-<time>.bak` without ever leaving a partial
 * file under that name: the copy is written under a temporary name in the same folder, synced,
 * then renamed. A launch that finds the same data already backed up at this version writes
 * nothing. Only the newest BACKUPS_KEPT backups are kept. Returns the backup's path.
 */
export function writeBackup(db: Database.Database, file: string, version: number, now: Date): string {
  removeUnfinishedBackups(file);
  const fingerprint = sourceFingerprint(db, file);
  const existing = existingCopy(file, version, fingerprint);
  if (existing !== undefined) return existing;
  const target = `${file}.v${version}-${stampOf(now)}.bak`;
  const temporary = `${target}${IN_PROGRESS}`;
  // VACUUM INTO creates its file with the default mode; an empty private file is filled instead.
  createPrivateFile(temporary);
  try {
    db.exec(`VACUUM INTO '${temporary.replaceAll("'", "''")}'`);
    fsyncPath(temporary);
    // The copy's modification time is that of the data it holds, so an unchanged source is recognised.
    if (fingerprint) fs.utimesSync(temporary, Date.now() / 1000, fingerprint.mtimeMs / 1000);
    fs.renameSync(temporary, target);
    fsyncPath(path.dirname(file));
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    fs.rmSync(`${temporary}-journal`, { force: true });
    throw error;
  }
  makePrivate(target);
  pruneBackups(file, BACKUPS_KEPT);
  return target;
}
