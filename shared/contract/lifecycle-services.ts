import { z } from 'zod';
import { JourneySchema, JourneyStatusSchema } from '../model/index';
import { TemplateSchema } from '../templates/template';
import { DiagnosticSchema } from '../validation/diagnostic';
import { method } from './define';
import { IdSchema, JourneyNameSchema } from './entities';

/** A stored journey's working document with its revision and where it stands in its lifecycle. */
export const SavedJourneySchema = z.object({
  journey: JourneySchema,
  revision: z.number().int().positive(),
  /** The frozen version the sender runs; null until first activated. */
  liveVersion: z.number().int().positive().nullable(),
  /**
   * True while a live (active or paused) journey's document is a new draft version being edited.
   * A live journey without an open draft is read-only: its document is the live version.
   */
  draftOpen: z.boolean(),
});
export type SavedJourney = z.infer<typeof SavedJourneySchema>;

const ById = z.object({ id: IdSchema }).strict();
const ByRevision = z.object({ id: IdSchema, expectedRevision: z.number().int().positive() }).strict();

const VersionNumberSchema = z.number().int().positive();

/** Everyone waiting at one step of a running version goes to a step of the new version. */
export const RunMoveSchema = z
  .object({
    version: VersionNumberSchema,
    nodeId: IdSchema,
    /** A step of the new version (not an entry). */
    to: IdSchema,
  })
  .strict();
export type RunMove = z.infer<typeof RunMoveSchema>;

/** Contacts in flight at one step of a running version, and what the new version does to that step. */
export const StepImpactSchema = z.object({
  version: VersionNumberSchema,
  nodeId: z.string(),
  label: z.string(),
  kind: z.string(),
  inFlight: z.number().int().positive(),
  /** "changed": its kind, its settings or where its outputs lead differ in the new version. */
  change: z.enum(['unchanged', 'changed', 'removed']),
  /** The step of the new version a move goes to unless another is chosen: the same step, else the next one kept. */
  defaultTarget: z.string().nullable(),
});
export type StepImpact = z.infer<typeof StepImpactSchema>;

export const ActivationImpactSchema = z.object({
  /** The version that runs now; null before the first activation (nobody is in flight then). */
  liveVersion: VersionNumberSchema.nullable(),
  /** The number the open draft gets when activated. */
  newVersion: VersionNumberSchema,
  /** Steps with contacts in flight, by version (the live one and older ones still running), in step order. */
  steps: z.array(StepImpactSchema),
  /** The steps of the draft a contact may be moved to, in its order. */
  targets: z.array(z.object({ nodeId: z.string(), label: z.string(), kind: z.string() })),
});
export type ActivationImpact = z.infer<typeof ActivationImpactSchema>;

export const JourneyTransitionSchema = z.object({
  from: JourneyStatusSchema.nullable(),
  to: JourneyStatusSchema,
  /** The version live after the move (null when none). */
  version: z.number().int().positive().nullable(),
  at: z.string(),
});
export type JourneyTransitionEntry = z.infer<typeof JourneyTransitionSchema>;

/** Lifecycle methods, part of the journeys service. */
export const lifecycleMethods = {
  validate: method(
    'Validate the current document with everything the app knows (templates, fields, providers). A clean draft becomes Ready; a Ready journey with errors goes back to Draft.',
    ById,
    SavedJourneySchema.extend({ diagnostics: z.array(DiagnosticSchema) }),
  ),
  activate: method(
    'Validate and freeze the document as the next numbered version, which goes live: first activation of a draft, or activating the changes of an open draft of a live journey. Refused with INVALID_JOURNEY listing the errors. Contacts in flight stay on their version, except those at the steps `moves` names, which go on in the new version at the step it names (in the same transaction; see activationImpact).',
    ByRevision.extend({ moves: z.array(RunMoveSchema).max(10_000).default([]) }),
    SavedJourneySchema.extend({
      version: VersionNumberSchema,
      /** Contacts moved to the new version. */
      moved: z.number().int().nonnegative(),
      /** Contacts at a moved step who were in the middle of it (a message being sent) and stayed on their version. */
      stayedMidStep: z.number().int().nonnegative(),
    }),
  ),
  activationImpact: method(
    "Who is waiting where before the open draft's changes are activated: contacts in flight per step of the live version and of older versions still running, whether the draft changed or removed each step, and the draft's steps they could be moved to.",
    ById,
    ActivationImpactSchema,
  ),
  startDraft: method(
    'Start editing a live journey as a new draft version; the live version keeps running untouched.',
    ById,
    SavedJourneySchema,
  ),
  discardDraft: method(
    'Throw away the open draft of a live journey; the document goes back to the live version.',
    ById,
    SavedJourneySchema,
  ),
  transition: method(
    'Pause, resume (to active), stop, archive or unarchive (to draft), where the current state allows it (see MANUAL_TRANSITIONS).',
    z
      .object({
        id: IdSchema,
        to: JourneyStatusSchema,
        /** Stopping only: contacts in flight exit now instead of finishing their journey. */
        exitInFlight: z.boolean().default(false),
      })
      .strict(),
    SavedJourneySchema,
  ),
  transitions: method('Every status change of a journey, oldest first.', ById, z.array(JourneyTransitionSchema)),
} as const;

export const VersionListingSchema = z.object({
  version: z.number().int().positive(),
  createdAt: z.string(),
  nodeCount: z.number().int().nonnegative(),
  live: z.boolean(),
});

const ByVersion = z.object({ journeyId: IdSchema, version: z.number().int().positive() }).strict();

export const versionsService = {
  list: method(
    'Frozen versions of a journey, newest first.',
    z.object({ journeyId: IdSchema }).strict(),
    z.array(VersionListingSchema),
  ),
  get: method(
    'One frozen version, read-only, with the template contents it was activated with.',
    ByVersion,
    z.object({
      journeyId: IdSchema,
      version: z.number().int().positive(),
      journey: JourneySchema,
      templates: z.array(TemplateSchema),
      createdAt: z.string(),
    }),
  ),
  restore: method(
    "Make a version's document the working draft (a new draft version when the journey is live). Versions themselves never change.",
    ByVersion,
    SavedJourneySchema,
  ),
  duplicate: method(
    'A new draft journey from a version.',
    ByVersion.extend({ name: JourneyNameSchema.optional() }),
    SavedJourneySchema,
  ),
} as const;

/** Journey files are read whole; anything bigger is refused before parsing. */
export const MAX_JOURNEY_FILE_BYTES = 5 * 1024 * 1024;

export const ImportResultSchema = SavedJourneySchema.extend({
  templatesImported: z.number().int().nonnegative(),
  /** Templates of the file that already existed with the same channel and content, and were reused. */
  templatesReused: z.number().int().nonnegative(),
  fieldsCreated: z.array(z.string()),
  /** Things the user should know, e.g. "Header Authorization of step Notify was exported without its value". */
  warnings: z.array(z.string()),
});

export const exchangeService = {
  export: method(
    'A journey as a self-contained .journey.json text: the document, its templates and custom fields, no secrets, keys sorted.',
    ById,
    z.object({ fileName: z.string(), content: z.string(), warnings: z.array(z.string()) }),
  ),
  exportToFile: method(
    "Export through the desktop app's save dialog; path null when cancelled. UNAVAILABLE in browser mode.",
    ById,
    z.object({ path: z.string().nullable(), warnings: z.array(z.string()) }),
  ),
  import: method(
    'Import a .journey.json text as a new draft journey (never overwrites). Refused as a whole with BAD_INPUT, naming JSON paths, when anything is wrong.',
    z
      .object({
        content: z.string().max(MAX_JOURNEY_FILE_BYTES, 'A journey file is at most 5 MiB'),
        fileName: z.string().max(500).optional(),
      })
      .strict(),
    ImportResultSchema,
  ),
  importFromFile: method(
    "Import through the desktop app's open dialog; null when cancelled. UNAVAILABLE in browser mode.",
    z.object({}).strict().optional(),
    ImportResultSchema.nullable(),
  ),
} as const;
