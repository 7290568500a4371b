import { z } from 'zod';
import { ratePerSecondSchema, TIMEOUT_FIELD, timeoutSecondsSchema } from './http-provider-settings';
import type { ProviderDescription } from './provider-description';

/** Unpadded base64url of an uncompressed P-256 point (65 bytes) and of a P-256 private key (32 bytes). */
const PUBLIC_KEY = /^[A-Za-z0-9_-]{87}$/;
const PRIVATE_KEY = /^[A-Za-z0-9_-]{43}$/;

export const WEB_PUSH_URGENCIES = ['very-low', 'low', 'normal', 'high'] as const;

export const WebPushConfigSchema = z.object({
  vapidSubject: z
    .string()
    .trim()
    .refine((text) => /^mailto:\S+@\S+$/.test(text) || (URL.canParse(text) && text.startsWith('https://')), {
      message: 'The contact must be a mailto: address or an https:// URL, e.g. mailto:push@example.com',
    }),
  vapidPublicKey: z.string().trim().regex(PUBLIC_KEY, 'The VAPID public key is 87 base64url characters'),
  vapidPrivateKey: z.string().trim().regex(PRIVATE_KEY, 'The VAPID private key is 43 base64url characters'),
  /** How long the push service keeps a message for a device that is offline (at most 28 days). */
  ttlSeconds: z.coerce.number().int().min(0).max(2_419_200).default(86_400),
  urgency: z.enum(WEB_PUSH_URGENCIES).default('normal'),
  ratePerSecond: ratePerSecondSchema(100, 10_000),
  timeoutSeconds: timeoutSecondsSchema(10),
});
export type WebPushConfig = z.output<typeof WebPushConfigSchema>;

/** A browser's PushSubscription as JSON: what a contact's push token holds for Web Push. */
export const PushSubscriptionSchema = z.object({
  endpoint: z
    .string()
    .refine((text) => URL.canParse(text) && /^https?:$/.test(new URL(text).protocol), 'endpoint must be a URL'),
  keys: z.object({ p256dh: z.string().min(1), auth: z.string().min(1) }),
});
export type PushSubscriptionJson = z.infer<typeof PushSubscriptionSchema>;

export function parsePushSubscription(text: string): PushSubscriptionJson | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'The push token is not a Web Push subscription (JSON with endpoint and keys.p256dh, keys.auth)';
  }
  const parsed = PushSubscriptionSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => issue.path.join('.')).join(', ');
  return `The Web Push subscription lacks or has a wrong ${fields}`;
}

export const WEB_PUSH_PROVIDER: ProviderDescription<WebPushConfig> = {
  kind: 'web-push',
  label: 'Web Push (VAPID)',
  channels: ['push'],
  schema: WebPushConfigSchema as z.ZodType<WebPushConfig>,
  fields: [
    {
      key: 'vapidSubject',
      label: 'Contact (mailto: or https:)',
      input: 'text',
      placeholder: 'mailto:push@example.com',
    },
    { key: 'vapidPublicKey', label: 'VAPID public key', input: 'text' },
    { key: 'vapidPrivateKey', label: 'VAPID private key', input: 'secret' },
    { key: 'ttlSeconds', label: 'Keep for offline devices (seconds)', input: 'number' },
    {
      key: 'urgency',
      label: 'Urgency',
      input: 'select',
      options: WEB_PUSH_URGENCIES.map((value) => ({ value, label: value })),
    },
    { key: 'ratePerSecond', label: 'Messages per second', input: 'number' },
    TIMEOUT_FIELD,
  ],
  defaults: { ttlSeconds: 86_400, urgency: 'normal', ratePerSecond: 100, timeoutSeconds: 10 },
  help:
    "A contact's push token is the browser's PushSubscription as JSON. The payload is JSON " +
    '{ title, body, image, url, idempotencyKey }, encrypted (aes128gcm) for the subscription. ' +
    'Test connection checks that the two VAPID keys belong together: Web Push has no account to call.',
};
