import { z } from 'zod';
import { method } from './define';
import { IdSchema } from './entities';

const VersionSchema = z.number().int().positive();

const CountersShape = {
  entered: z.number().int().nonnegative(),
  sent: z.number().int().nonnegative(),
  delivered: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  fellBack: z.number().int().nonnegative(),
  clicked: z.number().int().nonnegative(),
  converted: z.number().int().nonnegative(),
  exited: z.number().int().nonnegative(),
};
export const STEP_COUNTERS = Object.keys(CountersShape) as (keyof typeof CountersShape)[];
export type StepCounter = (typeof STEP_COUNTERS)[number];

export const StepStatisticsSchema = z.object({
  nodeId: z.string(),
  label: z.string(),
  kind: z.string(),
  ...CountersShape,
  /** Runs on this step now (waiting, or being sent). */
  inFlight: z.number().int().nonnegative(),
  /**
   * Of the contacts who left the steps right before this one, the share who came here (0–1); null
   * for entry steps and while none has left them.
   */
  conversion: z.number().min(0).max(1).nullable(),
});
export type StepStatistics = z.infer<typeof StepStatisticsSchema>;

export const JourneyStatisticsSchema = z.object({
  journeyId: z.string(),
  name: z.string(),
  /** Every frozen version, oldest first; statistics are per version. */
  versions: z.array(VersionSchema),
  /** The version these figures are for: the one asked for, else the live one, else the newest. */
  version: VersionSchema.nullable(),
  /** The version's steps in its own order. */
  steps: z.array(StepStatisticsSchema),
  /** The step with the lowest conversion (first in order on a tie); null when none has one. */
  lowestConversion: z.string().nullable(),
  totals: z.object({
    entered: z.number().int().nonnegative(),
    inFlight: z.number().int().nonnegative(),
    converted: z.number().int().nonnegative(),
  }),
});
export type JourneyStatistics = z.infer<typeof JourneyStatisticsSchema>;

export const JourneyFiguresSchema = z.object({
  journeyId: z.string(),
  inFlight: z.number().int().nonnegative(),
  /** Runs started, every version. */
  entered: z.number().int().nonnegative(),
  /** Runs that reached the journey goal, every version. */
  converted: z.number().int().nonnegative(),
});
export type JourneyFigures = z.infer<typeof JourneyFiguresSchema>;

export const RUN_STATES = ['inFlight', 'ended', 'all'] as const;

export const RunsQuerySchema = z
  .object({
    journeyId: IdSchema,
    version: VersionSchema.optional(),
    /** Runs whose current (or last) step is this one. */
    nodeId: z.string().min(1).max(128).optional(),
    contactId: z.string().min(1).max(256).optional(),
    state: z.enum(RUN_STATES).default('inFlight'),
    /** The `nextCursor` of the previous page. */
    cursor: z.string().max(40).optional(),
    limit: z.number().int().positive().max(500).default(50),
  })
  .strict();
export type RunsQuery = z.input<typeof RunsQuerySchema>;

export const RunSummarySchema = z.object({
  runId: z.number().int(),
  contactId: z.string(),
  version: z.number().int(),
  nodeId: z.string(),
  stepLabel: z.string().nullable(),
  status: z.enum(['active', 'waiting', 'effect', 'ended']),
  outcome: z.enum(['completed', 'exited', 'converted', 'stopped']).nullable(),
  /** ISO 8601 times. */
  startedAt: z.string(),
  updatedAt: z.string(),
  endedAt: z.string().nullable(),
  /** When the run next wakes up by itself (a delay, a timeout, quiet hours), and why. */
  nextWakeAt: z.string().nullable(),
  wakePurpose: z.string().nullable(),
  /** The event the run waits for, if any. */
  waitingFor: z.string().nullable(),
});
export type RunSummary = z.infer<typeof RunSummarySchema>;

export const RunsPageSchema = z.object({
  items: z.array(RunSummarySchema),
  nextCursor: z.string().nullable(),
});
export type RunsPage = z.infer<typeof RunsPageSchema>;

export const TimelineItemSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('step'),
    at: z.string(),
    nodeId: z.string(),
    stepLabel: z.string().nullable(),
    kind: z.string().nullable(),
    decision: z.string(),
    /** The decision in words, from what the engine recorded at the time. */
    reason: z.string(),
    detail: z.record(z.string(), z.unknown()),
  }),
  z.object({
    type: z.literal('attempt'),
    at: z.string(),
    nodeId: z.string(),
    stepLabel: z.string().nullable(),
    channel: z.string(),
    attempt: z.number().int(),
    fallbackIndex: z.number().int(),
    status: z.string(),
    error: z.string().nullable(),
    idempotencyKey: z.string(),
  }),
  z.object({
    type: z.literal('event'),
    at: z.string(),
    eventId: z.string(),
    name: z.string(),
    properties: z.record(z.string(), z.unknown()),
  }),
]);
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

export const ContactTimelineSchema = z.object({
  journeyId: z.string(),
  journeyName: z.string(),
  contactId: z.string(),
  /** Each run of the contact in the journey, oldest first, with everything that happened in it. */
  runs: z.array(
    RunSummarySchema.extend({
      items: z.array(TimelineItemSchema),
    }),
  ),
});
export type ContactTimeline = z.infer<typeof ContactTimelineSchema>;

export const JourneyChartsSchema = z.object({
  version: VersionSchema.nullable(),
  /** Entries per step over time, in evenly spaced buckets (`bucketMs` wide) ending now. */
  bucketMs: z.number().int().positive(),
  entries: z.array(
    z.object({ nodeId: z.string(), points: z.array(z.object({ at: z.string(), count: z.number().int() })) }),
  ),
  /** From entry to goal, every version. */
  funnel: z.array(
    z.object({
      version: VersionSchema,
      entered: z.number().int(),
      sent: z.number().int(),
      delivered: z.number().int(),
      clicked: z.number().int(),
      converted: z.number().int(),
    }),
  ),
  /** Per message step and channel: messages delivered, sends failed, contacts moved to the next channel. */
  channels: z.array(
    z.object({
      nodeId: z.string(),
      channel: z.string(),
      delivered: z.number().int(),
      failed: z.number().int(),
      fellBack: z.number().int(),
    }),
  ),
});
export type JourneyCharts = z.infer<typeof JourneyChartsSchema>;

export const ExportedFileSchema = z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFileSchema>;

const JourneyVersionInput = z.object({ journeyId: IdSchema, version: VersionSchema.optional() }).strict();
const ContactInJourney = z.object({ journeyId: IdSchema, contactId: z.string().min(1).max(256) }).strict();

export const statsService = {
  journey: method(
    "A journey version's statistics per step: counters, in flight, conversion, the lowest-conversion step.",
    JourneyVersionInput,
    JourneyStatisticsSchema,
  ),
  dashboard: method(
    'In flight, entered and converted for every journey that has run.',
    z.object({}).strict().optional(),
    z.array(JourneyFiguresSchema),
  ),
  runs: method(
    'Runs of a journey, a page at a time, oldest first: filter by version, step, contact, state.',
    RunsQuerySchema,
    RunsPageSchema,
  ),
  timeline: method(
    "A contact's path through a journey: steps with the reason for each decision, message attempts, events.",
    ContactInJourney,
    ContactTimelineSchema,
  ),
  charts: method(
    'Entries per step over time, the funnel by version, message outcomes by channel.',
    JourneyVersionInput.extend({
      hours: z
        .number()
        .int()
        .positive()
        .max(24 * 90)
        .default(24),
    }).strict(),
    JourneyChartsSchema,
  ),
  exportCsv: method("A version's statistics as CSV text.", JourneyVersionInput, ExportedFileSchema),
  exportTimeline: method("A contact's timeline in a journey as JSON text.", ContactInJourney, ExportedFileSchema),
} as const;
