import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import { startCore } from '../../../electron/services/app-services';
import { createClientKeys } from '../../../electron/services/journey-api/client-keys';
import { useTempDir } from '../../support/temp-dir';
import { captureIo } from './support/capture-io';

const tempDir = useTempDir();

/** What a server on this data folder would answer for a bearer key, and what the database holds. */
async function onDataDir<T>(dataDir: string, read: (core: ReturnType<typeof startCore>) => T): Promise<T> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  try {
    return read(core);
  } finally {
    await core.stop();
  }
}

describe('journey-studio api-key create | list | revoke', () => {
  it('creates a key per client, printed once, of which only a digest is stored', async () => {
    const dataDir = tempDir();
    const io = captureIo();
    expect(await runCli(['api-key', 'create', 'Shop backend', '--data-dir', dataDir], io)).toBe(0);
    const key = io.outText();
    expect(key).toMatch(/^jsc_[A-Za-z0-9_-]{43}$/);
    expect(io.errText()).toMatch(/"Shop backend" created .*cannot be shown again/);
    await onDataDir(dataDir, ({ context }) => {
      const keys = createClientKeys(context.store.db, context.now, context.newId);
      expect(keys.verify(key)).toEqual({ client: expect.objectContaining({ name: 'Shop backend', revokedAt: null }) });
      const stored = JSON.stringify(context.store.db.prepare('SELECT * FROM api_clients').all());
      expect(stored).not.toContain(key);
      expect(stored).not.toContain(key.slice(4, 40));
    });
  });

  it('lists the keys with their hints and revokes one by name, which then stops working', async () => {
    const dataDir = tempDir();
    const created = captureIo();
    await runCli(['api-key', 'create', 'Shop backend', '--data-dir', dataDir], created);
    await runCli(['api-key', 'create', 'CRM', '--data-dir', dataDir], captureIo());
    const list = captureIo();
    expect(await runCli(['api-key', 'list', '--data-dir', dataDir], list)).toBe(0);
    const lines = list.outText().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`\tShop backend\tjsc_…${created.outText().slice(-4)}\tcreated .*\tactive$`));
    const revoke = captureIo();
    expect(await runCli(['api-key', 'revoke', 'Shop backend', '--data-dir', dataDir], revoke)).toBe(0);
    expect(revoke.outText()).toMatch(/^Revoked .* \(Shop backend, jsc_…/);
    const after = captureIo();
    await runCli(['api-key', 'list', '--data-dir', dataDir], after);
    expect(after.outText().split('\n')[0]).toMatch(/\trevoked \S+$/);
    expect(after.outText().split('\n')[1]).toMatch(/\tCRM\t.*\tactive$/);
    await onDataDir(dataDir, ({ context }) => {
      const keys = createClientKeys(context.store.db, context.now, context.newId);
      expect(keys.verify(created.outText())).toEqual({ refused: 'revoked' });
    });
  });

  it('refuses a missing name, an unknown client and extra arguments with exit code 2', async () => {
    const dataDir = tempDir();
    const noName = captureIo();
    expect(await runCli(['api-key', 'create', '--data-dir', dataDir], noName)).toBe(2);
    expect(noName.errText()).toMatch(/name the client/);
    await runCli(['api-key', 'create', 'CRM', '--data-dir', dataDir], captureIo());
    const unknown = captureIo();
    expect(await runCli(['api-key', 'revoke', 'Nobody', '--data-dir', dataDir], unknown)).toBe(2);
    expect(unknown.errText()).toMatch(/no active client API key has the id or name "Nobody"/);
    expect(await runCli(['api-key', 'list', 'extra', '--data-dir', dataDir], captureIo())).toBe(2);
  });
});
