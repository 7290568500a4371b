import { z } from 'zod';

/**
 * Lifecycle states a user moves a journey through. "Broken" is deliberately absent:
 * it is derived from validation results, so it can never disagree with them.
 */
export const JOURNEY_STATUSES = ['draft', 'ready', 'active', 'paused', 'stopped', 'archived'] as const;

export const JourneyStatusSchema = z.enum(JOURNEY_STATUSES);
export type JourneyStatus = z.infer<typeof JourneyStatusSchema>;
