import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/services/store/store';
import { useTempDir } from '../../support/temp-dir';
import { bundleCli, runCliProcess } from './support/bundled-cli';

const tempDir = useTempDir();
let cli = '';

beforeAll(async () => {
  const bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-cli-bundle-'));
  cli = await bundleCli(bundleDir);
  return () => fs.rmSync(bundleDir, { recursive: true, force: true });
}, 60_000);

describe('api-key, send-event and stop as processes', () => {
  it('prints the key alone for a script, records an event, and exits 2 for an unknown journey', async () => {
    const dataDir = tempDir();
    const key = await runCliProcess(cli, ['api-key', '--data-dir', dataDir]);
    expect(key.code).toBe(0);
    expect(key.stdout).toMatch(/^jsk_[A-Za-z0-9_-]{43}\n$/);
    expect(key.stderr).toContain('cannot be shown again');

    const sent = await runCliProcess(cli, [
      'send-event',
      '--customer',
      'c-9',
      '--name',
      'cart.abandoned',
      '--properties',
      '{"items":2}',
      '--data-dir',
      dataDir,
    ]);
    expect(sent).toMatchObject({ code: 0, stderr: '' });
    expect(sent.stdout).toMatch(/^Recorded event \S+\.\n$/);

    const stop = await runCliProcess(cli, ['stop', 'No such journey', '--exit-in-flight', '--data-dir', dataDir]);
    expect(stop.code).toBe(2);
    expect(stop.stderr).toContain('no journey has the id or name "No such journey"');

    const store = openStore(dataDir);
    try {
      expect(store.db.prepare('SELECT customer_id, name, properties, source FROM engine_events').all()).toEqual([
        { customer_id: 'c-9', name: 'cart.abandoned', properties: '{"items":2}', source: 'cli' },
      ]);
    } finally {
      store.close();
    }
  });
});
