import { createECDH } from 'node:crypto';
import webpush from 'web-push';
import { parsePushSubscription, type WebPushConfig } from '../../../../shared/providers/web-push';
import { callProvider, isRejection, rejectionOf } from '../http/provider-http';
import { providerErrorMessage } from '../http/provider-error-message';
import { oncePerKey } from '../once-per-key';
import type { OutgoingMessage } from '../provider';
import type {
  ClosableProvider,
  ConnectionCheck,
  ProviderDeps,
  ProviderImplementation,
} from '../provider-implementation';
import { createRateLimiter } from '../rate-limiter';

export const WEB_PUSH_PROVIDER_NAME = 'web-push';
const LABEL = 'The push service';

function text(output: Record<string, unknown>, field: string): string {
  const value = output[field];
  return typeof value === 'string' ? value : '';
}

/** What the site's service worker receives (decrypted) in its push event. */
export function webPushPayload(message: OutgoingMessage, key: string): string {
  const output = message.rendered.output;
  return JSON.stringify({
    title: text(output, 'title'),
    body: text(output, 'body'),
    image: text(output, 'imageUrl'),
    url: text(output, 'deepLink'),
    idempotencyKey: key,
  });
}

/** A subscription the push service has dropped (unsubscribed, expired) never comes back: permanent. */
const GONE = new Set([404, 410]);

/** Web Push (RFC 8030) with VAPID (RFC 8292), the payload encrypted for the subscription (RFC 8291). */
function createWebPushProvider(config: WebPushConfig, deps: ProviderDeps): ClosableProvider {
  const limiter = createRateLimiter(config.ratePerSecond, deps.clock);
  return {
    name: WEB_PUSH_PROVIDER_NAME,
    send: oncePerKey(async (message, key) => {
      const subscription = parsePushSubscription(message.recipient);
      if (typeof subscription === 'string') return { status: 'rejected', kind: 'permanent', reason: subscription };
      let request: ReturnType<typeof webpush.generateRequestDetails>;
      try {
        request = webpush.generateRequestDetails(subscription, webPushPayload(message, key), {
          vapidDetails: {
            subject: config.vapidSubject,
            publicKey: config.vapidPublicKey,
            privateKey: config.vapidPrivateKey,
          },
          TTL: config.ttlSeconds,
          urgency: config.urgency,
          contentEncoding: 'aes128gcm',
        });
      } catch (error) {
        return { status: 'rejected', kind: 'permanent', reason: `Web Push: ${(error as Error).message}` };
      }
      await limiter.take();
      // fetch sets Content-Length from the body itself.
      const headers = Object.fromEntries(
        Object.entries(request.headers)
          .filter(([name]) => name.toLowerCase() !== 'content-length')
          .map(([name, value]) => [name, String(value)]),
      );
      const response = await callProvider(deps.fetch, LABEL, {
        url: request.endpoint,
        headers,
        body: request.body === null ? '' : new Uint8Array(request.body),
        timeoutMs: config.timeoutSeconds * 1000,
      });
      if (isRejection(response)) return response;
      if (response.status >= 200 && response.status < 300) {
        const location = response.headers.get('location');
        return { status: 'accepted', providerMessageId: location || key, delivered: false };
      }
      const rejection = rejectionOf(LABEL, response, providerErrorMessage(response.text), deps.clock.now());
      return GONE.has(response.status)
        ? { ...rejection, kind: 'permanent', reason: `${rejection.reason} (the subscription is gone)` }
        : rejection;
    }),
    async close() {
      limiter.close();
    },
  };
}

/** There is no account to call: the check is that the private key is the public key's. */
function testWebPush(config: WebPushConfig): Promise<ConnectionCheck> {
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(Buffer.from(config.vapidPrivateKey, 'base64url'));
    const derived = ecdh.getPublicKey().toString('base64url');
    if (derived !== config.vapidPublicKey)
      return Promise.resolve({ ok: false, error: 'The VAPID private key does not belong to the public key' });
  } catch (error) {
    return Promise.resolve({
      ok: false,
      error: `The VAPID private key is not a P-256 key: ${(error as Error).message}`,
    });
  }
  return Promise.resolve({
    ok: true,
    detail:
      'The VAPID keys belong together. Web Push has no account to call: a test send to a subscription checks the rest',
  });
}

export const WEB_PUSH_IMPLEMENTATION: ProviderImplementation<WebPushConfig> = {
  create: createWebPushProvider,
  testConnection: testWebPush,
};
