import { z } from 'zod';
import { ratePerSecondSchema, TIMEOUT_FIELD, timeoutSecondsSchema } from './http-provider-settings';
import type { ProviderDescription } from './provider-description';
import { providerUrl } from './provider-url';

/** The header that carries `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = 'X-Journey-Studio-Signature';

export const SignedWebhookConfigSchema = z.object({
  url: providerUrl('receiver URL'),
  signingSecret: z.string().min(16, 'The signing secret needs at least 16 characters'),
  ratePerSecond: ratePerSecondSchema(50),
  timeoutSeconds: timeoutSecondsSchema(10),
});
export type SignedWebhookConfig = z.output<typeof SignedWebhookConfigSchema>;

export const SIGNED_WEBHOOK_PROVIDER: ProviderDescription<SignedWebhookConfig> = {
  kind: 'signed-webhook',
  label: 'Signed JSON webhook',
  channels: ['inapp', 'wallet', 'marketing'],
  schema: SignedWebhookConfigSchema as z.ZodType<SignedWebhookConfig>,
  fields: [
    { key: 'url', label: 'Receiver URL', input: 'url', placeholder: 'https://app.example.com/journey-studio' },
    {
      key: 'signingSecret',
      label: 'Signing secret',
      input: 'secret',
      help: `The receiver checks the ${SIGNATURE_HEADER} header with it`,
    },
    { key: 'ratePerSecond', label: 'Messages per second', input: 'number' },
    TIMEOUT_FIELD,
  ],
  defaults: { ratePerSecond: 50, timeoutSeconds: 10 },
  help:
    `Each message is POSTed as JSON with an Idempotency-Key header and ${SIGNATURE_HEADER}: ` +
    't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" keyed with the signing secret>. ' +
    'Test connection posts a signed {"type":"ping"}.',
};
