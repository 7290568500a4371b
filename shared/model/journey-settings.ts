import { z } from 'zod';
import { ChannelSchema } from './channel';
import { TimeOfDaySchema } from './time-of-day';
import { discriminatorError } from './discriminator-error';
import { canonicalTimeZone } from '../audience/parse/time-zone';

export const PERSONAS = ['customer', 'seller'] as const;
export const MOVEMENT_TYPES = ['forward', 'reverse'] as const;
export const RE_ENTRY_MODES = ['never', 'always', 'after-period'] as const;

/** BCP-47-ish: a 2–3 letter language, then optional subtags ("en", "pt-BR", "zh-Hant-TW"). */
const LanguageCodeSchema = z
  .string()
  .regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'Expected a language code such as "en" or "pt-BR"' });

/** A zone the runtime knows (its IANA list, UTC and aliases), checked as contacts' zones are. */
const TimeZoneSchema = z.string().refine((zone) => zone === zone.trim() && canonicalTimeZone(zone) !== null, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not a known time zone; expected an IANA time zone such as "UTC" or "Europe/Madrid"`,
});

const WholeHoursSchema = z.number().int().positive();

export const QuietHoursSchema = z
  .object({
    enabled: z.boolean(),
    /** Messages due between start and end wait until end; start > end spans midnight. */
    start: TimeOfDaySchema,
    end: TimeOfDaySchema,
  })
  .strict();

/** What a message over the cap does: wait until the cap allows it, or skip it and go on. */
export const FREQUENCY_CAP_ACTIONS = ['wait', 'skip'] as const;

export const FrequencyCapSchema = z
  .object({
    enabled: z.boolean(),
    maxMessages: z.number().int().positive(),
    periodHours: WholeHoursSchema,
    /** Absent: wait. */
    whenOver: z.enum(FREQUENCY_CAP_ACTIONS, { error: 'Expected "wait" or "skip"' }).optional(),
  })
  .strict();

export const ReEntrySchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('never') }).strict(),
    z.object({ mode: z.literal('always') }).strict(),
    z.object({ mode: z.literal('after-period'), periodHours: WholeHoursSchema }).strict(),
  ],
  { error: discriminatorError('re-entry mode', 'mode', RE_ENTRY_MODES) },
);

export const GoalSchema = z
  .object({
    eventName: z.string(),
    windowHours: WholeHoursSchema,
  })
  .strict();

/** Where Guided Mode left a journey it set up: the wizard's step, and whether "Create journey" was pressed. */
export const GUIDED_STEPS = ['channel', 'events', 'configure'] as const;
export const GuidedSetupSchema = z
  .object({
    step: z.enum(GUIDED_STEPS, { error: 'Expected "channel", "events" or "configure"' }),
    /** The user asked for it to run: until it does, its errors show it as Broken rather than unfinished. */
    createRequested: z.boolean(),
  })
  .strict();
export type GuidedSetup = z.infer<typeof GuidedSetupSchema>;

export const JourneySettingsSchema = z
  .object({
    primaryChannel: ChannelSchema,
    persona: z.enum(PERSONAS),
    movementType: z.enum(MOVEMENT_TYPES),
    languages: z.array(LanguageCodeSchema),
    courierAccounts: z.array(z.string()),
    orderTypes: z.array(z.string()),
    timeZone: TimeZoneSchema.default('UTC'),
    quietHours: QuietHoursSchema,
    frequencyCap: FrequencyCapSchema,
    reEntry: ReEntrySchema,
    /** The conversion the journey is judged by; null when it has none. */
    goal: GoalSchema.nullable(),
    /** Present on journeys made in Guided or Quick Mode: reopening the wizard resumes here. */
    guided: GuidedSetupSchema.optional(),
  })
  .strict();
export type JourneySettings = z.infer<typeof JourneySettingsSchema>;

export function defaultJourneySettings(): JourneySettings {
  return {
    primaryChannel: 'email',
    persona: 'customer',
    movementType: 'forward',
    languages: ['en'],
    courierAccounts: [],
    orderTypes: [],
    timeZone: 'UTC',
    quietHours: { enabled: false, start: '21:00', end: '08:00' },
    frequencyCap: { enabled: false, maxMessages: 3, periodHours: 24 },
    reEntry: { mode: 'never' },
    goal: null,
  };
}
