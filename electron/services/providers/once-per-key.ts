import type { OutgoingMessage, SendResult } from './provider';

type Send = (message: OutgoingMessage, key: string) => Promise<SendResult>;

/** How many settled keys a provider remembers; the engine repeats a key only shortly after its first send. */
const REMEMBERED_KEYS = 10_000;

/**
 * Makes a provider answer a repeated idempotency key as it did the first time, for APIs that do
 * not deduplicate by key themselves (SMTP, Web Push, FCM): a send under a key already accepted or
 * permanently refused is not made again, and concurrent sends of one key share one call. A
 * temporary refusal is forgotten, so a retry under the same key really tries again.
 */
export function oncePerKey(send: Send): Send {
  const results = new Map<string, Promise<SendResult>>();
  return (message, key) => {
    const known = results.get(key);
    if (known !== undefined) return known;
    const result = send(message, key).then((settled) => {
      if (settled.status === 'rejected' && settled.kind === 'temporary') results.delete(key);
      return settled;
    });
    results.set(key, result);
    if (results.size > REMEMBERED_KEYS) results.delete(results.keys().next().value!);
    return result;
  };
}
