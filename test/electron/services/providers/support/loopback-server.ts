import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

export interface Answer {
  status: number;
  headers?: Record<string, string>;
  body?: string;
}

/** What the server answers a request with; `null` leaves it unanswered (a provider timing out). */
export type Responder = (request: ReceivedRequest, index: number) => Answer | null;

export interface LoopbackServer {
  url: string;
  readonly requests: readonly ReceivedRequest[];
  respond: Responder;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 standing in for a provider's API: it keeps every request it gets. */
export async function startLoopbackServer(respond: Responder): Promise<LoopbackServer> {
  const requests: ReceivedRequest[] = [];
  const state = { respond };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const received: ReceivedRequest = {
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks),
      };
      requests.push(received);
      const answer = state.respond(received, requests.length - 1);
      if (answer === null) return;
      response.writeHead(answer.status, { 'Content-Type': 'application/json', ...answer.headers });
      response.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    get respond() {
      return state.respond;
    },
    set respond(next: Responder) {
      state.respond = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
