import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import { z } from 'zod';
import {
  PROVIDER_DESCRIPTIONS,
  type ProviderDescription,
  type ProviderKind,
} from '../../../../../shared/providers/index';
import { PROVIDER_IMPLEMENTATIONS } from '../../../../../electron/services/providers/implementations';
import type { ProviderImplementation } from '../../../../../electron/services/providers/provider-implementation';
import type { DeliveryReport, DeliveryReportListener } from '../../../../../electron/services/providers/provider';

/** What the loopback gateway was asked: each request with its auth header and JSON body. */
export interface GatewayRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  idempotencyKey: string | undefined;
  body: Record<string, unknown> | null;
}

export interface Gateway {
  url: string;
  requests: GatewayRequest[];
  /** The token the gateway accepts; any other is answered 401 with the gateway's own words. */
  token: string;
  /** While set, requests are recorded but not answered until `release()`. */
  holding: boolean;
  release(): void;
}

/** A tiny message gateway on 127.0.0.1: GET /me checks the token, POST /messages accepts a message. */
export function useGateway(): () => Promise<Gateway> {
  const servers: http.Server[] = [];
  const gateways: Gateway[] = [];
  afterEach(async () => {
    for (const gateway of gateways.splice(0)) gateway.release();
    await Promise.all(servers.splice(0).map((server) => new Promise((done) => server.close(done))));
  });
  return async () => {
    const requests: GatewayRequest[] = [];
    const held: (() => void)[] = [];
    const gateway: Gateway = {
      url: '',
      requests,
      token: 'gw-token-1',
      holding: false,
      release: () => held.splice(0).forEach((answer) => answer()),
    };
    const server = http.createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => (text += chunk));
      request.on('end', () => {
        const idempotency = request.headers['idempotency-key'];
        requests.push({
          method: request.method ?? '',
          path: request.url ?? '',
          authorization: request.headers.authorization,
          idempotencyKey: typeof idempotency === 'string' ? idempotency : undefined,
          body: text === '' ? null : (JSON.parse(text) as Record<string, unknown>),
        });
        const number = requests.length;
        const answer = () => {
          response.setHeader('content-type', 'application/json');
          if (request.headers.authorization !== `Bearer ${gateway.token}`) {
            response.statusCode = 401;
            response.end(JSON.stringify({ error: 'Unknown API token' }));
            return;
          }
          if (request.url === '/me') response.end(JSON.stringify({ account: 'shop-account' }));
          else response.end(JSON.stringify({ id: `gw-${number}` }));
        };
        if (gateway.holding) held.push(answer);
        else answer();
      });
    });
    servers.push(server);
    gateways.push(gateway);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    gateway.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return gateway;
  };
}

export const LoopbackConfigSchema = z
  .object({
    baseUrl: z.url({ message: 'Enter the gateway URL' }),
    account: z.string().min(1, 'Enter the account name'),
    token: z.string().min(1, 'Enter the API token'),
    senderName: z.string().max(11, 'At most 11 characters').optional(),
  })
  .strict();
type LoopbackConfig = z.infer<typeof LoopbackConfigSchema>;

/** Counts what the routing does with the providers it builds. */
export interface LoopbackLife {
  created: string[];
  closed: string[];
  /** Tells the delivery-report listeners of every provider built so far, as a status callback would. */
  report(report: DeliveryReport): void;
}

export function loopbackDescription(kind: ProviderKind): ProviderDescription<LoopbackConfig> {
  return {
    kind,
    label: 'Loopback gateway',
    channels: ['sms', 'whatsapp', 'telegram'],
    schema: LoopbackConfigSchema,
    fields: [
      { key: 'baseUrl', label: 'Gateway URL', input: 'url' },
      { key: 'account', label: 'Account', input: 'text' },
      { key: 'token', label: 'API token', input: 'secret' },
      { key: 'senderName', label: 'Sender name', input: 'text', optional: true },
    ],
    defaults: { baseUrl: 'http://127.0.0.1:1' },
  };
}

/** A real provider over HTTP (bearer token, JSON, Idempotency-Key), as small as a provider can be. */
export function loopbackImplementation(
  life: LoopbackLife,
  listeners: Set<DeliveryReportListener>,
): ProviderImplementation<LoopbackConfig> {
  return {
    create(config, deps) {
      const id = `${config.account}#${life.created.length + 1}`;
      life.created.push(id);
      return {
        name: 'loopback',
        onDeliveryReport(listener) {
          // A fresh function per subscription: a listener still subscribed to a replaced provider is heard twice.
          const wrapped: DeliveryReportListener = (report) => listener(report);
          listeners.add(wrapped);
          return () => listeners.delete(wrapped);
        },
        async send(message, key) {
          const response = await deps.fetch(`${config.baseUrl}/messages`, {
            method: 'POST',
            headers: {
              authorization: `Bearer ${config.token}`,
              'content-type': 'application/json',
              'idempotency-key': key,
            },
            body: JSON.stringify({ to: message.recipient, from: config.senderName, output: message.rendered.output }),
          });
          const answer = (await response.json()) as { id?: string; error?: string };
          if (!response.ok)
            return { status: 'rejected', kind: 'permanent', reason: `Gateway: ${answer.error ?? response.status}` };
          return { status: 'accepted', providerMessageId: answer.id!, delivered: false };
        },
        close() {
          life.closed.push(id);
          return Promise.resolve();
        },
      };
    },
    async testConnection(config, deps) {
      const response = await deps.fetch(`${config.baseUrl}/me`, {
        headers: { authorization: `Bearer ${config.token}` },
      });
      const answer = (await response.json()) as { account?: string; error?: string };
      return response.ok
        ? { ok: true, detail: `Connected as ${answer.account}` }
        : { ok: false, error: `Gateway: ${answer.error}` };
    },
  };
}

/**
 * Registers the loopback gateway as the provider `kind` for the current test (in both registries,
 * as a real provider registers itself) and puts back what was there after it.
 */
export function useLoopbackProvider(kind: ProviderKind): () => LoopbackLife {
  let restore: (() => void) | null = null;
  afterEach(() => {
    restore?.();
    restore = null;
  });
  return () => {
    const description = PROVIDER_DESCRIPTIONS[kind];
    const implementation = PROVIDER_IMPLEMENTATIONS[kind];
    const listeners = new Set<DeliveryReportListener>();
    const life: LoopbackLife = {
      created: [],
      closed: [],
      report: (report) => [...listeners].forEach((listener) => listener(report)),
    };
    PROVIDER_DESCRIPTIONS[kind] = loopbackDescription(kind) as ProviderDescription<unknown>;
    PROVIDER_IMPLEMENTATIONS[kind] = loopbackImplementation(life, listeners) as ProviderImplementation<unknown>;
    restore = () => {
      PROVIDER_DESCRIPTIONS[kind] = description;
      PROVIDER_IMPLEMENTATIONS[kind] = implementation;
    };
    return life;
  };
}
