import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { fileURLToPath } from 'node:url';
import { buildEngineWorker, ENGINE_WORKER_FILE } from '../../build/build.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The engine worker bundled exactly as build.mjs bundles it for the app, into a temporary folder
 * for this test file. Call the returned function inside a test for its path.
 */
export function useEngineWorker(): () => string {
  let dir: string | undefined;
  let workerPath: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-engine-worker-'));
    // As in the app, the worker finds the native database module by walking up to a node_modules.
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'junction');
    workerPath = path.join(dir, ENGINE_WORKER_FILE);
    await buildEngineWorker(workerPath);
  }, 60_000);
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (workerPath === undefined) throw new Error('The engine worker is built in beforeAll; ask for it inside a test.');
    return workerPath;
  };
}
