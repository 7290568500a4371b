import { z } from 'zod';
import { SecretNameSchema, SecretValueSchema } from '../secrets/secret-references';
import { method } from './define';

const NoInput = z.object({}).strict().optional();

/** What may be shown of a secret: its name, and when it was last set. Never its value. */
export const SecretInfoSchema = z.object({
  name: z.string(),
  /** ISO 8601. */
  updatedAt: z.string(),
  /** Set and replaced from the channel settings (`provider.<channel>.<field>`), not from Settings → Secrets. */
  managed: z.boolean(),
});
export type SecretInfoView = z.infer<typeof SecretInfoSchema>;

export const secretsService = {
  list: method(
    'Every stored secret by name, with when it was last set; never a value.',
    NoInput,
    z.array(SecretInfoSchema),
  ),
  set: method(
    'Store a secret under a name, replacing the value of one so named; answers its name and time, never the value.',
    z.object({ name: SecretNameSchema, value: SecretValueSchema }).strict(),
    SecretInfoSchema,
  ),
  delete: method(
    'Remove a secret; a journey that refers to it no longer validates.',
    z.object({ name: SecretNameSchema }).strict(),
    z.object({ deleted: z.boolean() }),
  ),
} as const;

export const SecretsChangedEventSchema = z.object({ name: z.string(), change: z.enum(['set', 'deleted']) });
