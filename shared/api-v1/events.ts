import { z } from 'zod';
import { formatIssuePath, type FormattedIssue } from '../model/format-zod-issues';

/** Larger request bodies are refused with 413 before they are read whole. */
export const MAX_EVENTS_BODY_BYTES = 1024 * 1024;
export const MAX_BATCH_EVENTS = 1000;

const JsonObjectSchema = z.record(z.string(), z.unknown(), { error: 'Expected a JSON object' });

/** One event as a shop system, a script or the app sends it. */
export const EventInputSchema = z
  .object({
    customerId: z
      .string({ error: 'Expected the customer id as text' })
      .trim()
      .min(1, 'A customer id is required')
      .max(200, 'At most 200 characters'),
    name: z
      .string({ error: 'Expected the event name as text' })
      .trim()
      .min(1, 'An event name is required')
      .max(200, 'At most 200 characters'),
    properties: JsonObjectSchema.default({}),
    occurredAt: z.iso
      .datetime({ offset: true, error: 'Expected an ISO 8601 date and time, e.g. 2026-05-01T12:00:00Z' })
      .optional(),
    /** Customer fields to upsert on the contact before the event is recorded. */
    customer: JsonObjectSchema.optional(),
    idempotencyKey: z
      .string({ error: 'Expected the idempotency key as text' })
      .min(1, 'An idempotency key cannot be empty')
      .max(200, 'At most 200 characters')
      .optional(),
  })
  .strict();
export type EventInput = z.input<typeof EventInputSchema>;
export type ParsedEventInput = z.output<typeof EventInputSchema>;

/** The batch form: events are checked one by one, so one bad event does not refuse the others. */
export const EventBatchInputSchema = z
  .object({
    events: z
      .array(z.unknown(), { error: 'Expected a list of events' })
      .min(1, 'A batch needs at least one event')
      .max(MAX_BATCH_EVENTS, `A batch holds at most ${MAX_BATCH_EVENTS} events`),
  })
  .strict();

export const EventAcceptedSchema = z.object({
  accepted: z.literal(true),
  eventId: z.string(),
  /** True when the idempotency key had been seen before: the first event's id is answered. */
  duplicate: z.boolean(),
});
export type EventAccepted = z.infer<typeof EventAcceptedSchema>;

export interface EventRefused {
  accepted: false;
  errors: FormattedIssue[];
}

/** zod's issues with a JSON path each; an unknown key is named by its own path, not its parent's. */
export function eventIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): FormattedIssue[] {
  return error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((key) => ({ path: formatIssuePath([...at, key]), message: `Unknown field "${key}"` }));
    return [{ path: formatIssuePath(at), message: issue.message }];
  });
}
