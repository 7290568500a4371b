import { z } from 'zod';
import { method } from './define';
import { IdSchema } from './entities';

const DURATION_UNITS: Record<string, number> = { s: 1000, m: 60_000, min: 60_000, h: 3600_000, d: 86_400_000 };
const MAX_SIMULATED_MS = 366 * 86_400_000;

const NEGATIVE_DELAY = 'A delay cannot be negative: a scripted event happens after the contact enters';
const DELAY_TEXT = /^(\d+(?:\.\d+)?)\s*(s|m|min|h|d)$/;

/** "2h", "30m", "3d", "90s" or a number of milliseconds: how long after the contact's entry. */
export const SimulatedDelaySchema = z.union([
  z.number().int().nonnegative(NEGATIVE_DELAY).max(MAX_SIMULATED_MS, 'A delay is at most 366 days'),
  z
    .string()
    .trim()
    .superRefine((text, ctx) => {
      // One message per mistake: "-2h" is negative, not badly written.
      if (text.startsWith('-')) ctx.addIssue({ code: 'custom', message: NEGATIVE_DELAY });
      else if (!DELAY_TEXT.test(text))
        ctx.addIssue({ code: 'custom', message: 'Write a delay as a number and a unit: "90s", "30m", "2h" or "3d"' });
      else if (delayMs(text) > MAX_SIMULATED_MS)
        ctx.addIssue({ code: 'custom', message: 'A delay is at most 366 days' });
    }),
]);

export function delayMs(delay: z.infer<typeof SimulatedDelaySchema>): number {
  if (typeof delay === 'number') return delay;
  const [, amount, unit] = DELAY_TEXT.exec(delay.trim())!;
  return Math.round(Number(amount) * DURATION_UNITS[unit!]!);
}

/**
 * One later event of the script. `message.clicked` / `message.opened` without an `idempotencyKey`
 * property act on the contact's latest message at that moment.
 */
export const ScriptedEventSchema = z
  .object({
    after: SimulatedDelaySchema,
    name: z.string().trim().min(1, 'Name the event').max(200),
    properties: z.record(z.string(), z.unknown()).default({}),
    /** Only this contact; every simulated contact when absent. */
    customerId: z.string().min(1).max(200).optional(),
  })
  .strict();
export type ScriptedEvent = z.input<typeof ScriptedEventSchema>;

export const EntryEventSchema = z
  .object({ name: z.string().trim().min(1).max(200), properties: z.record(z.string(), z.unknown()).default({}) })
  .strict();

const MAX_PROFILES = 10_000;

/** Who is simulated: a contact of the database, a sample profile, or a profile typed in (its fields). */
export const SimulatedProfileSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('contact'), customerId: z.string().trim().min(1).max(200) }).strict(),
  z.object({ type: z.literal('sample'), profileId: IdSchema }).strict(),
  z.object({ type: z.literal('profile'), fields: z.record(z.string(), z.unknown()) }).strict(),
  /** Made-up profiles (`generated-1`, …) with values for the fields the journey reads; the same seed makes the same ones. */
  z
    .object({
      type: z.literal('generated'),
      count: z
        .number()
        .int()
        .min(1, 'Generate at least 1 profile')
        .max(MAX_PROFILES, `Generate at most ${MAX_PROFILES} profiles`),
      seed: z.number().int().optional(),
    })
    .strict(),
]);

export type SimulatedProfile = z.infer<typeof SimulatedProfileSchema>;

export const SimulationRunInputSchema = z
  .object({
    journeyId: IdSchema,
    /** A frozen version; the journey's current document (its draft) when absent. */
    version: z.number().int().positive().optional(),
    profiles: z
      .array(SimulatedProfileSchema)
      .min(1, 'Pick at least one profile')
      .max(MAX_PROFILES)
      .refine(
        (profiles) =>
          profiles.reduce((sum, profile) => sum + (profile.type === 'generated' ? profile.count : 1), 0) <=
          MAX_PROFILES,
        `Simulate at most ${MAX_PROFILES} profiles at once`,
      ),
    entryEvent: EntryEventSchema.optional(),
    events: z.array(ScriptedEventSchema).max(1000).default([]),
    /** How long to let the journey run, in simulated time (ms); 60 days when absent. */
    horizonMs: z.number().int().positive().max(MAX_SIMULATED_MS).optional(),
    /**
     * Timelines (every step, every message as rendered) come back for the first this many profiles
     * and for those named in `timelineOf`; the others with their path and ending only (`timelineLeftOut`),
     * which keeps a run of thousands small. Every profile's when absent.
     */
    timelinesFor: z.number().int().nonnegative().max(MAX_PROFILES).optional(),
    /** Customer IDs whose timelines come back whatever `timelinesFor` says: a profile picked later, run again. */
    timelineOf: z.array(z.string().min(1).max(200)).max(100).optional(),
  })
  .strict();
export type SimulationRunInput = z.input<typeof SimulationRunInputSchema>;

export const SimulatedStepSchema = z.object({
  /** A step-log line, a message as sent, a send attempt that failed (with the error), or an event of the script. */
  kind: z.enum(['step', 'message', 'attempt', 'event']),
  at: z.string(),
  /** The same moment in the contact's time zone (the journey's when the contact has none). */
  localTime: z.string(),
  nodeId: z.string().nullable(),
  label: z.string(),
  /** The engine's recorded decision, and in words. */
  decision: z.string(),
  reason: z.string(),
  detail: z.record(z.string(), z.unknown()),
  message: z
    .object({ channel: z.string(), recipient: z.string(), idempotencyKey: z.string(), rendered: z.unknown() })
    .nullable(),
});
export type SimulatedStep = z.infer<typeof SimulatedStepSchema>;

export const SimulatedContactSchema = z.object({
  customerId: z.string(),
  timeZone: z.string(),
  /** How the contact's last run ended (`completed`, `converted`, `exited`, …), null while still in the journey or never entered. */
  outcome: z.string().nullable(),
  entered: z.boolean(),
  path: z.array(z.string()),
  /** `edges[i]` is the connection followed from `path[i]` to `path[i + 1]`; null where a later run starts over. */
  edges: z.array(z.string().nullable()),
  steps: z.array(SimulatedStepSchema),
  /** True when the run left this profile's steps out (see `timelinesFor`): ask for them with `timelineOf`. */
  timelineLeftOut: z.boolean().optional(),
});
export type SimulatedContact = z.infer<typeof SimulatedContactSchema>;

export const SimulationResultSchema = z.object({
  journeyId: z.string(),
  version: z.number().nullable(),
  startedAt: z.string(),
  endedAt: z.string(),
  contacts: z.array(SimulatedContactSchema),
  /** Each distinct path (step ids in order) with how many contacts took it, most taken first. */
  paths: z.array(z.object({ path: z.array(z.string()), labels: z.array(z.string()), count: z.number() })),
  /** Contacts who entered each step. */
  stepCounts: z.record(z.string(), z.number()),
  /** Contacts who followed each connection. */
  edgeCounts: z.record(z.string(), z.number()),
});
export type SimulationResult = z.infer<typeof SimulationResultSchema>;

export const simulationService = {
  run: method(
    'Run a journey (its draft or a version) for some profiles on a simulated clock in a scratch database, with a script of later events; nothing real is sent or counted.',
    SimulationRunInputSchema,
    SimulationResultSchema,
  ),
  prepare: method(
    'Starts what a run of this journey needs before the first Run (the email renderer, when it sends email), so that run does not wait for it; answers whether it sends email.',
    z.object({ journeyId: IdSchema, version: z.number().int().positive().optional() }).strict(),
    z.object({ email: z.boolean() }),
  ),
} as const;
