import { sign } from 'node:crypto';
import type { ServiceAccount } from '../../../../shared/providers/fcm';
import { callProvider, isRejection, rejectionOf, type Rejection } from '../http/provider-http';
import { providerErrorMessage } from '../http/provider-error-message';
import type { ProviderDeps } from '../provider-implementation';

const FCM_SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';
const LABEL = 'The OAuth token endpoint';
/** A token is renewed this long before it expires, so none goes out about to lapse. */
const RENEW_BEFORE_MS = 60_000;

export interface AccessTokens {
  /** A bearer token for FCM, fetched when there is none or it is about to expire. */
  get(): Promise<string | Rejection>;
  /** Drops the token the API refused (revoked or expired early), so the next get fetches one. */
  invalidate(token: string): void;
}

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** The signed assertion of the OAuth 2.0 JWT bearer grant (RFC 7523), as Google's token endpoint wants it. */
export function serviceAccountAssertion(account: ServiceAccount, tokenUrl: string, nowMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const header = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT' }));
  const claims = base64url(
    JSON.stringify({ iss: account.client_email, scope: FCM_SCOPE, aud: tokenUrl, iat, exp: iat + 3600 }),
  );
  const signature = sign('sha256', Buffer.from(`${header}.${claims}`), account.private_key);
  return `${header}.${claims}.${base64url(signature)}`;
}

/** Access tokens for a service account, exchanged at `tokenUrl` and kept until shortly before they expire. */
export function createAccessTokens(
  account: ServiceAccount,
  tokenUrl: string,
  deps: ProviderDeps,
  timeoutMs: number,
): AccessTokens {
  let current: { token: string; renewAt: number } | null = null;
  let pending: Promise<string | Rejection> | null = null;

  async function exchange(): Promise<string | Rejection> {
    let assertion: string;
    try {
      assertion = serviceAccountAssertion(account, tokenUrl, deps.clock.now());
    } catch (error) {
      return {
        status: 'rejected',
        kind: 'permanent',
        reason: `The service account key cannot sign: ${(error as Error).message}`,
      };
    }
    const response = await callProvider(deps.fetch, LABEL, {
      url: tokenUrl,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }),
      timeoutMs,
    });
    if (isRejection(response)) return response;
    if (response.status !== 200)
      return rejectionOf(LABEL, response, providerErrorMessage(response.text), deps.clock.now());
    let body: { access_token?: unknown; expires_in?: unknown };
    try {
      body = JSON.parse(response.text) as typeof body;
    } catch {
      body = {};
    }
    if (typeof body.access_token !== 'string' || body.access_token === '')
      return { status: 'rejected', kind: 'temporary', reason: `${LABEL} answered without an access_token` };
    const lifetimeMs = (typeof body.expires_in === 'number' ? body.expires_in : 3600) * 1000;
    current = { token: body.access_token, renewAt: deps.clock.now() + Math.max(0, lifetimeMs - RENEW_BEFORE_MS) };
    return body.access_token;
  }

  return {
    get() {
      if (current !== null && deps.clock.now() < current.renewAt) return Promise.resolve(current.token);
      pending ??= exchange().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate(token) {
      if (current?.token === token) current = null;
    },
  };
}
