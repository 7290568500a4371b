import { createHmac, timingSafeEqual } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SignedWebhookConfigSchema } from '../../../../shared/providers/signed-webhook';
import type { ClosableProvider } from '../../../../electron/services/providers/provider-implementation';
import { SIGNED_WEBHOOK_IMPLEMENTATION } from '../../../../electron/services/providers/signed-webhook/signed-webhook-provider';
import { startLoopbackServer, type LoopbackServer, type Responder } from './support/loopback-server';
import { outgoing, realDeps } from './support/outgoing';

const SECRET = 'whsec-0123456789abcdef';

/**
 * What a receiver does with the documented scheme: read t and v1 from the header, recompute the
 * HMAC-SHA256 of "<t>.<raw body>" with the shared secret, compare in constant time, and refuse a
 * time more than five minutes away.
 */
function verifySignature(header: string, rawBody: Buffer, secret: string, nowSeconds: number): boolean {
  const parts = new Map(
    header.split(',').map((part) => [part.slice(0, part.indexOf('=')), part.slice(part.indexOf('=') + 1)]),
  );
  const t = parts.get('t') ?? '';
  if (!/^\d+$/.test(t) || Math.abs(nowSeconds - Number(t)) > 300) return false;
  const expected = createHmac('sha256', secret).update(`${t}.`).update(rawBody).digest();
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const servers: LoopbackServer[] = [];
const providers: ClosableProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function receiver(respond: Responder) {
  const server = await startLoopbackServer(respond);
  servers.push(server);
  return server;
}

function config(url: string, timeoutSeconds = 5) {
  return SignedWebhookConfigSchema.parse({ url: `${url}/journey-studio`, signingSecret: SECRET, timeoutSeconds });
}

function provider(url: string, timeoutSeconds?: number) {
  const created = SIGNED_WEBHOOK_IMPLEMENTATION.create(config(url, timeoutSeconds), realDeps());
  providers.push(created);
  return created;
}

const inapp = {
  title: 'Hi Maya',
  body: 'Your order shipped',
  imageUrl: '',
  buttons: [{ label: 'Track', action: 'track' }],
};

describe('the signed JSON webhook provider', () => {
  it('posts each message as JSON signed so the receiver can verify it, with the idempotency key', async () => {
    const server = await receiver(() => ({ status: 202, body: '{"id":"rcv-81"}' }));
    const webhook = provider(server.url);
    const before = Math.floor(Date.now() / 1000);

    const sent = await webhook.send(outgoing('inapp', 'C-1', inapp), '7:msg:send:0');
    const marketing = await webhook.send(
      outgoing('marketing', 'C-1', { payload: '{"event":"order_shipped","order":"ORD-1"}' }),
      '7:mkt:send:0',
    );

    expect(sent).toEqual({ status: 'accepted', providerMessageId: 'rcv-81', delivered: false });
    expect(marketing).toMatchObject({ status: 'accepted' });
    const [request, marketingRequest] = server.requests;
    expect(request!.method).toBe('POST');
    expect(request!.path).toBe('/journey-studio');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['idempotency-key']).toBe('7:msg:send:0');
    const header = String(request!.headers['x-journey-studio-signature']);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    const now = Math.floor(Date.now() / 1000);
    expect(Number(/t=(\d+)/.exec(header)![1])).toBeGreaterThanOrEqual(before);
    expect(verifySignature(header, request!.body, SECRET, now)).toBe(true);
    expect(verifySignature(header, request!.body, 'another-secret-0000', now)).toBe(false);
    const tampered = Buffer.from(request!.body.toString('utf8').replace('Hi Maya', 'Hi Mayo'));
    expect(verifySignature(header, tampered, SECRET, now)).toBe(false);
    expect(verifySignature(header, request!.body, SECRET, now + 301)).toBe(false);

    expect(JSON.parse(request!.body.toString('utf8'))).toEqual({
      type: 'message',
      id: '7:msg:send:0',
      test: false,
      channel: 'inapp',
      recipient: 'C-1',
      contactId: 'C-1',
      journeyId: 'journey-1',
      version: 2,
      stepId: 'msg',
      templateId: 'template-1',
      content: inapp,
      sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(JSON.parse(marketingRequest!.body.toString('utf8')).content).toEqual({
      payload: { event: 'order_shipped', order: 'ORD-1' },
    });
    expect(
      verifySignature(
        String(marketingRequest!.headers['x-journey-studio-signature']),
        marketingRequest!.body,
        SECRET,
        now,
      ),
    ).toBe(true);
  });

  it('posts a key once: a repeated send answers as the first did', async () => {
    const server = await receiver(() => ({ status: 200, body: '' }));
    const webhook = provider(server.url);
    const message = outgoing('wallet', 'C-1', { passType: 'coupon', title: '10% off', fields: [], barcodeValue: 'X1' });
    const results = await Promise.all([webhook.send(message, 'k1'), webhook.send(message, 'k1')]);
    expect(await webhook.send(message, 'k1')).toEqual(results[0]);
    expect(results[1]).toEqual(results[0]);
    expect(results[0]).toEqual({ status: 'accepted', providerMessageId: 'k1', delivered: false });
    expect(server.requests).toHaveLength(1);
  });

  it("maps the receiver's answers: 5xx and 429 temporary (with Retry-After), 4xx permanent, silence a timeout", async () => {
    const server = await receiver((request) => {
      switch (request.headers['idempotency-key']) {
        case 'busy':
          return { status: 503, body: '{"message":"maintenance"}' };
        case 'slow-down':
          return { status: 429, headers: { 'Retry-After': '30' }, body: '{"error":"rate limited"}' };
        case 'bad':
          return { status: 422, body: '{"error":{"message":"unknown user C-1"}}' };
        default:
          return null;
      }
    });
    const webhook = provider(server.url, 1);
    const message = outgoing('inapp', 'C-1', inapp);

    expect(await webhook.send(message, 'busy')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'The webhook receiver answered 503: maintenance',
    });
    expect(await webhook.send(message, 'slow-down')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'The webhook receiver answered 429: rate limited',
      retryAfterMs: 30_000,
    });
    expect(await webhook.send(message, 'bad')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'The webhook receiver answered 422: unknown user C-1',
    });
    expect(await webhook.send(message, 'silent')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'The webhook receiver did not answer within 1 s',
    });
  });

  it('tests the connection with a signed ping and reports a refusal in the receiver words', async () => {
    const server = await receiver((_request, index) =>
      index === 0 ? { status: 204 } : { status: 401, body: '{"error":"bad signature"}' },
    );
    const ok = await SIGNED_WEBHOOK_IMPLEMENTATION.testConnection(config(server.url), realDeps());
    const refused = await SIGNED_WEBHOOK_IMPLEMENTATION.testConnection(config(server.url), realDeps());

    expect(ok).toEqual({ ok: true, detail: 'The webhook receiver answered 204 to a signed ping' });
    expect(refused).toEqual({ ok: false, error: 'The webhook receiver answered 401: bad signature' });
    const ping = server.requests[0]!;
    expect(JSON.parse(ping.body.toString('utf8'))).toEqual({ type: 'ping', sentAt: expect.any(String) });
    expect(
      verifySignature(
        String(ping.headers['x-journey-studio-signature']),
        ping.body,
        SECRET,
        Math.floor(Date.now() / 1000),
      ),
    ).toBe(true);
  });

  it('names the settings that are wrong', () => {
    const result = SignedWebhookConfigSchema.safeParse({ url: 'ftp://example.com', signingSecret: 'short' });
    expect(result.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['url', 'The receiver URL must be an http:// or https:// address'],
      ['signingSecret', 'The signing secret needs at least 16 characters'],
    ]);
  });
});
