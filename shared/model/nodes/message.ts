import { z } from 'zod';
import { defineNodeKind, nextOutput } from './define-node-kind';
import { ChannelSchema, channelLabel } from '../channel';

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
    return config.templateId === null ? `${route} · no template` : route;
  },
});
