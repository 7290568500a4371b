import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTempDir } from '../../../support/temp-dir';
import { useCores } from '../support/connect';

const tempDir = useTempDir('journey-studio-secrets-service-');
const connect = useCores(tempDir);

describe('the secrets service', () => {
  it('stores a value it never gives back: names and times only, sealed in the database', async () => {
    const dataDir = tempDir();
    const { client, core, events } = connect({ dataDir });
    const value = 'crm-token-7f3a9c1e5b2d4086';
    const info = await client.secrets.set({ name: 'crm_token', value });
    expect(info).toEqual({ name: 'crm_token', updatedAt: expect.any(String), managed: false });
    expect(JSON.stringify(info)).not.toContain(value);
    expect(await client.secrets.list()).toEqual([info]);
    expect(core.context.secrets.get('crm_token')).toBe(value);
    expect(events).toContainEqual({ event: 'secretsChanged', payload: { name: 'crm_token', change: 'set' } });
    core.context.store.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fs.readFileSync(path.join(dataDir, 'journey-studio.sqlite')).includes(value)).toBe(false);
  });

  it('replaces a value under the same name and deletes by name', async () => {
    const { client, core } = connect();
    await client.secrets.set({ name: 'hook', value: 'first-value' });
    await client.secrets.set({ name: 'hook', value: 'second-value' });
    expect(core.context.secrets.get('hook')).toBe('second-value');
    expect(await client.secrets.delete({ name: 'hook' })).toEqual({ deleted: true });
    expect(await client.secrets.delete({ name: 'hook' })).toEqual({ deleted: false });
    expect(await client.secrets.list()).toEqual([]);
  });

  it('lists the channel settings’ secrets as managed there, and will not change them here', async () => {
    const { client, core } = connect();
    core.context.secrets.set('provider.sms.authToken', 'twilio-token');
    expect(await client.secrets.list()).toEqual([
      { name: 'provider.sms.authToken', updatedAt: expect.any(String), managed: true },
    ]);
    await expect(client.secrets.delete({ name: 'provider.sms.authToken' })).rejects.toMatchObject({
      code: 'BAD_INPUT',
      issues: [{ path: 'name', message: expect.stringContaining('letters, digits and underscores') }],
    });
  });

  it('names what is wrong with a name or value, without repeating the value', async () => {
    const { client } = connect();
    const refused = client.secrets.set({ name: 'crm token', value: 'sk_live_abcdefghijklmnop' });
    await expect(refused).rejects.toMatchObject({ code: 'BAD_INPUT', issues: [{ path: 'name' }] });
    await refused.catch((error: Error) => expect(JSON.stringify(error)).not.toContain('sk_live_abcdefghijklmnop'));
    await expect(client.secrets.set({ name: 'crm', value: '' })).rejects.toMatchObject({
      issues: [{ path: 'value', message: 'Enter the value' }],
    });
    await expect(client.secrets.set({ name: 'crm', value: '   ' })).rejects.toThrow(/cannot be only spaces/);
  });
});

describe('one data folder, one secret key', () => {
  it('refuses to add a secret with another key than the folder’s secrets were sealed with, and says why', async () => {
    const dataDir = tempDir();
    const first = connect({ dataDir, secretKey: randomBytes(32) });
    await first.client.secrets.set({ name: 'crm_token', value: 'sealed-with-the-first-key' });
    await first.core.stop();

    const other = connect({ dataDir, secretKey: randomBytes(32) });
    await expect(other.client.secrets.set({ name: 'hook', value: 'would-not-open-later' })).rejects.toThrow(
      /sealed with another secret key .* start with the key the folder uses/,
    );
    expect(() => other.core.context.secrets.get('crm_token')).toThrow(
      /cannot be decrypted with this installation's secret key/,
    );
    expect((await other.client.secrets.list()).map((secret) => secret.name)).toEqual(['crm_token']);
  });
});
