import { z } from 'zod';
import { IdSchema } from './ids';

/** Connects one named output of `source` (see outputsOf) to the single input of `target`. */
export const JourneyEdgeSchema = z
  .object({
    id: IdSchema,
    source: IdSchema,
    sourceHandle: IdSchema,
    target: IdSchema,
  })
  .strict();
export type JourneyEdge = z.infer<typeof JourneyEdgeSchema>;
