import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { hookAnswer } from './crash-journey';

/** A webhook receiver on 127.0.0.1 that answers by the crash journey's rules and keeps every call's key. */
export interface HookServer {
  url: string;
  /** customer id → the Idempotency-Key of each call, in arrival order ('' when it had none). */
  readonly calls: ReadonlyMap<string, readonly string[]>;
  close(): Promise<void>;
}

export async function startHookServer(): Promise<HookServer> {
  const calls = new Map<string, string[]>();
  const server = http.createServer((request, response) => {
    const customerId = decodeURIComponent((request.url ?? '').replace(/^\/hook\//, ''));
    const key = String(request.headers['idempotency-key'] ?? '');
    const seen = calls.get(customerId) ?? [];
    seen.push(key);
    calls.set(customerId, seen);
    request.resume();
    request.on('end', () => {
      const answer = hookAnswer(customerId);
      response.statusCode = answer === 'refuse' ? 400 : answer === 'busy once' && seen.length === 1 ? 503 : 200;
      response.end(response.statusCode === 200 ? 'ok' : 'no');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
