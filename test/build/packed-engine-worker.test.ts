import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEngineWorker, ENGINE_WORKER_FILE } from '../../build/build.mjs';
import { unpackedPath } from '../../electron/main/unpacked-path';
import { startCore } from '../../electron/services/app-services';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * In the packaged app the engine worker runs from app.asar.unpacked, where only what
 * electron-builder.yml unpacks can be reached: better-sqlite3 and nothing else of node_modules.
 */
describe('the engine worker as packaged', () => {
  let dir: string;
  let workerPath: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-packed-engine-'));
    const unpacked = path.join(dir, 'resources', 'app.asar.unpacked');
    fs.mkdirSync(path.join(unpacked, 'dist', 'electron'), { recursive: true });
    fs.mkdirSync(path.join(unpacked, 'node_modules'));
    fs.symlinkSync(
      path.join(root, 'node_modules', 'better-sqlite3'),
      path.join(unpacked, 'node_modules', 'better-sqlite3'),
      'junction',
    );
    await buildEngineWorker(path.join(unpacked, 'dist', 'electron', ENGINE_WORKER_FILE));
    workerPath = unpackedPath(path.join(dir, 'resources', 'app.asar', 'dist', 'electron', ENGINE_WORKER_FILE));
  }, 60_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('starts beside the archive with only better-sqlite3 in reach, and takes the lease', async () => {
    expect(fs.existsSync(workerPath)).toBe(true);
    const errors: string[] = [];
    const dataDir = fs.mkdtempSync(path.join(dir, 'data-'));
    const core = startCore({
      dataDir,
      host: 'electron',
      appVersion: 'test',
      engine: { workerPath },
      onInternalError: (error, where) => errors.push(`${where}: ${(error as Error).message}`),
    });
    try {
      await core.engine!.started();
      expect(errors).toEqual([]);
      expect(core.engine!.isLeader()).toBe(true);
    } finally {
      await core.stop();
    }
  });
});
