import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import * as esbuild from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE_NAME, openDatabase } from '../../../../electron/services/store/database';
import { useTempDir } from '../../../support/temp-dir';
import { NOTE_ROWS, notesMigration, upgradeMigrations } from './support/upgrade-migrations';

const tempDir = useTempDir();
const here = path.dirname(fileURLToPath(import.meta.url));
const requireFromHere = createRequire(import.meta.url);
let script = '';

beforeAll(async () => {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-upgrade-bundle-'));
  script = path.join(outDir, 'upgrade.mjs');
  await esbuild.build({
    entryPoints: [path.join(here, 'support', 'upgrade-process.ts')],
    outfile: script,
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    plugins: [
      {
        name: 'sqlite-from-checkout',
        setup(build) {
          build.onResolve({ filter: /^better-sqlite3$/ }, () => ({
            path: requireFromHere.resolve('better-sqlite3'),
            external: true,
          }));
        },
      },
    ],
  });
  return () => fs.rmSync(outDir, { recursive: true, force: true });
}, 60_000);

function versionOneDatabase(dir: string): string {
  const file = path.join(dir, DATABASE_FILE_NAME);
  const db = openDatabase(file, { migrations: [notesMigration] });
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  db.transaction(() => {
    for (let index = 0; index < NOTE_ROWS; index += 1) insert.run(`note ${index} ${'lorem ipsum '.repeat(20)}`);
  })();
  db.close();
  return file;
}

/** Starts the upgrade in a child process and kills it (SIGKILL) delayMs after it starts opening. */
function upgradeAndKill(file: string, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' || code === 0 ? resolve() : reject(new Error(`upgrade exited ${code}: ${stderr}`)),
    );
  });
}

/** Every file named like a backup must be a whole copy of version 1. */
function checkBackups(dir: string): string[] {
  const backups = fs.readdirSync(dir).filter((name) => name.endsWith('.bak'));
  for (const name of backups) {
    const backup = new Database(path.join(dir, name), { readonly: true });
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(backup.pragma('user_version', { simple: true })).toBe(1);
      expect(backup.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(NOTE_ROWS);
    } finally {
      backup.close();
    }
  }
  return backups;
}

describe('an upgrade killed at any moment', () => {
  it('never leaves a partial file under a backup name, and the next start cleans up and finishes', async () => {
    const dir = tempDir();
    const file = versionOneDatabase(dir);
    for (const delayMs of [0, 5, 15, 30, 60, 100, 160, 250]) {
      await upgradeAndKill(file, delayMs);
      checkBackups(dir);
    }
    const db = openDatabase(file, { migrations: upgradeMigrations });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    expect(db.prepare('SELECT count(*) FROM notes WHERE shout IS NOT NULL').pluck().get()).toBe(NOTE_ROWS);
    db.close();
    expect(checkBackups(dir).length).toBeGreaterThanOrEqual(1);
    expect(fs.readdirSync(dir).filter((name) => /\.bak.+/.test(name))).toEqual([]);
  }, 120_000);
});
