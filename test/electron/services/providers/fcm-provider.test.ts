import { generateKeyPairSync, verify, type KeyObject } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { FcmConfigSchema } from '../../../../shared/providers/fcm';
import { FCM_IMPLEMENTATION } from '../../../../electron/services/providers/fcm/fcm-provider';
import type { ClosableProvider, ProviderDeps } from '../../../../electron/services/providers/provider-implementation';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { startLoopbackServer, type Answer, type LoopbackServer, type ReceivedRequest } from './support/loopback-server';
import { outgoing, realDeps } from './support/outgoing';

const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const SERVICE_ACCOUNT = {
  type: 'service_account',
  project_id: 'shop-app',
  client_email: 'sender@shop-app.iam.gserviceaccount.com',
  private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
};

/** Checks the JWT bearer assertion as Google's token endpoint does: its RS256 signature and claims. */
function assertionClaims(assertion: string, key: KeyObject): Record<string, unknown> | null {
  const [header, claims, signature] = assertion.split('.');
  const signed = verify('sha256', Buffer.from(`${header}.${claims}`), key, Buffer.from(signature ?? '', 'base64url'));
  if (!signed) return null;
  expect(JSON.parse(Buffer.from(header!, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT' });
  return JSON.parse(Buffer.from(claims!, 'base64url').toString()) as Record<string, unknown>;
}

interface FakeGoogle {
  server: LoopbackServer;
  tokens: ReceivedRequest[];
  sends: ReceivedRequest[];
  /** Answers to messages:send, by registration token (default: accepted). */
  answers: Map<string, Answer>;
  /** Tokens FCM no longer accepts (revoked). */
  revoked: Set<string>;
}

const servers: LoopbackServer[] = [];
const providers: ClosableProvider[] = [];
afterEach(async () => {
  await Promise.all(providers.splice(0).map((provider) => provider.close?.()));
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Google's OAuth token endpoint and the FCM v1 API on one loopback server. */
async function fakeGoogle(tokenAnswer?: Answer): Promise<FakeGoogle> {
  const fake: Omit<FakeGoogle, 'server'> = { tokens: [], sends: [], answers: new Map(), revoked: new Set() };
  const server = await startLoopbackServer((request) => {
    if (request.path === '/token') {
      fake.tokens.push(request);
      if (tokenAnswer) return tokenAnswer;
      const form = new URLSearchParams(request.body.toString());
      const claims = assertionClaims(form.get('assertion') ?? '', publicKey);
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || claims === null)
        return { status: 400, body: '{"error":"invalid_grant","error_description":"Invalid JWT Signature."}' };
      return {
        status: 200,
        body: JSON.stringify({
          access_token: `ya29.token-${fake.tokens.length}`,
          expires_in: 3600,
          token_type: 'Bearer',
        }),
      };
    }
    fake.sends.push(request);
    const bearer = String(request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!/^ya29\.token-\d+$/.test(bearer) || fake.revoked.has(bearer))
      return {
        status: 401,
        body: '{"error":{"code":401,"message":"Request had invalid authentication credentials.","status":"UNAUTHENTICATED"}}',
      };
    const body = JSON.parse(request.body.toString()) as { message: { token?: string } };
    return (
      fake.answers.get(body.message.token ?? '') ?? {
        status: 200,
        body: `{"name":"projects/shop-app/messages/${fake.sends.length}"}`,
      }
    );
  });
  servers.push(server);
  return { ...fake, server };
}

function config(url: string) {
  return FcmConfigSchema.parse({
    serviceAccountJson: JSON.stringify(SERVICE_ACCOUNT),
    tokenUrl: `${url}/token`,
    baseUrl: url,
    timeoutSeconds: 5,
  });
}

function provider(url: string, deps: ProviderDeps = realDeps()) {
  const created = FCM_IMPLEMENTATION.create(config(url), deps);
  providers.push(created);
  return created;
}

const push = {
  title: 'Your order shipped',
  body: 'Maya, ORD-1 is on its way',
  imageUrl: 'https://cdn.example.com/box.png',
  deepLink: 'shop://orders/ORD-1',
};

describe('push over FCM HTTP v1', () => {
  it('signs in with the service account, then sends the v1 message with the bearer token', async () => {
    const google = await fakeGoogle();
    const fcm = provider(google.server.url);

    const first = await fcm.send(outgoing('push', 'device-token-1', push), '7:msg:send:0');
    const second = await fcm.send(outgoing('push', 'device-token-2', push), '8:msg:send:0');

    expect(first).toEqual({ status: 'accepted', providerMessageId: 'projects/shop-app/messages/1', delivered: false });
    expect(second).toMatchObject({ status: 'accepted', providerMessageId: 'projects/shop-app/messages/2' });
    expect(google.tokens).toHaveLength(1); // the token is kept, not fetched per message
    const form = new URLSearchParams(google.tokens[0]!.body.toString());
    const claims = assertionClaims(form.get('assertion')!, publicKey)!;
    expect(claims).toMatchObject({
      iss: SERVICE_ACCOUNT.client_email,
      scope: 'https://www.googleapis.com/auth/firebase.messaging',
      aud: `${google.server.url}/token`,
    });
    expect(Number(claims.exp) - Number(claims.iat)).toBe(3600);
    const request = google.sends[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe('/v1/projects/shop-app/messages:send');
    expect(request.headers.authorization).toBe('Bearer ya29.token-1');
    expect(request.headers['content-type']).toBe('application/json');
    expect(JSON.parse(request.body.toString())).toEqual({
      message: {
        token: 'device-token-1',
        notification: {
          title: 'Your order shipped',
          body: 'Maya, ORD-1 is on its way',
          image: 'https://cdn.example.com/box.png',
        },
        data: { idempotency_key: '7:msg:send:0', deep_link: 'shop://orders/ORD-1' },
      },
    });
  });

  it('gets a new token when the old one nears its end, and once more when FCM refuses one', async () => {
    const google = await fakeGoogle();
    const clock = createVirtualClock(Date.UTC(2026, 0, 5, 12));
    const fcm = provider(google.server.url, { ...realDeps(), clock });

    await fcm.send(outgoing('push', 'd1', push), 'k1');
    clock.advanceTo(clock.now() + 58 * 60_000);
    await fcm.send(outgoing('push', 'd2', push), 'k2');
    clock.advanceTo(clock.now() + 2 * 60_000);
    await fcm.send(outgoing('push', 'd3', push), 'k3');
    expect(google.tokens).toHaveLength(2);
    google.revoked.add('ya29.token-2');
    clock.advanceTo(clock.now() + 1000); // past the rate limiter's spacing, which runs on this clock too
    const afterRevoke = await fcm.send(outgoing('push', 'd4', push), 'k4');

    expect(afterRevoke).toMatchObject({ status: 'accepted' });
    expect(google.tokens).toHaveLength(3);
    expect(google.sends.map((request) => request.headers.authorization)).toEqual([
      'Bearer ya29.token-1',
      'Bearer ya29.token-1',
      'Bearer ya29.token-2',
      'Bearer ya29.token-2',
      'Bearer ya29.token-3',
    ]);
  });

  it("keeps FCM's error code and message: an unregistered device is permanent, quota and outages temporary", async () => {
    const google = await fakeGoogle();
    google.answers.set('gone', {
      status: 404,
      body: JSON.stringify({
        error: {
          code: 404,
          message: 'Requested entity was not found.',
          status: 'NOT_FOUND',
          details: [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode: 'UNREGISTERED' }],
        },
      }),
    });
    google.answers.set('busy', {
      status: 429,
      headers: { 'Retry-After': '20' },
      body: '{"error":{"code":429,"message":"Quota exceeded.","status":"RESOURCE_EXHAUSTED"}}',
    });
    google.answers.set('down', { status: 503, body: 'upstream unavailable' });
    const fcm = provider(google.server.url);

    expect(await fcm.send(outgoing('push', 'gone', push), 'k-gone')).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'FCM answered 404: UNREGISTERED: Requested entity was not found.',
    });
    expect(await fcm.send(outgoing('push', 'busy', push), 'k-busy')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'FCM answered 429: RESOURCE_EXHAUSTED: Quota exceeded.',
      retryAfterMs: 20_000,
    });
    expect(await fcm.send(outgoing('push', 'down', push), 'k-down')).toEqual({
      status: 'rejected',
      kind: 'temporary',
      reason: 'FCM answered 503: upstream unavailable',
    });
  });

  it('refuses to send when the token endpoint refuses the service account, in its words', async () => {
    const google = await fakeGoogle({
      status: 400,
      body: '{"error":"invalid_grant","error_description":"Invalid JWT Signature."}',
    });
    const result = await provider(google.server.url).send(outgoing('push', 'd1', push), 'k1');
    expect(result).toEqual({
      status: 'rejected',
      kind: 'permanent',
      reason: 'The OAuth token endpoint answered 400: Invalid JWT Signature.',
    });
    expect(google.sends).toEqual([]);
  });

  it('tests the connection with a validate-only message, which sends nothing', async () => {
    const google = await fakeGoogle();
    const check = await FCM_IMPLEMENTATION.testConnection(config(google.server.url), realDeps());
    expect(check).toEqual({
      ok: true,
      detail: `Signed in as ${SERVICE_ACCOUNT.client_email}; FCM validated a message for project shop-app without sending it`,
    });
    expect(JSON.parse(google.sends[0]!.body.toString())).toMatchObject({
      validate_only: true,
      message: { topic: expect.any(String) },
    });

    const refused = await fakeGoogle({
      status: 401,
      body: '{"error":"invalid_client","error_description":"The OAuth client was not found."}',
    });
    expect(await FCM_IMPLEMENTATION.testConnection(config(refused.server.url), realDeps())).toEqual({
      ok: false,
      error: 'The OAuth token endpoint answered 401: The OAuth client was not found.',
    });
  });

  it('names what is wrong with the service account key', () => {
    const notJson = FcmConfigSchema.safeParse({ serviceAccountJson: 'abc' });
    const incomplete = FcmConfigSchema.safeParse({ serviceAccountJson: JSON.stringify({ project_id: 'p' }) });
    expect(notJson.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['serviceAccountJson', 'Paste the service account key file (JSON) from the Firebase console'],
    ]);
    expect(incomplete.error!.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['serviceAccountJson', 'The service account key file lacks or has a wrong client_email, private_key'],
    ]);
  });
});
