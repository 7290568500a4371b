import { createHmac, timingSafeEqual } from 'node:crypto';
import type { DeliveryReport } from '../provider';
import { asRecord } from '../http/provider-json';

export const WHATSAPP_STATUS_PATH = '/api/v1/delivery-reports/whatsapp';

/** X-Hub-Signature-256: `sha256=` and the hex HMAC-SHA256 of the raw body, keyed by the app secret. */
export function whatsAppSignature(appSecret: string, rawBody: Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function whatsAppSignatureMatches(appSecret: string, rawBody: Buffer, header: string | undefined): boolean {
  if (header === undefined) return false;
  const expected = Buffer.from(whatsAppSignature(appSecret, rawBody));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * The delivery reports in a webhook notification: each status of a message this app sent (it
 * carries the send's key as biz_opaque_callback_data). `delivered` and `read` count as delivered,
 * `failed` as failed with WhatsApp's error; `sent` says nothing yet.
 */
export function whatsAppDeliveryReports(payload: unknown): DeliveryReport[] {
  const reports: DeliveryReport[] = [];
  const entries = asRecord(payload).entry;
  for (const entry of Array.isArray(entries) ? entries : []) {
    const changes = asRecord(entry).changes;
    for (const change of Array.isArray(changes) ? changes : []) {
      const statuses = asRecord(asRecord(change).value).statuses;
      for (const raw of Array.isArray(statuses) ? statuses : []) {
        const report = reportOf(asRecord(raw));
        if (report !== null) reports.push(report);
      }
    }
  }
  return reports;
}

function reportOf(status: Record<string, unknown>): DeliveryReport | null {
  const key = status.biz_opaque_callback_data;
  if (typeof key !== 'string' || key === '') return null;
  const base = {
    idempotencyKey: key,
    ...(typeof status.id === 'string' ? { providerMessageId: status.id } : {}),
    ...(typeof status.timestamp === 'string' && /^[0-9]+$/.test(status.timestamp)
      ? { at: Number(status.timestamp) * 1000 }
      : {}),
  };
  if (status.status === 'delivered' || status.status === 'read') return { ...base, status: 'delivered' };
  if (status.status !== 'failed') return null;
  const errors = status.errors;
  const error = asRecord(Array.isArray(errors) ? errors[0] : undefined);
  const details = asRecord(error.error_data).details;
  const words = [
    error.title ?? error.message,
    details,
    error.code === undefined ? undefined : `(#${String(error.code)})`,
  ]
    .filter((part) => typeof part === 'string' || typeof part === 'number')
    .map(String);
  return { ...base, status: 'failed', reason: `WhatsApp: ${words.length > 0 ? words.join(' ') : 'failed'}` };
}
