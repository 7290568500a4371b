import { z } from 'zod';
import { ProviderKindSchema } from './provider-kinds';

/**
 * What the settings row `channels.<channel>.provider` holds once a provider is set up in Settings →
 * Channels: the provider's config without its secret fields, and for each secret field the name
 * of the secret-store entry holding its value. The Outbox is stored as null (the default).
 */
export const ChannelSettingSchema = z
  .object({
    kind: ProviderKindSchema,
    config: z.record(z.string(), z.unknown()),
    /** Secret field key → secret name (`provider.<channel>.<field>`). */
    secrets: z.record(z.string(), z.string()),
    /** When it was saved (epoch ms): a save always changes the row, so senders rebuild the provider. */
    savedAt: z.number(),
  })
  .strict();
export type ChannelSetting = z.infer<typeof ChannelSettingSchema>;

/** The secret-store name of a channel provider's secret field. */
export function providerSecretName(channel: string, field: string): string {
  return `provider.${channel}.${field}`;
}

/** Every secret of a channel's provider starts with this. */
export function providerSecretPrefix(channel: string): string {
  return `provider.${channel}.`;
}
