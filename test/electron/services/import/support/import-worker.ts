import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { buildImportWorker, IMPORT_WORKER_FILE } from '../../../../../build/build.mjs';

export type ReadingMode = 'in-process' | 'on the worker';
export const READING_MODES: readonly ReadingMode[] = ['in-process', 'on the worker'];

/**
 * The import worker bundled exactly as build.mjs bundles it for the app, into a temporary folder
 * for this test file. The returned function gives the start options that read every file, however
 * small, in the given mode.
 */
export function useImportWorker(): (mode: ReadingMode) => { importWorkerPath?: string; importWorkerMinBytes?: number } {
  let dir: string | undefined;
  let workerPath: string | undefined;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-import-worker-'));
    workerPath = path.join(dir, IMPORT_WORKER_FILE);
    await buildImportWorker(workerPath);
  });
  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });
  return (mode) => {
    if (mode === 'in-process') return {};
    if (workerPath === undefined) throw new Error('The import worker is built in beforeAll; ask for it inside a test.');
    return { importWorkerPath: workerPath, importWorkerMinBytes: 0 };
  };
}
