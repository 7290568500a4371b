import { z } from 'zod';
import { ChannelSchema } from '../model/channel';
import { RenderResultSchema } from '../templates/render-result';
import { method } from './define';
import { IdSchema } from './entities';

/** Engagement a message has had in the outbox: clicked implies it was looked at, so it counts as opened too. */
export const OUTBOX_STATUSES = ['unopened', 'opened', 'clicked'] as const;
export const OutboxStatusSchema = z.enum(OUTBOX_STATUSES);

export const OutboxQuerySchema = z
  .object({
    /** Matches part of the recipient, contact id, journey name, idempotency key or subject/first line. */
    search: z.string().max(200).optional(),
    channel: ChannelSchema.optional(),
    status: OutboxStatusSchema.optional(),
    journeyId: IdSchema.optional(),
    /** The `nextCursor` of the previous page; the newest messages without it. */
    cursor: z.string().max(200).optional(),
    limit: z.number().int().positive().max(500).default(100),
  })
  .strict();
export type OutboxQuery = z.input<typeof OutboxQuerySchema>;

/** One row of the list: everything but the rendered message itself. */
export const OutboxMessageSummarySchema = z.object({
  id: z.string(),
  idempotencyKey: z.string(),
  channel: ChannelSchema,
  recipient: z.string(),
  journeyId: z.string().nullable(),
  journeyName: z.string().nullable(),
  version: z.number().int().nullable(),
  nodeId: z.string().nullable(),
  runId: z.number().int().nullable(),
  contactId: z.string().nullable(),
  templateId: z.string().nullable(),
  /** The subject, title or first text of the rendered message, shortened. */
  headline: z.string(),
  isTest: z.boolean(),
  /** ISO 8601 times. */
  createdAt: z.string(),
  openedAt: z.string().nullable(),
  clickedAt: z.string().nullable(),
});
export type OutboxMessageSummary = z.infer<typeof OutboxMessageSummarySchema>;

export const OutboxPageSchema = z.object({
  items: z.array(OutboxMessageSummarySchema),
  /** Messages matching the query in all; counted for the first page only (null with a cursor). */
  total: z.number().int().nonnegative().nullable(),
  /** Pass it back for the next (older) page; null on the last page. */
  nextCursor: z.string().nullable(),
});
export type OutboxPage = z.infer<typeof OutboxPageSchema>;

export const MessageAttemptSchema = z.object({
  idempotencyKey: z.string(),
  attempt: z.number().int(),
  /** 0 for the step's own channel; n for its n-th fallback. */
  fallbackIndex: z.number().int().nonnegative(),
  channel: z.string(),
  provider: z.string(),
  status: z.enum(['pending', 'accepted', 'rejected', 'delivered', 'failed', 'skipped']),
  error: z.string().nullable(),
  providerMessageId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** True for the attempts that produced this outbox message (same idempotency key). */
  thisMessage: z.boolean(),
});
export type MessageAttempt = z.infer<typeof MessageAttemptSchema>;

export const OutboxContactSchema = z.object({
  customerId: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  /** False when the contact has been deleted since the message was sent. */
  exists: z.boolean(),
});

export const OutboxMessageSchema = OutboxMessageSummarySchema.extend({
  /** The step's label in the version the message was sent from, when that version is known. */
  stepLabel: z.string().nullable(),
  stepKind: z.string().nullable(),
  contact: OutboxContactSchema.nullable(),
  /** What the channel's render returned: the same shape template previews show. */
  rendered: RenderResultSchema,
  /** Every attempt of this step for this contact (the run and step, or else the idempotency key), oldest first. */
  attempts: z.array(MessageAttemptSchema),
  /** The fallbacks the step went down (attempts with fallbackIndex > 0), each with its last status. */
  fallbacksTaken: z.array(
    z.object({ fallbackIndex: z.number().int().positive(), channel: z.string(), status: z.string() }),
  ),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

export const OutboxEngagementSchema = z.object({
  id: z.string(),
  openedAt: z.string().nullable(),
  clickedAt: z.string().nullable(),
  /** The event recorded for the engine (`message.clicked` / `message.opened`); null for a message without a contact. */
  eventId: z.string().nullable(),
  /** True when nothing new was recorded (a second open of the same message). */
  duplicate: z.boolean(),
});

/** A link a person followed; only web and mail links are recorded. */
const ClickedUrlSchema = z
  .string()
  .trim()
  .min(1, 'The clicked link is empty')
  .max(4000)
  .regex(/^(https?:\/\/|mailto:)/i, 'Only http, https and mailto links are recorded as clicks');

export const outboxService = {
  list: method('Outbox messages, newest first, a page at a time.', OutboxQuerySchema, OutboxPageSchema),
  get: method(
    'One outbox message as rendered, with its journey, step, contact and attempt history.',
    z.object({ id: IdSchema }).strict(),
    OutboxMessageSchema,
  ),
  recordClick: method(
    'Record that the recipient clicked a link in the message (an event "message.clicked" for the engine).',
    z.object({ id: IdSchema, url: ClickedUrlSchema }).strict(),
    OutboxEngagementSchema,
  ),
  recordOpen: method(
    'Record that the recipient opened the message (an event "message.opened", once per message).',
    z.object({ id: IdSchema }).strict(),
    OutboxEngagementSchema,
  ),
} as const;

export const OutboxChangedEventSchema = z.object({ id: z.string(), change: z.enum(['opened', 'clicked']) });
