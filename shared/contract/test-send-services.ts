import { z } from 'zod';
import { ChannelSchema } from '../model/channel';
import { method } from './define';
import { IdSchema } from './entities';

const CustomerIdSchema = z
  .string()
  .trim()
  .min(1, 'Name the contact by its customer ID')
  .max(200, 'A customer ID has at most 200 characters');

/** What the Outbox lists as the recipient of a test kept there without one. */
export const OUTBOX_ONLY_RECIPIENT = 'no recipient (kept in the Outbox)';

/**
 * Who receives a test send: an address typed in, a contact's own address for the channel, or
 * nobody: the message is kept in the Outbox only, even when the channel has a provider of its own.
 */
export const TestSendRecipientSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('address'),
      /** An email address, a phone number, a Telegram chat id, a push subscription (JSON) or token, a customer ID. */
      address: z.string().max(4000, 'A recipient has at most 4,000 characters'),
    })
    .strict(),
  z.object({ type: z.literal('contact'), customerId: CustomerIdSchema }).strict(),
  z.object({ type: z.literal('outbox') }).strict(),
]);
export type TestSendRecipient = z.infer<typeof TestSendRecipientSchema>;

/** Whose data the message is rendered with: a sample profile (the default one when no id), or a real contact. */
export const TestSendProfileSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('sample'), profileId: IdSchema.optional() }).strict(),
  z.object({ type: z.literal('contact'), customerId: CustomerIdSchema }).strict(),
]);
export type TestSendProfile = z.infer<typeof TestSendProfileSchema>;

const DataSection = z.record(z.string(), z.unknown());

/**
 * Values laid over the profile's for this one render, section by section (a key here wins): e.g.
 * an event's sample payload as `event`.
 */
export const TestSendDataSchema = z
  .object({ customer: DataSection.optional(), order: DataSection.optional(), event: DataSection.optional() })
  .strict();
export type TestSendData = z.infer<typeof TestSendDataSchema>;

export const TestSendInputSchema = z
  .object({
    templateId: IdSchema,
    recipient: TestSendRecipientSchema,
    /** The default sample profile when absent. */
    profile: TestSendProfileSchema.optional(),
    data: TestSendDataSchema.optional(),
  })
  .strict();
export type TestSendInput = z.input<typeof TestSendInputSchema>;

export const TestSendResultSchema = z.object({
  status: z.enum(['sent', 'failed']),
  channel: ChannelSchema,
  /** The address the message went to, as the provider got it. */
  recipient: z.string(),
  /** The provider that took or refused it (`outbox` until one is configured for the channel). */
  provider: z.string(),
  /** The test send's own key (`test:<uuid>`), never one the sender uses. */
  idempotencyKey: z.string(),
  /** The provider's id for the message when it accepted it. */
  providerMessageId: z.string().nullable(),
  /** The outbox entry when the message went to the outbox. */
  outboxMessageId: z.string().nullable(),
  /** Why it was not sent: the provider's own words, or what kept it from rendering. */
  error: z.string().nullable(),
  /** For a refusal: whether trying again later may work. */
  errorKind: z.enum(['permanent', 'temporary']).nullable(),
});
export type TestSendResult = z.infer<typeof TestSendResultSchema>;

export const testSendService = {
  send: method(
    "Render a template with a profile, a contact or given data and send it to one recipient through the channel's provider (or the outbox), marked as a test.",
    TestSendInputSchema,
    TestSendResultSchema,
  ),
} as const;
