import { z } from 'zod';
import { defineNodeKind, nextOutput } from './define-node-kind';
import { ChannelSchema, channelLabel } from '../channel';
import { DurationSchema, formatDuration } from '../duration';

/** null until the user picks a template; "missing template" is reported by the validator, not here. */
const TemplateIdSchema = z.string().min(1).nullable();

export const MessageFallbackSchema = z
  .object({
    channel: ChannelSchema,
    templateId: TemplateIdSchema,
  })
  .strict();
export type MessageFallback = z.infer<typeof MessageFallbackSchema>;

export const MessageConfigSchema = z
  .object({
    channel: ChannelSchema,
    templateId: TemplateIdSchema,
    /** Template variable name → expression or path that fills it, e.g. "order.trackingUrl". */
    variables: z.record(z.string().min(1), z.string()),
    /** Tried in order when delivery on the previous channel fails (WhatsApp → SMS → Email). */
    fallbacks: z.array(MessageFallbackSchema),
    /**
     * Take the next fallback when the provider has not reported delivery within this long; absent
     * or null: no limit. Only providers that report delivery later are waited on (the outbox
     * delivers at once).
     */
    deliveryWindow: DurationSchema.nullable().optional(),
  })
  .strict();
export type MessageConfig = z.infer<typeof MessageConfigSchema>;

export const messageNodeKind = defineNodeKind({
  kind: 'message',
  group: 'message',
  label: 'Message',
  description: 'Sends a template on one channel, falling back to the next channel when delivery fails.',
  config: MessageConfigSchema,
  defaults: (): MessageConfig => ({ channel: 'email', templateId: null, variables: {}, fallbacks: [] }),
  outputs: nextOutput,
  summary: (config) => {
    const route = [config.channel, ...config.fallbacks.map((fallback) => fallback.channel)]
      .map(channelLabel)
      .join(' → ');
    const window = config.deliveryWindow ?? null;
    const shown = window === null ? route : `${route} · within ${formatDuration(window)}`;
    return config.templateId === null ? `${shown} · no template` : shown;
  },
});
