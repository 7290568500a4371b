/**
 * What is wrong with a webhook URL as the sender will call it. The URL may contain Liquid,
 * filled in per contact ("https://api.example.com/orders/{{ event.orderId }}"), so outputs are
 * replaced with a placeholder and tags removed before parsing: what is checked is the fixed part.
 */
export type WebhookUrlProblem = 'empty' | 'unparseable' | 'scheme' | 'insecure' | null;

const LIQUID_OUTPUT = /\{\{[\s\S]*?\}\}/g;
const LIQUID_TAG = /\{%[\s\S]*?%\}/g;
const PLACEHOLDER = 'liquid';

export function isLocalHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]'
  );
}

export function webhookUrlProblem(url: string): WebhookUrlProblem {
  const trimmed = url.trim();
  if (trimmed === '') return 'empty';
  // The whole address comes from the data ("{{ event.callback_url }}"): only the send can tell.
  if (trimmed.startsWith('{{') || trimmed.startsWith('{%')) return null;
  const fixedPart = trimmed.includes('{')
    ? trimmed.replace(LIQUID_OUTPUT, PLACEHOLDER).replace(LIQUID_TAG, '')
    : trimmed;
  let parsed: URL;
  try {
    parsed = new URL(fixedPart);
  } catch {
    return 'unparseable';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'scheme';
  if (parsed.hostname === '') return 'unparseable';
  if (parsed.protocol === 'http:' && !isLocalHost(parsed.hostname)) return 'insecure';
  return null;
}

/** An HTTP header name is a "token" (RFC 9110): no spaces, colons or other separators. */
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export function isHeaderName(name: string): boolean {
  return HEADER_NAME.test(name);
}

/** A line break in a value would let it start a header of its own. */
export function isHeaderValue(value: string): boolean {
  return !/[\r\n\0]/.test(value);
}
