import { describe, expect, it } from 'vitest';
import { createChannelProviders } from '../../../../electron/services/providers/channel-providers';
import type { OutgoingMessage } from '../../../../electron/services/providers/provider';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { useCores } from '../support/connect';
import { useGateway, useLoopbackProvider } from './support/loopback-provider';
import { DELIVERY_REPORT_URL_SETTING } from '../../../../shared/providers/delivery-report-url';

const connect = useCores(useTempDir('journey-studio-channel-routing-'));
const gateway = useGateway();
const registerLoopback = useLoopbackProvider('twilio');

function message(channel: string, recipient: string): OutgoingMessage {
  return {
    channel,
    recipient,
    rendered: { ok: true, output: { body: `Hello ${recipient}` }, diagnostics: [], variables: [] } as never,
    journeyId: null,
    version: null,
    nodeId: null,
    runId: null,
    contactId: null,
    templateId: null,
    isTest: true,
  };
}

async function withSmsGateway() {
  const life = registerLoopback();
  const connected = connect();
  const gw = await gateway();
  const form = { channel: 'sms' as const, kind: 'twilio' as const };
  await connected.client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'shop', token: gw.token } });
  return { ...connected, gw, life, form };
}

describe("each channel's provider", () => {
  it("sends a channel's messages through its configured provider, the others into the Outbox", async () => {
    const { core, gw } = await withSmsGateway();
    const providers = core.context.providers;
    expect(providers.forChannel('sms').name).toBe('loopback');
    expect(providers.forChannel('email').name).toBe('outbox');

    const sms = await providers.forChannel('sms').send(message('sms', '+34600000001'), 'test:1');
    expect(sms).toEqual({ status: 'accepted', providerMessageId: 'gw-1', delivered: false });
    expect(gw.requests).toEqual([
      {
        method: 'POST',
        path: '/messages',
        authorization: `Bearer ${gw.token}`,
        idempotencyKey: 'test:1',
        body: { to: '+34600000001', output: { body: 'Hello +34600000001' } },
      },
    ]);
    const email = await providers.router().send(message('email', 'ana@example.com'), 'test:2');
    expect(email).toMatchObject({ status: 'accepted', delivered: true });
    const outboxRows = core.context.store.db.prepare('SELECT channel, recipient FROM outbox_messages').all();
    expect(outboxRows).toEqual([{ channel: 'email', recipient: 'ana@example.com' }]);
    expect(providers.router().routeFor!('sms').name).toBe('loopback');
  });

  it('builds the provider again when its settings or its secret change, and closes the old one', async () => {
    const { client, core, gw, life, form } = await withSmsGateway();
    const sms = core.context.providers.forChannel('sms');
    await sms.send(message('sms', '+1'), 'k1');
    await sms.send(message('sms', '+2'), 'k2');
    expect(life.created).toEqual(['shop#1']);

    gw.token = 'gw-token-2';
    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'shop', token: 'gw-token-2' } });
    expect(await sms.send(message('sms', '+3'), 'k3')).toMatchObject({ status: 'accepted' });
    expect(gw.requests.map((request) => request.authorization)).toEqual([
      'Bearer gw-token-1',
      'Bearer gw-token-1',
      'Bearer gw-token-2',
    ]);
    expect(life.created).toEqual(['shop#1', 'shop#2']);
    expect(life.closed).toEqual(['shop#1']);

    // The secret replaced on its own (as Settings → Secrets could) counts as a change too.
    gw.token = 'gw-token-3';
    core.context.secrets.set('provider.sms.token', 'gw-token-3');
    expect(await sms.send(message('sms', '+4'), 'k4')).toMatchObject({ status: 'accepted' });
    expect(life.closed).toEqual(['shop#1', 'shop#2']);

    await client.channels.save({ channel: 'sms', kind: 'outbox', config: {} });
    expect(await sms.send(message('sms', '+5'), 'k5')).toMatchObject({ status: 'accepted', delivered: true });
    expect(gw.requests).toHaveLength(4);
    expect(life.closed).toEqual(['shop#1', 'shop#2', 'shop#3']);
  });

  it('closes a replaced provider only once its sends in flight have their answer', async () => {
    const { client, core, gw, life, form } = await withSmsGateway();
    const sms = core.context.providers.forChannel('sms');
    gw.holding = true;
    const first = sms.send(message('sms', '+1'), 'k1');
    await until(() => gw.requests.length === 1);
    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'shop', token: gw.token } });
    const second = sms.send(message('sms', '+2'), 'k2');
    await until(() => gw.requests.length === 2);
    expect(life.created).toEqual(['shop#1', 'shop#2']);
    expect(life.closed).toEqual([]);
    gw.release();
    expect(await first).toMatchObject({ status: 'accepted', providerMessageId: 'gw-1' });
    expect(await second).toMatchObject({ status: 'accepted', providerMessageId: 'gw-2' });
    expect(life.closed).toEqual(['shop#1']);
  });

  it('passes on the delivery reports of whichever provider a channel has now, once each, until told to stop', async () => {
    const { client, core, gw, life, form } = await withSmsGateway();
    const heard: string[] = [];
    const router = core.context.providers.router();
    const stop = router.onDeliveryReport!((report) => heard.push(`${report.idempotencyKey} ${report.status}`));
    life.report({ idempotencyKey: 'k1', status: 'delivered' });

    await client.channels.save({ ...form, config: { baseUrl: gw.url, account: 'other', token: '' } });
    await router.send(message('sms', '+1'), 'k2');
    expect(life.created).toEqual(['shop#1', 'other#2']);
    life.report({ idempotencyKey: 'k2', status: 'failed' });

    stop();
    life.report({ idempotencyKey: 'k3', status: 'delivered' });
    expect(heard).toEqual(['k1 delivered', 'k2 failed']);
  });

  it('picks up settings another connection wrote (another thread or process)', async () => {
    const { core, gw, life } = await withSmsGateway();
    const stored = core.context.store.settings.all()['channels.sms.provider'] as Record<string, unknown>;
    const other = connect({ dataDir: core.context.dataDir });
    const sms = other.core.context.providers.forChannel('sms');
    expect(sms.name).toBe('loopback');
    core.context.store.settings.set('channels.sms.provider', { ...stored, savedAt: 1 });
    // Another connection's write is seen from the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    await sms.send(message('sms', '+1'), 'k1');
    expect(life.created).toHaveLength(2);
    expect(gw.requests).toHaveLength(1);
  });

  it('refuses as temporary, saying why, when a secret is missing or secrets cannot be read here', async () => {
    const { core, gw } = await withSmsGateway();
    const noSecrets = createChannelProviders({
      store: core.context.store,
      secrets: null,
      clock: core.clock,
      newId: () => 'id',
    });
    expect(await noSecrets.forChannel('sms').send(message('sms', '+1'), 'k1')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'The Loopback gateway provider cannot read its API token: secrets are not available to the sender here.',
    });
    await noSecrets.close();

    core.context.secrets.delete('provider.sms.token');
    expect(await core.context.providers.forChannel('sms').send(message('sms', '+1'), 'k1')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason:
        'The Loopback gateway API token is missing from the secret store ("provider.sms.token"): enter it again in Settings → Channels.',
    });
    expect(gw.requests).toEqual([]);
  });

  it('answers a provider that can no longer be built with the reason, until its settings are saved again', async () => {
    const { core } = await withSmsGateway();
    core.context.store.settings.set('channels.sms.provider', { kind: 'twilio', config: {}, secrets: {} });
    const view = (await connect({ dataDir: core.context.dataDir }).client.channels.list())[1]!;
    expect(view).toMatchObject({ channel: 'sms', kind: 'outbox' });
    expect(view.problem).toMatch(/^The stored SMS provider settings cannot be read \(savedAt: .*\); SMS delivers into/);
    expect(await core.context.providers.forChannel('sms').send(message('sms', '+1'), 'k1')).toMatchObject({
      status: 'accepted',
      delivered: true,
    });
  });

  it('gives providers the public address for delivery reports set in Settings, and rebuilds them when it changes', async () => {
    const { core, client, life } = await withSmsGateway();
    const providers = core.context.providers;
    // Asking a channel's provider for its name looks at the settings, as a send does.
    expect(providers.forChannel('sms').name).toBe('loopback');
    expect(providers.deps().deliveryReportBaseUrl).toBeNull();
    const built = life.created.length;

    await expect(
      client.settings.set({ key: DELIVERY_REPORT_URL_SETTING, value: 'ftp://reports.example.com' }),
    ).rejects.toThrow(`The setting "${DELIVERY_REPORT_URL_SETTING}" is not valid`);
    await client.settings.set({ key: DELIVERY_REPORT_URL_SETTING, value: 'https://reports.example.com' });
    await until(() => {
      expect(providers.forChannel('sms').name).toBe('loopback');
      return providers.deps().deliveryReportBaseUrl === 'https://reports.example.com';
    });
    expect(life.created.length).toBe(built + 1);
  });
});
