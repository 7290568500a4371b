import { createHmac } from 'node:crypto';

/**
 * The signature header's value: the time in unix seconds and the HMAC-SHA256 of "<t>.<body>",
 * hex. Signing the time with the body lets a receiver refuse an old request replayed as it was.
 */
export function signatureHeaderValue(secret: string, body: string, epochMs: number): string {
  const t = Math.floor(epochMs / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
  return `t=${t},v1=${v1}`;
}
