import { afterEach, describe, expect, it } from 'vitest';
import { WebPushConfigSchema } from '../../../../shared/providers/web-push';
import type { ClosableProvider } from '../../../../electron/services/providers/provider-implementation';
import { WEB_PUSH_IMPLEMENTATION } from '../../../../electron/services/providers/web-push/web-push-provider';
import { startLoopbackServer, type LoopbackServer, type Responder } from './support/loopback-server';
import { outgoing, realDeps } from './support/outgoing';
import { browserSubscription, vapidClaims, vapidKeys } from './support/web-push-receiver';

const VAPID = vapidKeys();

const servers: LoopbackServer[] = [];
const providers: ClosableProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function pushService(respond: Responder) {
  const server = await startLoopbackServer(respond);
  servers.push(server);
  return server;
}

function config(overrides: Record<string, unknown> = {}) {
  return WebPushConfigSchema.parse({
    vapidSubject: 'mailto:push@shop.example',
    vapidPublicKey: VAPID.publicKey,
    vapidPrivateKey: VAPID.privateKey,
    ttlSeconds: 3600,
    urgency: 'high',
    ...overrides,
  });
}

function provider() {
  const created = WEB_PUSH_IMPLEMENTATION.create(config(), realDeps());
  providers.push(created);
  return created;
}

const push = {
  title: 'Back in stock',
  body: 'Maya, the black tee is back',
  imageUrl: '',
  deepLink: 'https://shop.example/tee',
};

describe('push over Web Push with VAPID', () => {
  it('sends the payload encrypted for the subscription, which its keys decrypt, with VAPID headers', async () => {
    const server = await pushService(() => ({ status: 201, headers: { Location: '/message/m-1' } }));
    const browser = browserSubscription();
    const started = Math.floor(Date.now() / 1000);

    const result = await provider().send(
      outgoing('push', browser.json(`${server.url}/push/sub-1`), push),
      '7:msg:send:0',
    );

    expect(result).toEqual({ status: 'accepted', providerMessageId: '/message/m-1', delivered: false });
    const request = server.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/push/sub-1');
    expect(request.headers['content-encoding']).toBe('aes128gcm');
    expect(request.headers['content-type']).toBe('application/octet-stream');
    expect(request.headers.ttl).toBe('3600');
    expect(request.headers.urgency).toBe('high');
    const claims = vapidClaims(String(request.headers.authorization), VAPID.publicKey);
    expect(claims.aud).toBe(server.url);
    expect(claims.sub).toBe('mailto:push@shop.example');
    expect(Number(claims.exp)).toBeGreaterThan(started);
    expect(Number(claims.exp)).toBeLessThanOrEqual(started + 24 * 3600 + 60);
    expect(request.body.toString('utf8')).not.toContain('Back in stock');
    expect(JSON.parse(browser.decrypt(request.body))).toEqual({
      title: 'Back in stock',
      body: 'Maya, the black tee is back',
      image: '',
      url: 'https://shop.example/tee',
      idempotencyKey: '7:msg:send:0',
    });
    // Another browser's keys cannot read it.
    expect(() => browserSubscription().decrypt(request.body)).toThrow();
  });

  it('sends one push per idempotency key', async () => {
    const server = await pushService(() => ({ status: 201 }));
    const webPush = provider();
    const message = outgoing('push', browserSubscription().json(`${server.url}/push/sub-2`), push);
    const [first, second] = await Promise.all([webPush.send(message, 'k1'), webPush.send(message, 'k1')]);
    expect(await webPush.send(message, 'k1')).toEqual(first);
    expect(second).toEqual(first);
    expect(first).toEqual({ status: 'accepted', providerMessageId: 'k1', delivered: false });
    expect(server.requests).toHaveLength(1);
  });

  it('refuses for good a subscription the push service dropped or a token that is no subscription; retries a busy service', async () => {
    const server = await pushService((request) =>
      request.path.endsWith('/gone')
        ? { status: 410, body: 'push subscription has unsubscribed or expired.' }
        : { status: 429, headers: { 'Retry-After': '12' }, body: '' },
    );
    const webPush = provider();
    const browser = browserSubscription();

    expect(await webPush.send(outgoing('push', browser.json(`${server.url}/push/gone`), push), 'k-gone')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason:
        'The push service answered 410: push subscription has unsubscribed or expired. (the subscription is gone)',
    });
    expect(await webPush.send(outgoing('push', browser.json(`${server.url}/push/busy`), push), 'k-busy')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'The push service answered 429: no message',
      retryAfterMs: 12_000,
    });
    expect(await webPush.send(outgoing('push', 'example-device-token', push), 'k-token')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'The push token is not a Web Push subscription (JSON with endpoint and keys.p256dh, keys.auth)',
    });
    expect(
      await webPush.send(
        outgoing('push', JSON.stringify({ endpoint: `${server.url}/push/x`, keys: {} }), push),
        'k-keys',
      ),
    ).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'The Web Push subscription lacks or has a wrong keys.p256dh, keys.auth',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('tests the connection by checking that the VAPID keys belong together', async () => {
    expect(await WEB_PUSH_IMPLEMENTATION.testConnection(config(), realDeps())).toMatchObject({ ok: true });
    const other = vapidKeys();
    expect(
      await WEB_PUSH_IMPLEMENTATION.testConnection(config({ vapidPrivateKey: other.privateKey }), realDeps()),
    ).toEqual({
      ok: false,
      error: 'The VAPID private key does not belong to the public key',
    });
  });

  it('names the settings that are wrong', () => {
    const result = WebPushConfigSchema.safeParse({
      vapidSubject: 'push@shop',
      vapidPublicKey: 'abc',
      vapidPrivateKey: '',
    });
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toEqual([
      'vapidSubject',
      'vapidPublicKey',
      'vapidPrivateKey',
    ]);
  });
});
