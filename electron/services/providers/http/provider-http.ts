import type { SendResult } from '../provider';
import { parseRetryAfter } from './retry-after';

export type Rejection = Extract<SendResult, { status: 'rejected' }>;

export interface ProviderRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT';
  headers?: Record<string, string>;
  body?: string | URLSearchParams | Uint8Array<ArrayBuffer>;
  timeoutMs: number;
}

export interface ProviderResponse {
  status: number;
  headers: Headers;
  text: string;
}

/**
 * One HTTP call to a provider. A response of any status is returned; a network failure or a
 * timeout is answered as a temporary rejection naming the provider and what happened.
 */
export async function callProvider(
  fetchFn: typeof fetch,
  providerLabel: string,
  request: ProviderRequest,
): Promise<ProviderResponse | Rejection> {
  try {
    const response = await fetchFn(request.url, {
      method: request.method ?? 'POST',
      headers: request.headers,
      body: request.body,
      signal: AbortSignal.timeout(request.timeoutMs),
      redirect: 'error',
    });
    return { status: response.status, headers: response.headers, text: await response.text() };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      status: 'rejected',
      kind: 'temporary',
      reason: timedOut
        ? `${providerLabel} did not answer within ${Math.round(request.timeoutMs / 1000)} s`
        : `${providerLabel} could not be reached: ${causeText(error)}`,
    };
  }
}

function causeText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error.message;
}

export function isRejection(value: ProviderResponse | Rejection): value is Rejection {
  return 'status' in value && value.status === 'rejected';
}

/** Statuses worth trying again: the request may succeed later as it is. */
export function isTemporaryStatus(status: number): boolean {
  return status === 408 || status === 425 || status === 429 || status >= 500;
}

/**
 * A non-2xx answer as a rejection: temporary for 408/425/429/5xx (with the provider's
 * Retry-After), permanent otherwise, keeping the provider's own message (`providerMessage`, read
 * from its error body by the caller).
 */
export function rejectionOf(
  providerLabel: string,
  response: ProviderResponse,
  providerMessage: string | undefined,
  now: number,
): Rejection {
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now);
  const message = providerMessage?.trim() || response.text.slice(0, 300).trim() || 'no message';
  return {
    status: 'rejected',
    kind: isTemporaryStatus(response.status) ? 'temporary' : 'permanent',
    reason: `${providerLabel} answered ${response.status}: ${message}`,
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}
