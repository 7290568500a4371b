import { z } from 'zod';
import { ratePerSecondSchema, TIMEOUT_FIELD, timeoutSecondsSchema } from './http-provider-settings';
import type { ProviderDescription } from './provider-description';
import { providerUrl } from './provider-url';

/** The fields of a Google service account key file that FCM's OAuth sign-in needs. */
export const ServiceAccountSchema = z.object({
  project_id: z.string().min(1),
  client_email: z.string().min(1),
  private_key: z.string().includes('PRIVATE KEY', { message: 'private_key must be a PEM private key' }),
});
export type ServiceAccount = z.infer<typeof ServiceAccountSchema>;

/** The service account key file's JSON as the account it describes, or the problems naming its fields. */
export function parseServiceAccount(
  json: string,
): { ok: true; account: ServiceAccount } | { ok: false; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: 'Paste the service account key file (JSON) from the Firebase console' };
  }
  const parsed = ServiceAccountSchema.safeParse(value);
  if (parsed.success) return { ok: true, account: parsed.data };
  const fields = parsed.error.issues.map((issue) => issue.path.join('.') || 'the file').join(', ');
  return { ok: false, error: `The service account key file lacks or has a wrong ${fields}` };
}

export const FcmConfigSchema = z
  .object({
    serviceAccountJson: z.string().trim().min(1, 'Paste the service account key file (JSON)'),
    /** Empty: the service account's project. */
    projectId: z.string().trim().default(''),
    tokenUrl: providerUrl('OAuth token URL').default('https://oauth2.googleapis.com/token'),
    baseUrl: providerUrl('FCM API URL').default('https://fcm.googleapis.com'),
    ratePerSecond: ratePerSecondSchema(100, 10_000),
    timeoutSeconds: timeoutSecondsSchema(10),
  })
  .superRefine((config, context) => {
    if (config.serviceAccountJson === '') return;
    const parsed = parseServiceAccount(config.serviceAccountJson);
    if (!parsed.ok) context.addIssue({ code: 'custom', path: ['serviceAccountJson'], message: parsed.error });
  });
export type FcmConfig = z.output<typeof FcmConfigSchema>;

export const FCM_PROVIDER: ProviderDescription<FcmConfig> = {
  kind: 'fcm',
  label: 'Firebase Cloud Messaging (HTTP v1)',
  channels: ['push'],
  schema: FcmConfigSchema as z.ZodType<FcmConfig>,
  fields: [
    { key: 'serviceAccountJson', label: 'Service account key (JSON)', input: 'secret' },
    { key: 'projectId', label: 'Project ID', input: 'text', optional: true, help: "Empty: the service account's" },
    { key: 'tokenUrl', label: 'OAuth token URL', input: 'url' },
    { key: 'baseUrl', label: 'FCM API URL', input: 'url' },
    { key: 'ratePerSecond', label: 'Messages per second', input: 'number' },
    TIMEOUT_FIELD,
  ],
  defaults: {
    projectId: '',
    tokenUrl: 'https://oauth2.googleapis.com/token',
    baseUrl: 'https://fcm.googleapis.com',
    ratePerSecond: 100,
    timeoutSeconds: 10,
  },
  help:
    "A contact's push token is its FCM registration token. Test connection signs in with the service " +
    'account and has FCM validate a message without sending it.',
};
