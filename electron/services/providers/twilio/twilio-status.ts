import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeliveryReport } from '../provider';

/** Where Twilio posts a message's status changes: the app's API, naming the send by its key. */
export const TWILIO_STATUS_PATH = '/api/v1/delivery-reports/twilio';

export function twilioStatusCallbackUrl(baseUrl: string, idempotencyKey: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${TWILIO_STATUS_PATH}?key=${encodeURIComponent(idempotencyKey)}`;
}

/**
 * X-Twilio-Signature: base64 HMAC-SHA1, keyed by the auth token, over the full URL Twilio called
 * followed by each POST parameter's name and value, sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: URLSearchParams): string {
  const names = [...new Set(params.keys())].sort();
  const signed =
    url +
    names
      .map((name) =>
        params
          .getAll(name)
          .map((value) => name + value)
          .join(''),
      )
      .join('');
  return createHmac('sha1', authToken).update(signed, 'utf8').digest('base64');
}

export function twilioSignatureMatches(
  authToken: string,
  url: string,
  params: URLSearchParams,
  signature: string,
): boolean {
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * A status callback as a delivery report: `delivered`, or `failed` / `undelivered` with Twilio's
 * error code. Intermediate statuses (queued, sending, sent) report nothing.
 */
export function twilioDeliveryReport(idempotencyKey: string, params: URLSearchParams): DeliveryReport | null {
  const status = params.get('MessageStatus') ?? params.get('SmsStatus');
  const providerMessageId = params.get('MessageSid') ?? params.get('SmsSid') ?? undefined;
  const base = { idempotencyKey, ...(providerMessageId ? { providerMessageId } : {}) };
  if (status === 'delivered') return { ...base, status: 'delivered' };
  if (status !== 'failed' && status !== 'undelivered') return null;
  const code = params.get('ErrorCode');
  const message = params.get('ErrorMessage');
  const reason = [`Twilio: ${status}`, code ? `error ${code}` : '', message ?? ''].filter(Boolean).join(', ');
  return { ...base, status: 'failed', reason };
}
