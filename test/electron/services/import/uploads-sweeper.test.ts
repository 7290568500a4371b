import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../electron/services/app-services';
import { SWEEP_EVERY_MS } from '../../../../electron/services/import/uploads-sweeper';
import { uploadsDir } from '../../../../electron/services/import/uploads';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir('journey-studio-sweeper-');
const HOUR = 3_600_000;
const cores: AppCore[] = [];
afterEach(() => Promise.all(cores.splice(0).map((core) => core.stop())));

function uploadAged(dataDir: string, name: string, at: number): void {
  fs.mkdirSync(uploadsDir(dataDir), { recursive: true });
  const file = path.join(uploadsDir(dataDir), name);
  fs.writeFileSync(file, 'customerId\n');
  fs.utimesSync(file, new Date(at), new Date(at));
}

describe('the uploads sweeper', () => {
  it('removes day-old uploads as the core starts, then every few hours while it runs', () => {
    const dataDir = tempDir();
    const clock = createVirtualClock(Date.UTC(2026, 5, 1, 12));
    uploadAged(dataDir, 'stale.upload', clock.now() - 25 * HOUR);
    uploadAged(dataDir, 'fresh.upload', clock.now() - 20 * HOUR);

    const core = startCore({ dataDir, host: 'browser', appVersion: 'test', clock });
    cores.push(core);
    expect(core.background.running()).toEqual(['uploads sweeper']);
    expect(fs.readdirSync(uploadsDir(dataDir))).toEqual(['fresh.upload']);

    clock.advance(SWEEP_EVERY_MS - 1);
    expect(fs.readdirSync(uploadsDir(dataDir))).toEqual(['fresh.upload']);
    clock.advance(1);
    expect(fs.readdirSync(uploadsDir(dataDir))).toEqual([]);
  });

  it('sets no more timers once the core has stopped', async () => {
    const clock = createVirtualClock();
    const core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test', clock });
    expect(clock.pendingCount()).toBe(1);
    await core.stop();
    expect(clock.pendingCount()).toBe(0);
    expect(core.background.running()).toEqual([]);
  });
});
