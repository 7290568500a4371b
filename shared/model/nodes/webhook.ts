import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

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
  })
  .strict();
export type WebhookConfig = z.infer<typeof WebhookConfigSchema>;

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
