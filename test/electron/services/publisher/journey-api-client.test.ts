import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  apiUrl,
  backoffDelay,
  createJourneyApiClient,
  JourneyApiError,
  type ClientTiming,
} from '../../../../electron/services/publisher/journey-api-client';
import { IDEMPOTENCY_IN_PROGRESS_TYPE as IN_PROGRESS } from '../../../../shared/api-v1/journeys';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();
const servers: (http.Server | https.Server)[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A server on 127.0.0.1 answering each request with the next of `answers` (the last one repeats). */
async function scripted(
  answers: { status: number; body?: unknown; type?: string; hang?: boolean }[],
  tls?: { key: string; cert: string },
) {
  const seen: Seen[] = [];
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
      if (answer.hang) return;
      res.writeHead(answer.status, { 'Content-Type': answer.type ?? 'application/json' });
      res.end(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body ?? {}));
    });
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { seen, url: `${tls ? 'https' : 'http'}://127.0.0.1:${port}/` };
}

/** A virtual clock for the backoff: every wait is recorded and returns at once. */
function virtualTiming(random = 0.5): ClientTiming & { waits: number[] } {
  const waits: number[] = [];
  return { waits, wait: async (ms) => void waits.push(ms), random: () => random };
}

const connection = (baseUrl: string) => ({ baseUrl, apiKey: 'jsc_test', tlsVerify: true, timeoutMs: 5_000 });
const problem = (status: number, detail: string) => ({
  status,
  type: 'application/problem+json',
  body: { type: 'urn:journey-studio:problem:x', title: 'Refused', status, detail, errors: [] },
});

describe('journey API client', () => {
  it('retries a 5xx with backoff and jitter, sending the same Idempotency-Key each time', async () => {
    const server = await scripted([
      { status: 503 },
      { status: 502, body: 'gateway down', type: 'text/plain' },
      { status: 201, body: { id: 'j1' } },
    ]);
    const timing = virtualTiming();
    const client = createJourneyApiClient(connection(server.url), timing);
    const answer = await client.call<{ id: string }>({ method: 'POST', path: 'journeys', body: { a: 1 } });
    expect(answer).toMatchObject({ status: 201, body: { id: 'j1' }, attempts: 3 });
    const keys = server.seen.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toBe(answer.idempotencyKey);
    expect(server.seen.every((request) => request.headers.authorization === 'Bearer jsc_test')).toBe(true);
    expect(server.seen.every((request) => request.body === '{"a":1}')).toBe(true);
    // 500 ms then 1 s ceilings, with jitter 0.5 → three quarters of each.
    expect(timing.waits).toEqual([375, 750]);
  });

  it('never retries a 4xx, and its problem detail is the message verbatim', async () => {
    const server = await scripted([problem(422, 'journeyFile.journey.nodes: At least one entry step is needed')]);
    const timing = virtualTiming();
    const client = createJourneyApiClient(connection(server.url), timing);
    const failure = await client.call({ method: 'POST', path: 'journeys', body: {} }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(JourneyApiError);
    expect((failure as JourneyApiError).message).toBe('journeyFile.journey.nodes: At least one entry step is needed');
    expect((failure as JourneyApiError).status).toBe(422);
    expect((failure as JourneyApiError).outcomeUnknown).toBe(false);
    expect(server.seen).toHaveLength(1);
    expect(timing.waits).toEqual([]);
  });

  it('asks again, with the same key, while the first request with that key is still in progress', async () => {
    const refusal = problem(409, 'Still being answered');
    const inProgress = { ...refusal, body: { ...refusal.body, type: IN_PROGRESS } };
    const server = await scripted([inProgress, { status: 201, body: { id: 'j1' } }]);
    const timing = virtualTiming();
    const client = createJourneyApiClient(connection(server.url), timing);
    const answer = await client.call<{ id: string }>({ method: 'POST', path: 'journeys', body: { a: 1 } });
    expect(answer).toMatchObject({ status: 201, body: { id: 'j1' }, attempts: 2 });
    expect(server.seen.map((request) => request.headers['idempotency-key'])).toEqual([
      answer.idempotencyKey,
      answer.idempotencyKey,
    ]);
    expect(timing.waits).toEqual([375]);

    // Still in progress after every attempt: not a refusal, so the outcome is unknown (the key is kept).
    const busy = await scripted([inProgress]);
    const failure = (await createJourneyApiClient(connection(busy.url), virtualTiming())
      .call({ method: 'PUT', path: 'journeys/x/start', retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 10 } })
      .catch((error: unknown) => error)) as JourneyApiError;
    expect(failure).toBeInstanceOf(JourneyApiError);
    expect(failure).toMatchObject({ status: 409, attempts: 3, outcomeUnknown: true });
    expect(busy.seen).toHaveLength(3);
    expect(new Set(busy.seen.map((request) => request.headers['idempotency-key'])).size).toBe(1);
  });

  it('gives up after every attempt failed, saying the outcome is unknown; a GET carries no Idempotency-Key', async () => {
    const server = await scripted([
      { status: 500, body: { detail: 'database locked' }, type: 'application/problem+json' },
    ]);
    const client = createJourneyApiClient(connection(server.url), virtualTiming());
    const failure = (await client
      .call({ method: 'GET', path: 'journeys/x', retry: { attempts: 2, baseDelayMs: 10, maxDelayMs: 10 } })
      .catch((error: unknown) => error)) as JourneyApiError;
    expect(failure.message).toBe('database locked');
    expect(failure.attempts).toBe(2);
    expect(failure.outcomeUnknown).toBe(true);
    expect(server.seen.map((request) => request.headers['idempotency-key'])).toEqual([undefined, undefined]);
  });

  it('says when nothing answers, and when the answer takes longer than the timeout', async () => {
    const closed = await scripted([{ status: 200 }]);
    servers.pop()!.close();
    const refused = (await createJourneyApiClient(connection(closed.url), virtualTiming())
      .call({ method: 'GET', path: 'server', retry: { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 } })
      .catch((error: unknown) => error)) as JourneyApiError;
    expect(refused.message).toMatch(/^Nothing answers at 127\.0\.0\.1:\d+ \(connection refused\)$/);
    expect(refused.status).toBeNull();

    const slow = await scripted([{ status: 200, hang: true }]);
    const timedOut = (await createJourneyApiClient({ ...connection(slow.url), timeoutMs: 150 }, virtualTiming())
      .call({ method: 'PUT', path: 'journeys/x/start', retry: { attempts: 2, baseDelayMs: 1, maxDelayMs: 1 } })
      .catch((error: unknown) => error)) as JourneyApiError;
    expect(timedOut.message).toMatch(/^127\.0\.0\.1:\d+ did not answer within 0.15 s$/);
    expect(slow.seen).toHaveLength(2);
    expect(slow.seen[0]!.headers['idempotency-key']).toBe(slow.seen[1]!.headers['idempotency-key']);
  });

  it('checks the TLS certificate unless verification is turned off for the backend', async () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        key,
        '-out',
        cert,
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = await scripted([{ status: 200, body: { ok: true } }], {
      key: fs.readFileSync(key, 'utf8'),
      cert: fs.readFileSync(cert, 'utf8'),
    });
    const once = { attempts: 1, baseDelayMs: 0, maxDelayMs: 0 };
    const verified = (await createJourneyApiClient(connection(server.url), virtualTiming())
      .call({ method: 'GET', path: 'server', retry: once })
      .catch((error: unknown) => error)) as JourneyApiError;
    expect(verified.message).toMatch(/TLS certificate of 127\.0\.0\.1:\d+ was not accepted/);
    expect(server.seen).toHaveLength(0);
    const trusting = createJourneyApiClient({ ...connection(server.url), tlsVerify: false }, virtualTiming());
    expect((await trusting.call({ method: 'GET', path: 'server', retry: once })).body).toEqual({ ok: true });
  });

  it('joins API paths under a base URL with or without a path prefix', () => {
    expect(apiUrl('https://x.example/', 'journeys').href).toBe('https://x.example/api/v1/journeys');
    expect(apiUrl('https://x.example/studio', 'server').href).toBe('https://x.example/studio/api/v1/server');
    // Exponential, capped, jittered between half and the whole ceiling.
    const policy = { attempts: 9, baseDelayMs: 500, maxDelayMs: 8_000 };
    expect([1, 2, 3, 4, 5, 6].map((retry) => backoffDelay(policy, retry, () => 1))).toEqual([
      500, 1_000, 2_000, 4_000, 8_000, 8_000,
    ]);
    expect(backoffDelay(policy, 3, () => 0)).toBe(1_000);
  });
});
