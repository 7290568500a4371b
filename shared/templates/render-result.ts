import { z } from 'zod';
import { ChannelSchema } from '../model/channel';
import { normaliseDisplayText } from '../model/display-text';

export const DiagnosticSourceSchema = z.enum(['liquid', 'mjml', 'limit', 'json', 'variable']);

/** One problem found while rendering, pointing at a field of the template and, where known, a line. */
export const RenderDiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning']),
  source: DiagnosticSourceSchema,
  /** The content field, e.g. "mjml", "subject", "body", "buttons[1].url". */
  field: z.string(),
  message: z.string(),
  line: z.number().int().positive().optional(),
  column: z.number().int().positive().optional(),
});
export type RenderDiagnostic = z.infer<typeof RenderDiagnosticSchema>;

export const SmsCountSchema = z.object({
  encoding: z.enum(['GSM-7', 'UCS-2']),
  /** Characters as the network counts them: GSM extension characters count 2, UCS-2 counts UTF-16 units. */
  units: z.number().int().nonnegative(),
  /** Characters as a person counts them (grapheme-ish: code points). */
  characters: z.number().int().nonnegative(),
  segments: z.number().int().nonnegative(),
  /** Units that still fit in the last segment. */
  remainingInSegment: z.number().int().nonnegative(),
  perSegment: z.number().int().positive(),
  /** The first character that forces UCS-2, when the encoding is UCS-2. */
  firstUcs2Character: z.string().nullable(),
});
export type SmsCount = z.infer<typeof SmsCountSchema>;

/**
 * What the one rendering pipeline returns, for previews, test sends and the sender alike.
 * `output` holds the rendered fields of the channel (strings after Liquid; for email also html and text;
 * for SMS also the counter). It is a record so every channel's shape fits without a union per channel.
 */
export const RenderResultSchema = z.object({
  channel: ChannelSchema,
  /** False when any diagnostic is an error; the output then holds what could be rendered. */
  ok: z.boolean(),
  output: z.record(z.string(), z.unknown()),
  sms: SmsCountSchema.optional(),
  diagnostics: z.array(RenderDiagnosticSchema),
  variables: z.object({
    /** Every variable path the template reads, e.g. "customer.first_name". */
    used: z.array(z.string()),
    /** Used but provided neither by the sample profile nor by the defined customer fields. */
    undefined: z.array(z.string()),
    /**
     * `customer.<key>` variables the sample profile fills although no customer field is called
     * <key>: the preview shows them, real contacts do not have them. Results stored before this
     * was checked (in the outbox) read as having none.
     */
    notCustomerFields: z.array(z.string()).default([]),
  }),
  /** True when this result came from the cache. */
  cached: z.boolean(),
  renderMs: z.number().nonnegative(),
});
export type RenderResult = z.infer<typeof RenderResultSchema>;

/** A sample profile the previews render with: customer, order and event data as JSON. */
export const SampleProfileDataSchema = z
  .object({
    customer: z.record(z.string(), z.unknown()).default({}),
    order: z.record(z.string(), z.unknown()).default({}),
    event: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();
export type SampleProfileData = z.infer<typeof SampleProfileDataSchema>;

/** A sample profile's name as given, by the one rule for names people see (as journeys, templates and lists follow it). */
export const SampleProfileNameInputSchema = z
  .string()
  .overwrite(normaliseDisplayText)
  .min(1, 'A sample profile needs a name (with at least one visible character)')
  .max(100, 'A sample profile name is at most 100 characters');

export const SampleProfileSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, 'A sample profile needs a name').max(100),
  data: SampleProfileDataSchema,
  isDefault: z.boolean(),
  updatedAt: z.string(),
});
export type SampleProfile = z.infer<typeof SampleProfileSchema>;
