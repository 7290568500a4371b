import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { retryAfterMs } from '../../../../electron/services/engine/executors/webhook';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-webhook-');
const connect = useEngineCores(tempDir);
const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** What the server does with one request: answer with a status (and headers), or never answer. */
type Reply = { status: number; headers?: Record<string, string> } | 'hang';

interface Arrival {
  at: number;
  key: string | undefined;
}

/**
 * A loopback server answering each request with the next scripted reply (200 once they run out),
 * noting the virtual time each request arrived at and its Idempotency-Key.
 */
async function scripted(replies: Reply[], now: () => number) {
  const arrivals: Arrival[] = [];
  let arrived: (() => void) | null = null;
  const server = http.createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      arrivals.push({ at: now() - START, key: request.headers['idempotency-key'] as string | undefined });
      arrived?.();
      const reply = replies.shift() ?? { status: 200 };
      if (reply === 'hang') return;
      response.writeHead(reply.status, { 'Content-Type': 'text/plain', ...reply.headers });
      response.end(`status ${reply.status}`);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    /** Resolves when the request with this index (0-based) has arrived. */
    arrival: (index: number) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (arrivals.length > index) resolve();
          else arrived = check;
        };
        check();
      }),
  };
}

function hookJourney(url: string, config: { timeoutSeconds?: number; retries?: number }) {
  return [
    eventEntry('go', 'hook'),
    step('hook', 'webhook', { method: 'POST', url, bodyTemplate: '{}', ...config }, { success: 'ok', failure: 'bad' }),
    step('ok', 'exit'),
    step('bad', 'exit'),
  ];
}

describe('webhook timeout and retries per step', () => {
  it('retries temporary failures with doubling backoff, honours Retry-After on 429, one Idempotency-Key', async () => {
    const e = connect();
    const server = await scripted(
      [{ status: 503 }, { status: 429, headers: { 'Retry-After': '120' } }, { status: 500 }, { status: 200 }],
      () => e.clock.now(),
    );
    await e.launch(hookJourney(server.url, { retries: 3 }));
    await e.send('a', 'go');
    await e.advanceTo(START + 3600_000);
    // 10 s after the 503; 120 s as the 429 asked; then 40 s (the third retry's backoff).
    expect(server.arrivals.map((arrival) => arrival.at)).toEqual([0, 10_000, 130_000, 170_000]);
    expect(new Set(server.arrivals.map((arrival) => arrival.key)).size).toBe(1);
    expect(server.arrivals[0]!.key).toMatch(/:hook:webhook$/);
    expect(e.runs()).toMatchObject([{ node_id: 'ok', status: 'ended' }]);
    const retries = e.stepLog().filter((row) => row.decision === 'webhook retry later');
    expect(retries.map((row) => row.detail.retry)).toEqual(['1 of 3', '2 of 3', '3 of 3']);
    expect(retries[1]!.detail).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  it('takes the failure output once the retries are used up, at once without retries, and at once for a 4xx', async () => {
    const e = connect();
    const twice = await scripted([{ status: 500 }, { status: 502 }, { status: 200 }], () => e.clock.now());
    const never = await scripted([{ status: 500 }, { status: 200 }], () => e.clock.now());
    const refused = await scripted([{ status: 404 }, { status: 200 }], () => e.clock.now());
    await e.launch(hookJourney(twice.url, { retries: 1 }), { reEntry: { mode: 'always' } }, 'One retry');
    await e.launch(hookJourney(never.url, { retries: 0 }), { reEntry: { mode: 'always' } }, 'No retries');
    await e.launch(hookJourney(refused.url, { retries: 5 }), { reEntry: { mode: 'always' } }, 'Refused');
    await e.send('a', 'go');
    await e.advanceTo(START + 3600_000);
    expect(twice.arrivals.map((arrival) => arrival.at)).toEqual([0, 10_000]);
    expect(never.arrivals.map((arrival) => arrival.at)).toEqual([0]);
    expect(refused.arrivals.map((arrival) => arrival.at)).toEqual([0]);
    expect(e.runs().map((run) => run.node_id)).toEqual(['bad', 'bad', 'bad']);
    const failures = e.stepLog().filter((row) => row.decision === 'webhook failed');
    expect(failures.map((row) => [row.detail.status, row.detail.why])).toEqual(
      expect.arrayContaining([
        [502, '1 retry exhausted'],
        [500, 'no retries allowed'],
        [404, 'not worth retrying'],
      ]),
    );
  });

  it('gives up on a call after the step timeout and retries it', async () => {
    const e = connect();
    const server = await scripted(['hang', { status: 200 }], () => e.clock.now());
    await e.launch(hookJourney(server.url, { timeoutSeconds: 5, retries: 1 }));
    e.core.ingress.ingest([{ customerId: 'a', name: 'go', properties: {}, occurredAt: START, source: 'api' }]);
    e.engine.notify();
    await server.arrival(0);
    e.clock.advanceTo(START + 4999);
    expect(e.runs()).toMatchObject([{ node_id: 'hook', status: 'effect' }]);
    e.clock.advanceTo(START + 5000);
    await e.idle();
    await e.advanceTo(START + 60_000);
    expect(server.arrivals.map((arrival) => arrival.at)).toEqual([0, 15_000]);
    expect(e.runs()).toMatchObject([{ node_id: 'ok', status: 'ended' }]);
    expect(e.stepLog().find((row) => row.decision === 'webhook retry later')?.detail).toMatchObject({
      status: null,
      error: 'timed out after 5 s',
    });
  });
});

describe('Retry-After', () => {
  it('reads seconds and HTTP dates, and caps what it honours', () => {
    expect(retryAfterMs('30', START)).toBe(30_000);
    expect(retryAfterMs(new Date(START + 90_000).toUTCString(), START)).toBe(90_000);
    expect(retryAfterMs(new Date(START - 90_000).toUTCString(), START)).toBe(0);
    expect(retryAfterMs('999999999', START)).toBe(24 * 3600_000);
    expect(retryAfterMs('soon', START)).toBeNull();
    expect(retryAfterMs(null, START)).toBeNull();
  });
});
