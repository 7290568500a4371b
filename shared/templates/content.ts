import { z } from 'zod';

/**
 * What a template holds, per channel. Text fields may contain Liquid ({{ customer.first_name }});
 * limits that depend on the rendered text (SMS segments, WhatsApp lengths) are checked on the
 * rendered result, not here, so a draft can always be saved.
 */
export const EmailContentSchema = z
  .object({
    subject: z.string().max(998),
    preheader: z.string().max(500),
    fromName: z.string().max(200),
    mjml: z.string().max(1_000_000),
  })
  .strict();

export const SmsContentSchema = z
  .object({
    body: z.string().max(10_000),
    /** Alphanumeric sender id (up to 11 characters) or a number. */
    senderId: z.string().max(16),
  })
  .strict();

export const WHATSAPP_BUTTON_TYPES = ['quickReply', 'url', 'phone'] as const;

export const WhatsAppButtonSchema = z
  .object({
    type: z.enum(WHATSAPP_BUTTON_TYPES),
    text: z.string(),
    /** For url buttons; may end in a {{1}} style parameter. */
    url: z.string().optional(),
    /** For phone buttons, in E.164. */
    phone: z.string().optional(),
  })
  .strict();

export const WhatsAppContentSchema = z
  .object({
    /** The name of the template as approved by WhatsApp, e.g. "order_shipped_v2". */
    templateName: z.string(),
    language: z.string(),
    headerText: z.string(),
    body: z.string(),
    footer: z.string(),
    buttons: z.array(WhatsAppButtonSchema),
    /** Numbered body parameter ("1", "2", …) → the Liquid expression that fills it. */
    parameters: z.record(z.string().regex(/^[1-9][0-9]*$/, 'Parameters are numbered 1, 2, 3…'), z.string()),
  })
  .strict();

export const PushContentSchema = z
  .object({ title: z.string(), body: z.string(), imageUrl: z.string(), deepLink: z.string() })
  .strict();

export const InAppButtonSchema = z.object({ label: z.string(), action: z.string() }).strict();

export const InAppContentSchema = z
  .object({ title: z.string(), body: z.string(), imageUrl: z.string(), buttons: z.array(InAppButtonSchema) })
  .strict();

export const TELEGRAM_PARSE_MODES = ['HTML', 'MarkdownV2'] as const;

export const TelegramContentSchema = z
  .object({
    text: z.string(),
    parseMode: z.enum(TELEGRAM_PARSE_MODES),
    buttons: z.array(z.object({ text: z.string(), url: z.string() }).strict()),
  })
  .strict();

export const WALLET_PASS_TYPES = ['generic', 'coupon', 'eventTicket', 'boardingPass', 'storeCard'] as const;

export const WalletContentSchema = z
  .object({
    passType: z.enum(WALLET_PASS_TYPES),
    title: z.string(),
    fields: z.array(z.object({ label: z.string(), value: z.string() }).strict()),
    barcodeValue: z.string(),
  })
  .strict();

export const MarketingContentSchema = z
  .object({
    /** A JSON document with Liquid in its string values, sent to the external tool. */
    payload: z.string().max(1_000_000),
  })
  .strict();

/** Content schemas by channel: the one place that says what each channel's template holds. */
export const CONTENT_SCHEMAS = {
  email: EmailContentSchema,
  sms: SmsContentSchema,
  whatsapp: WhatsAppContentSchema,
  push: PushContentSchema,
  inapp: InAppContentSchema,
  telegram: TelegramContentSchema,
  wallet: WalletContentSchema,
  marketing: MarketingContentSchema,
} as const;

export type TemplateChannel = keyof typeof CONTENT_SCHEMAS;
export type ContentOf<C extends TemplateChannel> = z.infer<(typeof CONTENT_SCHEMAS)[C]>;
export type EmailContent = ContentOf<'email'>;
export type SmsContent = ContentOf<'sms'>;
export type WhatsAppContent = ContentOf<'whatsapp'>;
export type PushContent = ContentOf<'push'>;
export type InAppContent = ContentOf<'inapp'>;
export type TelegramContent = ContentOf<'telegram'>;
export type WalletContent = ContentOf<'wallet'>;
export type MarketingContent = ContentOf<'marketing'>;
