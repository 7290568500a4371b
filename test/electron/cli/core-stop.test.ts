import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCore } from '../../../electron/cli/open-core';
import { startServing } from '../../../electron/cli/serve';
import type { AppCore } from '../../../electron/services/app-services';
import { useEngineWorker } from '../../support/engine-worker';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-cli-stop-');
const engineWorker = useEngineWorker();

/** A worker that records its stop and whether the database was still open then. */
function recordingWorker(core: AppCore, log: string[]) {
  return core.background.add({
    name: 'recorder',
    start: () => () => void log.push(`stopped with ${core.context.store.lists.list().length} lists`),
  });
}

describe('hosts stop the core', () => {
  it('a command stops the core, background work first, when its work is done', async () => {
    const log: string[] = [];
    let seen: AppCore | null = null;
    const answer = await withCore({ dataDir: tempDir(), mustExist: false }, async (core) => {
      seen = core;
      await recordingWorker(core, log);
      return 42;
    });
    expect(answer).toBe(42);
    expect(log).toEqual(['stopped with 0 lists']);
    expect(() => seen!.context.store.lists.list()).toThrow();
  });

  it('a command stops the core when its work fails too', async () => {
    const log: string[] = [];
    await expect(
      withCore({ dataDir: tempDir(), mustExist: false }, async (core) => {
        await recordingWorker(core, log);
        throw new Error('bad file');
      }),
    ).rejects.toThrow('bad file');
    expect(log).toEqual(['stopped with 0 lists']);
  });

  it('serve closes the server, then stops the core', async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const io = captureIo();
    const serving = await startServing(
      { port: 0, dataDir: tempDir(), staticDir, engineWorkerPath: engineWorker() },
      io,
    );
    expect(serving).not.toBeNull();
    const { core, host } = serving!;
    const log: string[] = [];
    await recordingWorker(core, log);
    expect((await fetch(host.url)).status).toBe(200);

    await Promise.all([serving!.stop(), serving!.stop()]);
    expect(log).toEqual(['stopped with 0 lists']);
    await expect(fetch(host.url)).rejects.toThrow();
    expect(() => core.context.store.lists.list()).toThrow();
    expect(io.errText()).toBe('');
  });

  it('serve says so when the port is taken', async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const first = await startServing(
      { port: 0, dataDir: tempDir(), staticDir, engineWorkerPath: engineWorker() },
      captureIo(),
    );
    try {
      const io = captureIo();
      expect(
        await startServing(
          { port: first!.host.port, dataDir: tempDir(), staticDir, engineWorkerPath: engineWorker() },
          io,
        ),
      ).toBeNull();
      expect(io.errText()).toContain(`port ${first!.host.port} is already in use`);
    } finally {
      await first!.stop();
    }
  });
});
