import { z } from 'zod';
import type { ProviderDescription } from './provider-description';
import {
  baseUrlField,
  baseUrlSchema,
  rateField,
  ratePerSecondSchema,
  TIMEOUT_FIELD,
  timeoutSecondsSchema,
} from './http-provider-settings';

export const WHATSAPP_CLOUD_BASE_URL = 'https://graph.facebook.com';

export const WhatsAppCloudConfigSchema = z
  .object({
    baseUrl: baseUrlSchema(WHATSAPP_CLOUD_BASE_URL),
    apiVersion: z
      .string()
      .trim()
      .regex(/^v[0-9]+\.[0-9]+$/, 'Enter a Graph API version such as v21.0')
      .default('v21.0'),
    phoneNumberId: z
      .string()
      .trim()
      .regex(/^[0-9]+$/, 'Enter the phone number id (digits) from the WhatsApp Manager, not the phone number'),
    accessToken: z.string().min(1, 'Enter the access token'),
    /** Verifies X-Hub-Signature-256 on status webhooks; without it no delivery report is accepted. */
    appSecret: z.string().default(''),
    /** What the Meta app's webhook setup sends as hub.verify_token. */
    webhookVerifyToken: z.string().default(''),
    timeoutSeconds: timeoutSecondsSchema(),
    ratePerSecond: ratePerSecondSchema(80),
  })
  .strict();
export type WhatsAppCloudConfig = z.infer<typeof WhatsAppCloudConfigSchema>;

export const WHATSAPP_CLOUD_DESCRIPTION: ProviderDescription<WhatsAppCloudConfig> = {
  kind: 'whatsapp-cloud',
  label: 'WhatsApp Cloud API',
  channels: ['whatsapp'],
  schema: WhatsAppCloudConfigSchema as z.ZodType<WhatsAppCloudConfig>,
  fields: [
    { key: 'phoneNumberId', label: 'Phone number id', input: 'text', placeholder: '106540352242922' },
    {
      key: 'accessToken',
      label: 'Access token',
      input: 'secret',
      help: 'A system user token with whatsapp_business_messaging.',
    },
    {
      key: 'appSecret',
      label: 'App secret',
      input: 'secret',
      optional: true,
      help: 'Checks the signature of status webhooks. Needed for delivery reports.',
    },
    {
      key: 'webhookVerifyToken',
      label: 'Webhook verify token',
      input: 'secret',
      optional: true,
      help: 'The verify token you enter in the Meta app when you set up its webhook.',
    },
    { key: 'apiVersion', label: 'Graph API version', input: 'text', placeholder: 'v21.0' },
    rateField('WhatsApp takes up to 80 messages per second per number by default.'),
    TIMEOUT_FIELD,
    baseUrlField(WHATSAPP_CLOUD_BASE_URL),
  ],
  defaults: {
    baseUrl: WHATSAPP_CLOUD_BASE_URL,
    apiVersion: 'v21.0',
    appSecret: '',
    webhookVerifyToken: '',
    timeoutSeconds: 15,
    ratePerSecond: 80,
  },
  help:
    "Sends approved template messages: the template's name, language and numbered body parameters. " +
    "Status webhooks (delivered, read, failed) come in at this app's API under " +
    '/api/v1/delivery-reports/whatsapp, signed with the app secret.',
};
