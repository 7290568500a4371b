import { z } from 'zod';
import { method } from './define';
import { IdSchema } from './entities';

/** One call of the journey API that created, first started or published a version of a journey, and its result. */
export const ReceivedPublishSchema = z.object({
  journeyId: z.string(),
  /** The version it made (a create makes a draft; the first start makes version 1); null when refused. */
  version: z.number().int().positive().nullable(),
  action: z.enum(['create', 'start', 'publish']),
  at: z.string(),
  /** The client key that called, by name (`journey-studio api-key list`). */
  clientName: z.string(),
  /** The HTTP status answered: 201 or 200, or the refusal's 409 / 422. */
  status: z.number().int(),
  /** What came of it: "created as a draft", "version 2 runs", or the refusal's detail. */
  result: z.string(),
});
export type ReceivedPublish = z.infer<typeof ReceivedPublishSchema>;

export const PublishedJourneySchema = z.object({
  journeyId: z.string(),
  clientName: z.string(),
  publishedAt: z.string(),
});
export type PublishedJourney = z.infer<typeof PublishedJourneySchema>;

/**
 * Journeys published to this server through its journey API ("published from elsewhere"): the
 * app that designed them owns their document, so this server's app shows them read-only.
 */
export const publishedJourneysService = {
  list: method(
    'The journeys published to this server through its journey API, with the client key that created each.',
    z.object({}).strict().optional(),
    z.array(PublishedJourneySchema),
  ),
  history: method(
    'The publish history of a journey published from elsewhere, newest first: which version, when, by which client key, with what result. Empty for a journey made here.',
    z.object({ id: IdSchema }).strict(),
    z.array(ReceivedPublishSchema),
  ),
} as const;
