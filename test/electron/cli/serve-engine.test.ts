import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineReadyLine, startServing } from '../../../electron/cli/serve';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir('journey-studio-serve-engine-');

describe('serve runs the journey engine', () => {
  it('says so when it holds the data folder, and stands by when another process does', async () => {
    const staticDir = tempDir();
    fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html>');
    const dataDir = tempDir();
    const first = await startServing({ port: 0, dataDir, staticDir }, captureIo());
    const second = await startServing({ port: 0, dataDir, staticDir }, captureIo());
    try {
      expect(first!.core.background.running()).toContain('journey engine');
      expect(engineReadyLine(first!.core)).toMatch(/^Journey engine running/);
      expect(engineReadyLine(second!.core)).toMatch(/^Journey engine standing by/);
    } finally {
      await second!.stop();
      await first!.stop();
    }
  });
});
