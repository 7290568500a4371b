import type { WhatsAppCloudConfig } from '../../../../shared/providers/whatsapp-cloud';
import { callProvider, isRejection, rejectionOf, type ProviderResponse, type Rejection } from '../http/provider-http';
import { createPacedProvider } from '../http/paced-provider';
import { asRecord, parseJson } from '../http/provider-json';
import type { ProviderDeps, ProviderImplementation } from '../provider-implementation';
import type { OutgoingMessage, SendResult } from '../provider';

export const WHATSAPP_CLOUD_PROVIDER = 'whatsapp-cloud';
const LABEL = 'WhatsApp';

/**
 * Graph error codes that mean "not now" even when the HTTP status says 400: rate limits (4,
 * 80007, 130429, 131048, 131056), a temporary service error (1, 2, 131000, 133004).
 */
const TEMPORARY_ERROR_CODES: ReadonlySet<number> = new Set([1, 2, 4, 80007, 130429, 131000, 131048, 131056, 133004]);

function phoneNumberUrl(config: WhatsAppCloudConfig): string {
  return `${config.baseUrl}/${config.apiVersion}/${encodeURIComponent(config.phoneNumberId)}`;
}

/** Parameters "1", "2", … in their numeric order, as the approved template numbers them. */
function numberedParameters(parameters: unknown): string[] {
  return Object.entries(asRecord(parameters))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, value]) => String(value));
}

/**
 * A template message. The idempotency key rides along as biz_opaque_callback_data, which
 * WhatsApp returns in the message's status webhooks: that is how a report finds its send.
 */
export function whatsAppTemplateMessage(message: OutgoingMessage, idempotencyKey: string): Record<string, unknown> {
  const output = message.rendered.output;
  const parameters = numberedParameters(output.parameters);
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: message.recipient.replace(/[^0-9]/g, ''),
    type: 'template',
    template: {
      name: String(output.templateName ?? ''),
      language: { code: String(output.language ?? '') },
      ...(parameters.length === 0
        ? {}
        : { components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }] }),
    },
    biz_opaque_callback_data: idempotencyKey,
  };
}

/** Graph's error body: `{ error: { message, code, error_data: { details } } }`. */
function graphRejection(response: ProviderResponse, now: number): Rejection {
  const error = asRecord(asRecord(parseJson(response.text)).error);
  const details = asRecord(error.error_data).details;
  const code = typeof error.code === 'number' ? error.code : undefined;
  const message =
    typeof error.message === 'string'
      ? [
          error.message,
          typeof details === 'string' ? details : '',
          // Graph often starts its message with the code already.
          code === undefined || error.message.includes(`(#${code})`) ? '' : `(#${code})`,
        ]
          .filter(Boolean)
          .join(' ')
      : undefined;
  const rejection = rejectionOf(LABEL, response, message, now);
  return code !== undefined && TEMPORARY_ERROR_CODES.has(code) ? { ...rejection, kind: 'temporary' } : rejection;
}

async function sendTemplate(
  config: WhatsAppCloudConfig,
  deps: ProviderDeps,
  message: OutgoingMessage,
  key: string,
): Promise<SendResult> {
  const answer = await callProvider(deps.fetch, LABEL, {
    url: `${phoneNumberUrl(config)}/messages`,
    headers: {
      Authorization: `Bearer ${config.accessToken}`,
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Idempotency-Key': key,
    },
    body: JSON.stringify(whatsAppTemplateMessage(message, key)),
    timeoutMs: config.timeoutSeconds * 1000,
  });
  if (isRejection(answer)) return answer;
  if (answer.status < 200 || answer.status > 299) return graphRejection(answer, deps.clock.now());
  const messages = asRecord(parseJson(answer.text)).messages;
  const id = Array.isArray(messages) ? asRecord(messages[0]).id : undefined;
  if (typeof id !== 'string')
    return { status: 'rejected', kind: 'temporary', reason: `${LABEL} accepted the message without a message id` };
  return { status: 'accepted', providerMessageId: id, delivered: false, reportsDelivery: config.appSecret !== '' };
}

export const WHATSAPP_CLOUD_IMPLEMENTATION: ProviderImplementation<WhatsAppCloudConfig> = {
  create(config, deps) {
    return createPacedProvider({
      name: WHATSAPP_CLOUD_PROVIDER,
      ratePerSecond: config.ratePerSecond,
      clock: deps.clock,
      deliver: (message, key) => sendTemplate(config, deps, message, key),
    });
  },

  /** Reads the phone number's name and number: checks the id and token without sending anything. */
  async testConnection(config, deps) {
    const answer = await callProvider(deps.fetch, LABEL, {
      url: `${phoneNumberUrl(config)}?fields=display_phone_number,verified_name`,
      method: 'GET',
      headers: { Authorization: `Bearer ${config.accessToken}`, Accept: 'application/json' },
      timeoutMs: config.timeoutSeconds * 1000,
    });
    if (isRejection(answer)) return { ok: false, error: answer.reason };
    if (answer.status !== 200) return { ok: false, error: graphRejection(answer, deps.clock.now()).reason };
    const phone = asRecord(parseJson(answer.text));
    return {
      ok: true,
      detail: `Connected to ${String(phone.verified_name ?? 'the number')} (${String(phone.display_phone_number ?? config.phoneNumberId)})`,
    };
  },
};
