import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
import { startServing, type Serving } from '../../electron/cli/serve';
import { useEngineWorker } from './engine-worker';
import { useTempDir } from './temp-dir';

/**
 * `journey-studio serve` as the CLI starts it, in this process: each call a real SQLite file in a
 * fresh data folder (of `tempDir`, a temp folder of its own when not given), a free port on
 * 127.0.0.1, the bundled engine worker and a stand-in page; stopped after each test.
 */
export function useServing(tempDir: () => string = useTempDir()): () => Promise<Serving> {
  const engineWorker = useEngineWorker();
  const running: Serving[] = [];
  afterEach(async () => {
    for (const serving of running.splice(0)) await serving.stop();
  });
  return async function startServed(): Promise<Serving> {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Journey Studio</title>');
    const errors: string[] = [];
    const serving = await startServing(
      { port: 0, dataDir: tempDir(), staticDir, engineWorkerPath: engineWorker() },
      { out: () => {}, err: (line) => errors.push(line) },
    );
    if (!serving) throw new Error(errors.join('\n'));
    running.push(serving);
    return serving;
  };
}
