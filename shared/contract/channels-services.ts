import { z } from 'zod';
import { ChannelSchema } from '../model/channel';
import { ProviderKindSchema } from '../providers/provider-kinds';
import { method } from './define';

/** A channel's provider as Settings → Channels shows it: never a secret's value. */
export const ChannelProviderViewSchema = z.object({
  channel: ChannelSchema,
  kind: ProviderKindSchema,
  /** The provider's config without its secret fields. */
  config: z.record(z.string(), z.unknown()),
  /** The secret fields that have a stored value (shown as "••••" with Replace). */
  secretsSet: z.array(z.string()),
  /** When it was saved (epoch ms); null for the default Outbox. */
  savedAt: z.number().nullable(),
  /** Why the stored setting cannot be used as it is (the channel then delivers into the Outbox), or null. */
  problem: z.string().nullable(),
});
export type ChannelProviderView = z.infer<typeof ChannelProviderViewSchema>;

/**
 * A provider form as typed: secret fields in plain text, or empty to keep the stored value (when
 * the provider kind is the one saved).
 */
export const ChannelProviderFormSchema = z
  .object({
    channel: ChannelSchema,
    kind: ProviderKindSchema,
    config: z.record(z.string(), z.unknown()),
  })
  .strict();
export type ChannelProviderForm = z.infer<typeof ChannelProviderFormSchema>;

export const ConnectionCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detail: z.string() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

export const channelsService = {
  list: method(
    "Every channel's provider (the Outbox unless one is set up), without secret values.",
    z.object({}).strict().optional(),
    z.array(ChannelProviderViewSchema),
  ),
  save: method(
    "Sets up a channel's provider: checked against the provider's schema (BAD_INPUT names each field at fault); secrets go to the secret store.",
    ChannelProviderFormSchema,
    ChannelProviderViewSchema,
  ),
  testConnection: method(
    "Checks a provider form (saved or not) with a real call that sends nothing; answers the provider's own words.",
    ChannelProviderFormSchema,
    ConnectionCheckSchema,
  ),
} as const;
