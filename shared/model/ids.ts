import { z } from 'zod';
import { JOURNEY_LIMITS } from './journey-limits';

/** Node, edge, note and journey ids are opaque strings chosen by the caller. */
export const IdSchema = z
  .string()
  .min(1, { error: 'Expected a non-empty id' })
  .max(JOURNEY_LIMITS.idLength, { error: `An id is at most ${JOURNEY_LIMITS.idLength} characters` });
