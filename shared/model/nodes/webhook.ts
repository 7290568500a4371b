import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const WEBHOOK_DEFAULT_TIMEOUT_SECONDS = 10;
export const WEBHOOK_MAX_TIMEOUT_SECONDS = 300;
export const WEBHOOK_DEFAULT_RETRIES = 2;
export const WEBHOOK_MAX_RETRIES = 10;

export const WebhookHeaderSchema = z.object({ name: z.string(), value: z.string() }).strict();
export type WebhookHeader = z.infer<typeof WebhookHeaderSchema>;

export const WebhookConfigSchema = z
  .object({
    method: z.enum(HTTP_METHODS),
    // A plain string rather than z.url(): it may be empty in a draft or contain Liquid ({{ order.id }}).
    url: z.string(),
    headers: z.array(WebhookHeaderSchema),
    /** Liquid template rendered per contact; ignored for GET and DELETE. */
    bodyTemplate: z.string(),
    /** How long one call may take before it counts as failed (and is retried); absent: the default. */
    timeoutSeconds: z
      .number()
      .int({ error: 'Expected a whole number of seconds' })
      .min(1, { error: 'Expected at least 1 second' })
      .max(WEBHOOK_MAX_TIMEOUT_SECONDS, { error: `Expected at most ${WEBHOOK_MAX_TIMEOUT_SECONDS} seconds` })
      .optional(),
    /**
     * Calls made again after a temporary failure (network error, timeout, 429, 5xx), waiting twice as
     * long each time from 10 s (or what the server's Retry-After asks), before the failure output
     * is taken; absent: the default.
     */
    retries: z
      .number()
      .int({ error: 'Expected a whole number of retries' })
      .min(0, { error: 'Expected 0 or more retries' })
      .max(WEBHOOK_MAX_RETRIES, { error: `Expected at most ${WEBHOOK_MAX_RETRIES} retries` })
      .optional(),
  })
  .strict();
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;

/** The timeout and retry count a call uses, defaults filled in. */
export function webhookDelivery(config: WebhookConfig): { timeoutSeconds: number; retries: number } {
  return {
    timeoutSeconds: config.timeoutSeconds ?? WEBHOOK_DEFAULT_TIMEOUT_SECONDS,
    retries: config.retries ?? WEBHOOK_DEFAULT_RETRIES,
  };
}

/** The host is what tells webhooks apart on a card; fall back to the raw text when it is not a URL yet. */
function urlHost(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export const webhookNodeKind = defineNodeKind({
  kind: 'webhook',
  group: 'flow',
  label: 'Webhook',
  description: 'Calls an HTTP endpoint with a templated body and branches on success or failure.',
  config: WebhookConfigSchema,
  defaults: (): WebhookConfig => ({ method: 'POST', url: '', headers: [], bodyTemplate: '' }),
  outputs: () => [
    { id: 'success', label: 'Success' },
    { id: 'failure', label: 'Failure' },
  ],
  summary: (config) =>
    config.url.trim() === '' ? `${config.method} · no URL` : `${config.method} ${urlHost(config.url)}`,
});
