import { z } from 'zod';
import type { CHANNEL_IDS } from '../model/channel';
import { normaliseDisplayText } from '../model/display-text';
import { CONTENT_SCHEMAS, type TemplateChannel } from './content';

const TemplateIdSchema = z.string().trim().min(1).max(128);
export const TemplateNameSchema = z
  .string()
  .trim()
  .min(1, 'A template needs a name')
  .max(200, 'A template name is at most 200 characters');
/**
 * A name given to a template (create, update): the one rule for names people see, as journeys
 * follow it. Stored templates are read with TemplateNameSchema, so one saved before keeps its name.
 */
export const TemplateNameInputSchema = z
  .string()
  .overwrite(normaliseDisplayText)
  .min(1, 'A template needs a name (with at least one visible character)')
  .max(200, 'A template name is at most 200 characters');
/** "" means any language; otherwise a code such as "en" or "pt-BR". */
export const TemplateLanguageSchema = z
  .string()
  .regex(
    /^(|[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)$/,
    'Expected a language code such as "en" or "pt-BR", or nothing for any language',
  );

function templateOf<C extends TemplateChannel>(channel: C) {
  return z
    .object({
      id: TemplateIdSchema,
      channel: z.literal(channel),
      name: TemplateNameSchema,
      language: TemplateLanguageSchema,
      content: CONTENT_SCHEMAS[channel],
      createdAt: z.string(),
      updatedAt: z.string(),
    })
    .strict();
}

// Spelled out per channel so z.infer keeps each channel's content type.
export const TemplateSchema = z.discriminatedUnion('channel', [
  templateOf('email'),
  templateOf('sms'),
  templateOf('whatsapp'),
  templateOf('push'),
  templateOf('inapp'),
  templateOf('telegram'),
  templateOf('wallet'),
  templateOf('marketing'),
]);
export type Template = z.infer<typeof TemplateSchema>;
export type TemplateOf<C extends TemplateChannel> = Extract<Template, { channel: C }>;

// Every model channel has a template shape: a compile error here means one is missing.
const _everyChannelHasContent: Record<(typeof CHANNEL_IDS)[number], unknown> = CONTENT_SCHEMAS;
void _everyChannelHasContent;

/** Checks content against its channel's schema: used where the channel is known only at run time. */
export function parseContent(channel: TemplateChannel, content: unknown) {
  return CONTENT_SCHEMAS[channel].safeParse(content);
}
