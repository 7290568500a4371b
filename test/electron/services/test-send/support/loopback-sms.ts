import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { callProvider, isRejection, rejectionOf } from '../../../../../electron/services/providers/http/provider-http';
import type { MessageProvider, SendResult } from '../../../../../electron/services/providers/provider';

/** One request the loopback SMS API received. */
export interface ReceivedSms {
  idempotencyKey: string;
  body: { to: string; text: string; isTest: boolean };
}

/** An SMS API on 127.0.0.1 that answers every message with the status and JSON body it is given. */
export interface LoopbackSmsApi {
  url: string;
  received: ReceivedSms[];
  answer(status: number, body: Record<string, unknown>): void;
  close(): Promise<void>;
}

export async function startLoopbackSmsApi(): Promise<LoopbackSmsApi> {
  const received: ReceivedSms[] = [];
  let reply = { status: 201, body: { id: 'sms-1' } as Record<string, unknown> };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        idempotencyKey: String(request.headers['idempotency-key'] ?? ''),
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedSms['body'],
      });
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`,
    received,
    answer: (status, body) => (reply = { status, body }),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A small real SMS provider over HTTP: posts the rendered text as JSON with the send's key in
 * `Idempotency-Key`, and maps the answer as every HTTP provider does (the API's `error` text kept).
 */
export function loopbackSmsProvider(url: string): MessageProvider {
  return {
    name: 'loopback-sms',
    async send(message, key): Promise<SendResult> {
      const output = message.rendered.output as { body?: unknown };
      const response = await callProvider(fetch, 'Loopback SMS', {
        url,
        headers: { 'content-type': 'application/json', 'idempotency-key': key },
        body: JSON.stringify({ to: message.recipient, text: String(output.body ?? ''), isTest: message.isTest }),
        timeoutMs: 5000,
      });
      if (isRejection(response)) return response;
      if (response.status >= 200 && response.status < 300) {
        const { id } = JSON.parse(response.text) as { id: string };
        return { status: 'accepted', providerMessageId: id, delivered: false };
      }
      const { error } = JSON.parse(response.text) as { error?: string };
      return rejectionOf('Loopback SMS', response, error, Date.now());
    },
  };
}
