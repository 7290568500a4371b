import { z } from 'zod';
import { ChannelSchema, JourneyStatusSchema } from '../model/index';
import { GuidedSetupSchema } from '../model/journey-settings';

export const IdSchema = z.string().trim().min(1, 'An id is required').max(128, 'An id is at most 128 characters');

export { JourneyNameSchema, JourneyDescriptionSchema } from '../model/index';

/** One row of the dashboard: everything the list shows without loading whole documents. */
export const JourneySummarySchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  status: JourneyStatusSchema,
  channels: z.array(ChannelSchema),
  entryType: z.string().nullable(),
  nodeCount: z.number().int().nonnegative(),
  revision: z.number().int().positive(),
  /** The frozen version the sender runs; null until first activated. */
  liveVersion: z.number().int().positive().nullable(),
  /** A live journey is being edited as a new draft version (see journeys.startDraft). */
  draftOpen: z.boolean(),
  /** Validation of the current version; any error shows the journey as Broken. */
  problems: z.object({
    errors: z.number().int().nonnegative(),
    warnings: z.number().int().nonnegative(),
    /** Where "Fix" takes the user: the first error's step and field. */
    firstError: z
      .object({ message: z.string(), nodeId: z.string().optional(), path: z.string().optional() })
      .nullable(),
  }),
  /**
   * Set when the stored journey cannot be read (its document or row is damaged): why. Such a
   * journey lists as Unreadable, with its errors counting it as Broken, instead of failing the list.
   */
  unreadable: z.string().optional(),
  /** Set for journeys made in Guided or Quick Mode: where the wizard is, and whether "Create journey" was pressed. */
  guided: GuidedSetupSchema.optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  deletedAt: z.string().nullable(),
});
export type JourneySummary = z.infer<typeof JourneySummarySchema>;

export { TemplateSchema, type Template } from '../templates/template';

/** A template as the library lists it: with the journeys that use it. */
export const TemplateUsageSchema = z.object({
  journeyId: IdSchema,
  journeyName: z.string(),
  status: JourneyStatusSchema,
});
export type TemplateUsage = z.infer<typeof TemplateUsageSchema>;

/** A stored template that cannot be read: what is known of it and why, so it can be found and deleted. */
export const UnreadableTemplateSchema = z.object({
  id: z.string(),
  name: z.string(),
  channel: z.string(),
  reason: z.string(),
});
export type UnreadableTemplate = z.infer<typeof UnreadableTemplateSchema>;

export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  journeySchemaVersion: z.number().int(),
  databaseVersion: z.number().int(),
  nativeDialogs: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
