import { z } from 'zod';
import { IdSchema } from './ids';
import { JourneyStatusSchema } from './journey-status';
import { JourneySettingsSchema } from './journey-settings';
import { JourneyNodeSchema } from './journey-node';
import { JourneyEdgeSchema } from './journey-edge';
import { StickyNoteSchema } from './sticky-note';
import { CURRENT_SCHEMA_VERSION } from './schema-version';
import { normaliseDisplayText } from './display-text';
import { JOURNEY_LIMITS, JourneyDescriptionSchema, JourneyNameSchema, listLimit } from './journey-limits';

const TimestampSchema = z.iso.datetime({
  offset: true,
  error: 'Expected an ISO 8601 date-time with a time zone, e.g. "2025-03-01T12:00:00Z"',
});

/**
 * Ids are how edges, selection and undo history refer to things, so a repeated id is a corrupt
 * document rather than an unfinished one. Dangling edges and other graph problems are left to
 * the validator, which reports them as a "Broken" journey the user can fix.
 */
function reportDuplicateIds(
  items: readonly { id: string }[],
  collection: 'nodes' | 'edges' | 'notes',
  ctx: z.RefinementCtx,
): void {
  const firstIndexById = new Map<string, number>();
  items.forEach(({ id }, index) => {
    const firstIndex = firstIndexById.get(id);
    if (firstIndex === undefined) {
      firstIndexById.set(id, index);
      return;
    }
    ctx.addIssue({
      code: 'custom',
      path: [collection, index, 'id'],
      message: `Duplicate id "${id}": already used by ${collection}[${firstIndex}]`,
    });
  });
}

function journeySchemaWith<Name extends z.ZodType<string, string>, Description extends z.ZodType<string, string>>(
  name: Name,
  description: Description,
) {
  return z
    .object({
      id: IdSchema,
      name,
      description,
      // A literal: older documents go through migrateJourneyDocument, never straight into this schema.
      schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
      status: JourneyStatusSchema,
      createdAt: TimestampSchema,
      updatedAt: TimestampSchema,
      settings: JourneySettingsSchema,
      nodes: z.array(JourneyNodeSchema).max(JOURNEY_LIMITS.steps, listLimit('steps', JOURNEY_LIMITS.steps)),
      edges: z
        .array(JourneyEdgeSchema)
        .max(JOURNEY_LIMITS.connections, listLimit('connections', JOURNEY_LIMITS.connections)),
      notes: z.array(StickyNoteSchema).max(JOURNEY_LIMITS.notes, listLimit('notes', JOURNEY_LIMITS.notes)).default([]),
    })
    .strict()
    .superRefine((journey, ctx) => {
      reportDuplicateIds(journey.nodes, 'nodes', ctx);
      reportDuplicateIds(journey.edges, 'edges', ctx);
      reportDuplicateIds(journey.notes, 'notes', ctx);
    });
}

/**
 * A journey document as stored or read from a file. Its name may still be missing or long: the
 * validator reports a missing name, an import names the journey after its file (cut to length),
 * and a document saved before names were checked stays readable.
 */
export const JourneySchema = journeySchemaWith(z.string().overwrite(normaliseDisplayText), z.string());
export type Journey = z.infer<typeof JourneySchema>;

/** A journey as a save writes it: named and described within the same limits as create and rename. */
export const SavableJourneySchema = journeySchemaWith(JourneyNameSchema, JourneyDescriptionSchema);
