import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { TEST_CONNECTION_TIMEOUT_MS } from '../../../../electron/services/providers/channels-service';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';
import { useGateway, useLoopbackProvider } from './support/loopback-provider';

const tempDir = useTempDir('journey-studio-channels-');
const connect = useCores(tempDir);
const gateway = useGateway();
const registerLoopback = useLoopbackProvider('twilio');

const TOKEN = 'gw-token-1';

async function refusal(call: Promise<unknown>): Promise<ApiError> {
  const error = await call.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

/** Every byte the data folder holds: the database, its -wal, and anything beside them. */
function dataFolderBytes(dir: string): Buffer {
  return Buffer.concat(
    fs
      .readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => fs.readFileSync(path.join(entry.parentPath, entry.name))),
  );
}

describe('the channels service', () => {
  it('lists every channel on the Outbox until a provider is set up', async () => {
    const { client } = connect();
    const channels = await client.channels.list();
    expect(channels.map((view) => [view.channel, view.kind, view.savedAt])).toEqual([
      ['email', 'outbox', null],
      ['sms', 'outbox', null],
      ['whatsapp', 'outbox', null],
      ['push', 'outbox', null],
      ['inapp', 'outbox', null],
      ['telegram', 'outbox', null],
      ['wallet', 'outbox', null],
      ['marketing', 'outbox', null],
    ]);
  });

  it("refuses a form the provider's schema rejects, naming each field, and stores nothing", async () => {
    registerLoopback();
    const { client, core } = connect();
    const error = await refusal(
      client.channels.save({
        channel: 'sms',
        kind: 'twilio',
        config: { baseUrl: 'not a url', account: '', token: '', senderName: 'A much too long name' },
      }),
    );
    expect(error.code).toBe('BAD_INPUT');
    expect(error.issues).toEqual([
      { path: 'config.baseUrl', message: 'Enter the gateway URL' },
      { path: 'config.account', message: 'Enter the account name' },
      { path: 'config.token', message: 'Enter the API token' },
      { path: 'config.senderName', message: 'At most 11 characters' },
    ]);
    expect(error.message).toMatch(/^The Loopback gateway settings are not valid: baseUrl: Enter the gateway URL/);
    expect(core.context.store.settings.all()['channels.sms.provider']).toBeUndefined();
    expect(core.context.secrets.list()).toEqual([]);
  });

  it('refuses a provider that cannot carry the channel', async () => {
    registerLoopback();
    const { client } = connect();
    const error = await refusal(client.channels.save({ channel: 'email', kind: 'twilio', config: {} }));
    expect(error.issues).toEqual([{ path: 'kind', message: 'This provider does not carry Email here' }]);
  });

  it('keeps secret fields in the secret store only, never in the settings row or the answer', async () => {
    registerLoopback();
    const { client, core } = connect();
    const gw = await gateway();
    const saved = await client.channels.save({
      channel: 'sms',
      kind: 'twilio',
      config: { baseUrl: gw.url, account: 'shop', token: TOKEN, senderName: 'SHOP' },
    });
    expect(saved).toEqual({
      channel: 'sms',
      kind: 'twilio',
      config: { baseUrl: gw.url, account: 'shop', senderName: 'SHOP' },
      secretsSet: ['token'],
      savedAt: expect.any(Number),
      problem: null,
    });
    expect(core.context.store.settings.all()['channels.sms.provider']).toEqual({
      kind: 'twilio',
      config: { baseUrl: gw.url, account: 'shop', senderName: 'SHOP' },
      secrets: { token: 'provider.sms.token' },
      savedAt: saved.savedAt,
    });
    expect(core.context.secrets.get('provider.sms.token')).toBe(TOKEN);
    expect(JSON.stringify(await client.channels.list())).not.toContain(TOKEN);
    expect(JSON.stringify(await client.settings.getAll())).not.toContain(TOKEN);
    const dataDir = core.context.dataDir;
    await core.stop();
    expect(dataFolderBytes(dataDir).includes(TOKEN)).toBe(false);
  });

  it('keeps the stored secret when the field is left empty, replaces it when typed, drops it with the provider', async () => {
    registerLoopback();
    const { client, core } = connect();
    const gw = await gateway();
    const form = { channel: 'sms' as const, kind: 'twilio' as const };
    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'shop', token: TOKEN } });

    const kept = await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'renamed', token: '' } });
    expect(kept.secretsSet).toEqual(['token']);
    expect(core.context.secrets.get('provider.sms.token')).toBe(TOKEN);

    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'renamed', token: 'gw-token-2' } });
    expect(core.context.secrets.get('provider.sms.token')).toBe('gw-token-2');

    const outbox = await client.channels.save({ channel: 'sms', kind: 'outbox', config: {} });
    expect(outbox).toMatchObject({ kind: 'outbox', secretsSet: [], savedAt: null });
    expect(core.context.store.settings.all()['channels.sms.provider']).toBeNull();
    expect(core.context.secrets.list()).toEqual([]);

    // With the stored secret gone, an empty field is what it says: missing.
    const error = await refusal(client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'x' } }));
    expect(error.issues).toEqual([{ path: 'config.token', message: 'Enter the API token' }]);
  });

  it('tests a connection with a real call, for an unsaved form and with the stored secret', async () => {
    registerLoopback();
    const { client } = connect();
    const gw = await gateway();
    const form = { channel: 'sms' as const, kind: 'twilio' as const };
    expect(
      await client.channels.testConnection({ ...form, config: { baseUrl: gw.url, account: 'shop', token: TOKEN } }),
    ).toEqual({ ok: true, detail: 'Connected as shop-account' });
    expect(
      await client.channels.testConnection({ ...form, config: { baseUrl: gw.url, account: 'shop', token: 'wrong' } }),
    ).toEqual({ ok: false, error: 'Gateway: Unknown API token' });
    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'shop', token: TOKEN } });
    expect(
      await client.channels.testConnection({ ...form, config: { baseUrl: gw.url, account: 'shop', token: '' } }),
    ).toEqual({ ok: true, detail: 'Connected as shop-account' });
    expect(gw.requests.map((request) => [request.method, request.path, request.authorization])).toEqual([
      ['GET', '/me', `Bearer ${TOKEN}`],
      ['GET', '/me', 'Bearer wrong'],
      ['GET', '/me', `Bearer ${TOKEN}`],
    ]);
    // The stored token goes only to the address it was saved for: another one needs it typed again.
    const moved = await refusal(
      client.channels.testConnection({
        ...form,
        config: { baseUrl: 'http://127.0.0.1:9', account: 'shop', token: '' },
      }),
    );
    expect(moved.issues).toEqual([{ path: 'config.token', message: 'Enter it again for the new Gateway URL' }]);
    // Nothing was saved by testing, nothing was sent.
    expect(gw.requests.some((request) => request.path === '/messages')).toBe(false);
  });

  it('gives up on a provider that does not answer Test connection', async () => {
    registerLoopback();
    const clock = createVirtualClock(Date.UTC(2026, 0, 5, 12));
    const { client } = connect({ clock });
    const gw = await gateway();
    gw.holding = true;
    const timersBefore = clock.pendingCount();
    const answer = client.channels.testConnection({
      channel: 'sms',
      kind: 'twilio',
      config: { baseUrl: gw.url, account: 'shop', token: TOKEN },
    });
    await until(() => gw.requests.length === 1);
    expect(clock.pendingCount()).toBe(timersBefore + 1);
    clock.advance(TEST_CONNECTION_TIMEOUT_MS);
    expect(await answer).toEqual({ ok: false, error: 'Loopback gateway did not answer within 30 s.' });
    expect(clock.pendingCount()).toBe(timersBefore);
  });

  it('refuses to store a provider setting through the generic settings call', async () => {
    const { client } = connect();
    const error = await refusal(
      client.settings.set({ key: 'channels.sms.provider', value: { kind: 'twilio', config: { token: 'x' } } }),
    );
    expect(error.message).toMatch(/Settings → Channels/);
    await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  });
});
