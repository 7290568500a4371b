import { z } from 'zod';
import { MAX_CUSTOMERS_PER_CALL } from './limits';

/**
 * Sends: enrol exactly the given customers into a started journey, at its first entry, whatever
 * that entry's audience ("send to all / to a list / to a CSV file"). The server's engine enrols
 * them in the background; the send's progress says how many entered and how many its re-entry
 * rule kept out.
 */
export const SendToListInputSchema = z
  .object({
    customerIds: z
      .array(
        z.string({ error: 'Expected a customer id as text' }).trim().min(1, 'A customer id cannot be empty').max(200),
        {
          error: 'Expected a list of customer ids',
        },
      )
      .min(1, 'At least one customer id is required')
      .max(MAX_CUSTOMERS_PER_CALL, `At most ${MAX_CUSTOMERS_PER_CALL} customers per call`),
  })
  .strict();

export const SendSchema = z
  .object({
    id: z.string(),
    journeyId: z.string(),
    audience: z.enum(['all', 'list', 'csv']),
    /** queued: customers are still being enrolled; finished: each one entered or was kept out. */
    status: z.enum(['queued', 'finished']),
    customers: z.number().int().nonnegative(),
    enrolled: z.number().int().nonnegative(),
    /** Kept out by the journey's re-entry rule, or because the journey stopped before they entered. */
    skipped: z.number().int().nonnegative(),
    pending: z.number().int().nonnegative(),
    createdAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({
    description: 'A send and its progress: how many of its customers entered the journey, and how many did not.',
  });
export type Send = z.infer<typeof SendSchema>;
