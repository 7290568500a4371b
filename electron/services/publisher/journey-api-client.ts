import http from 'node:http';
import https from 'node:https';
import { randomUUID } from 'node:crypto';
import { IDEMPOTENCY_IN_PROGRESS_TYPE } from '../../../shared/api-v1/journeys';
import type { Clock } from '../ports/clock';

/** What the client needs of a backend profile, the key read from the secret store. */
export interface BackendConnection {
  baseUrl: string;
  apiKey: string;
  tlsVerify: boolean;
  timeoutMs: number;
}

export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** The first wait; each next one doubles. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000 };

/** How the client waits and draws its jitter: the wall clock in the app, a virtual one in tests. */
export interface ClientTiming {
  wait(ms: number): Promise<void>;
  random(): number;
}

/** Waits on the core's clock (the Clock port), so a virtual clock in tests moves the retries on. */
export function timingOf(clock: Pick<Clock, 'setTimer'>, random: () => number = Math.random): ClientTiming {
  return { wait: (ms) => new Promise((resolve) => void clock.setTimer({ delay: ms }, () => resolve())), random };
}

/** RFC 9457 problem details as the journey API answers them. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

/**
 * A call that did not succeed. `status` is the backend's HTTP status (null when it could not be
 * reached); `message` is its problem detail verbatim when it sent one.
 */
export class JourneyApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly problem: ProblemDetails | null,
    readonly attempts: number,
  ) {
    super(message);
    this.name = 'JourneyApiError';
  }

  /**
   * Unreachable, timed out, 5xx or the key's first request still in progress after every retry:
   * whether it happened there is unknown, so the next try must keep the key.
   */
  get outcomeUnknown(): boolean {
    return this.status === null || this.status >= 500 || this.inProgress;
  }

  /** The backend is still answering the first request with this Idempotency-Key: not a refusal. */
  get inProgress(): boolean {
    return this.status === 409 && this.problem?.type === IDEMPOTENCY_IN_PROGRESS_TYPE;
  }
}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Under /api/v1/, e.g. `journeys/abc/start`. */
  path: string;
  body?: unknown;
  /** Every mutating call has one, the same on each retry; a new one is made when not given. */
  idempotencyKey?: string;
  retry?: RetryPolicy;
}

export interface ApiResponse<T> {
  status: number;
  body: T;
  attempts: number;
  idempotencyKey: string | null;
  replayed: boolean;
}

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/** The wait before retry `n` (1-based): exponential, capped, with full jitter so clients spread out. */
export function backoffDelay(policy: RetryPolicy, retry: number, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** The full address of an API path under the profile's base URL (which may carry a path prefix). */
export function apiUrl(baseUrl: string, path: string): URL {
  const base = baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
  return new URL(`api/v1/${path}`, base);
}

function networkText(error: Error & { code?: string }, url: URL, timeoutMs: number): string {
  if (error.name === 'TimeoutError') return `${url.host} did not answer within ${timeoutMs / 1000} s`;
  if (error.code === 'ECONNREFUSED') return `Nothing answers at ${url.host} (connection refused)`;
  if (error.code === 'ENOTFOUND') return `The host ${url.hostname} is not known (DNS)`;
  if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
    return `The connection to ${url.host} was cut before the answer arrived`;
  if (error.code?.startsWith('ERR_TLS') || /certificate|self[- ]signed/i.test(error.message))
    return `The TLS certificate of ${url.host} was not accepted: ${error.message}. Fix the certificate, or turn off TLS verification for this backend if you trust the network`;
  return `${url.host} could not be reached: ${error.message}`;
}

/** One HTTP exchange, no retries: a network failure or timeout rejects with a JourneyApiError (status null). */
function exchange(
  connection: BackendConnection,
  url: URL,
  method: string,
  headers: Record<string, string>,
  body?: string,
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const transport = url.protocol === 'https:' ? https : http;
    const request = transport.request(url, {
      method,
      headers,
      // A connection per call: publishing is rare, and a pooled socket the server has closed would
      // fail a call that never reached it.
      agent: false,
      ...(url.protocol === 'https:' ? { rejectUnauthorized: connection.tlsVerify } : {}),
    });
    // One deadline for the whole exchange, answer included, not only for idle sockets.
    const timer = setTimeout(() => {
      const timeout = new Error('timed out');
      timeout.name = 'TimeoutError';
      request.destroy(timeout);
    }, connection.timeoutMs);
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(new JourneyApiError(networkText(error, url, connection.timeoutMs), null, null, 1));
    };
    request.on('error', fail);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', fail);
      response.on('aborted', () => fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        });
      });
    });
    request.end(body);
  });
}

function problemOf(raw: RawResponse): ProblemDetails | null {
  try {
    const parsed = JSON.parse(raw.text) as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as ProblemDetails) : null;
  } catch {
    return null;
  }
}

/** The backend's own words: its problem detail verbatim, else its status and the start of its answer. */
function refusalText(raw: RawResponse, problem: ProblemDetails | null): string {
  if (typeof problem?.detail === 'string' && problem.detail !== '') return problem.detail;
  if (typeof problem?.title === 'string' && problem.title !== '') return problem.title;
  if (raw.status >= 300 && raw.status < 400)
    return `The backend answered ${raw.status} (a redirect to ${String(raw.headers.location ?? 'elsewhere')}): check the base URL`;
  const text = raw.text.replace(/\s+/g, ' ').trim().slice(0, 300);
  return `The backend answered ${raw.status}${text ? `: ${text}` : ' without a message'}`;
}

/**
 * The journey API of a delivery backend, over HTTP(S). Network errors, timeouts and 5xx answers
 * are tried again with exponential backoff and jitter, with the same Idempotency-Key, so the
 * backend carries a change out once however many times it is sent, and so is a 409 saying the
 * key's first request is still in progress; any other 4xx is never tried again.
 */
export function createJourneyApiClient(connection: BackendConnection, timing: ClientTiming) {
  async function call<T>(request: ApiRequest): Promise<ApiResponse<T>> {
    const policy = request.retry ?? DEFAULT_RETRY;
    const mutating = request.method !== 'GET';
    const idempotencyKey = mutating ? (request.idempotencyKey ?? randomUUID()) : null;
    const url = apiUrl(connection.baseUrl, request.path);
    const body = request.body === undefined ? undefined : JSON.stringify(request.body);
    const headers: Record<string, string> = {
      Accept: 'application/json, application/problem+json',
      Authorization: `Bearer ${connection.apiKey}`,
      ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}),
      ...(body === undefined
        ? {}
        : { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) }),
    };
    let last: JourneyApiError | null = null;
    for (let attempt = 1; attempt <= policy.attempts; attempt++) {
      if (attempt > 1) await timing.wait(backoffDelay(policy, attempt - 1, timing.random));
      let raw: RawResponse;
      try {
        raw = await exchange(connection, url, request.method, headers, body);
      } catch (error) {
        const failure = error as JourneyApiError;
        last = new JourneyApiError(failure.message, null, null, attempt);
        continue;
      }
      if (raw.status >= 200 && raw.status < 300) {
        let parsed: T;
        try {
          parsed = JSON.parse(raw.text) as T;
        } catch {
          throw new JourneyApiError(
            `The backend answered ${raw.status} with something that is not JSON: is ${connection.baseUrl} a Journey Studio server?`,
            raw.status,
            null,
            attempt,
          );
        }
        return {
          status: raw.status,
          body: parsed,
          attempts: attempt,
          idempotencyKey,
          replayed: raw.headers['idempotent-replayed'] === 'true',
        };
      }
      const problem = problemOf(raw);
      last = new JourneyApiError(refusalText(raw, problem), raw.status, problem, attempt);
      // A 4xx says the request itself is refused: sending it again changes nothing. Only "in
      // progress" is not a refusal: the first request may still succeed, so it is asked again.
      if (raw.status < 500 && !last.inProgress) throw last;
    }
    throw last!;
  }
  return { call };
}

export type JourneyApiClient = ReturnType<typeof createJourneyApiClient>;
