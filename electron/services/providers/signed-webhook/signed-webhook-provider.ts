import { SIGNATURE_HEADER, type SignedWebhookConfig } from '../../../../shared/providers/signed-webhook';
import { callProvider, isRejection, rejectionOf } from '../http/provider-http';
import { providerErrorMessage } from '../http/provider-error-message';
import { oncePerKey } from '../once-per-key';
import type { OutgoingMessage } from '../provider';
import type {
  ClosableProvider,
  ConnectionCheck,
  ProviderDeps,
  ProviderImplementation,
} from '../provider-implementation';
import { createRateLimiter } from '../rate-limiter';
import { signatureHeaderValue } from './signature';

export const SIGNED_WEBHOOK_PROVIDER_NAME = 'signed-webhook';
const LABEL = 'The webhook receiver';

/** A marketing payload is JSON written as a template: the receiver gets it as JSON when it parses. */
function contentOf(message: OutgoingMessage): unknown {
  const output = message.rendered.output;
  if (message.channel !== 'marketing' || typeof output.payload !== 'string') return output;
  try {
    return { payload: JSON.parse(output.payload) as unknown };
  } catch {
    return output;
  }
}

export function messageBody(message: OutgoingMessage, key: string, now: number): string {
  return JSON.stringify({
    type: 'message',
    id: key,
    test: message.isTest,
    channel: message.channel,
    recipient: message.recipient,
    contactId: message.contactId,
    journeyId: message.journeyId,
    version: message.version,
    stepId: message.nodeId,
    templateId: message.templateId,
    content: contentOf(message),
    sentAt: new Date(now).toISOString(),
  });
}

function post(config: SignedWebhookConfig, deps: ProviderDeps, body: string, key?: string) {
  return callProvider(deps.fetch, LABEL, {
    url: config.url,
    headers: {
      'Content-Type': 'application/json',
      [SIGNATURE_HEADER]: signatureHeaderValue(config.signingSecret, body, deps.clock.now()),
      ...(key === undefined ? {} : { 'Idempotency-Key': key }),
    },
    body,
    timeoutMs: config.timeoutSeconds * 1000,
  });
}

/** The id the receiver gave the message, if it answered with one; else the idempotency key names it. */
function receiverId(text: string, key: string): string {
  try {
    const body = JSON.parse(text) as Record<string, unknown>;
    const id = body.id ?? body.messageId;
    if (typeof id === 'string' || typeof id === 'number') return String(id);
  } catch {
    // a receiver may answer with no JSON at all
  }
  return key;
}

/** In-app messages, wallet passes and marketing payloads POSTed as signed JSON to the company's receiver. */
function createSignedWebhookProvider(config: SignedWebhookConfig, deps: ProviderDeps): ClosableProvider {
  const limiter = createRateLimiter(config.ratePerSecond, deps.clock);
  return {
    name: SIGNED_WEBHOOK_PROVIDER_NAME,
    send: oncePerKey(async (message, key) => {
      await limiter.take();
      const response = await post(config, deps, messageBody(message, key, deps.clock.now()), key);
      if (isRejection(response)) return response;
      if (response.status >= 200 && response.status < 300)
        return { status: 'accepted', providerMessageId: receiverId(response.text, key), delivered: false };
      return rejectionOf(LABEL, response, providerErrorMessage(response.text), deps.clock.now());
    }),
    async close() {
      limiter.close();
    },
  };
}

async function testSignedWebhook(config: SignedWebhookConfig, deps: ProviderDeps): Promise<ConnectionCheck> {
  const body = JSON.stringify({ type: 'ping', sentAt: new Date(deps.clock.now()).toISOString() });
  const response = await post(config, deps, body);
  if (isRejection(response)) return { ok: false, error: response.reason };
  if (response.status >= 200 && response.status < 300)
    return { ok: true, detail: `${LABEL} answered ${response.status} to a signed ping` };
  return {
    ok: false,
    error: rejectionOf(LABEL, response, providerErrorMessage(response.text), deps.clock.now()).reason,
  };
}

export const SIGNED_WEBHOOK_IMPLEMENTATION: ProviderImplementation<SignedWebhookConfig> = {
  create: createSignedWebhookProvider,
  testConnection: testSignedWebhook,
};
