import fs from 'node:fs';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { engineReadyLine, startServing } from '../../../electron/cli/serve';
import { useEngineWorker } from '../../support/engine-worker';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-serve-engine-');
const engineWorker = useEngineWorker();

function staticDir(): string {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html>');
  return dir;
}

describe('serve runs the journey engine', () => {
  it('on a worker thread; says so when it holds the data folder, and stands by when another process does', async () => {
    const dataDir = tempDir();
    const options = { port: 0, dataDir, staticDir: staticDir(), engineWorkerPath: engineWorker() };
    const firstIo = captureIo();
    const first = await startServing(options, firstIo);
    const second = await startServing(options, captureIo());
    try {
      expect(first!.core.background.running()).toContain('journey engine');
      expect(first!.core.engine!.threadId()).not.toBeNull();
      expect(first!.core.engine!.threadId()).not.toBe(threadId);
      expect(engineReadyLine(first!.core)).toMatch(/^Journey engine running/);
      expect(engineReadyLine(second!.core)).toMatch(/^Journey engine standing by/);
    } finally {
      await second!.stop();
      await first!.stop();
    }
    expect(firstIo.errText()).toBe('');
  });
});
