import { z } from 'zod';
import type { Channel } from '../model/channel';
import type { FieldDefinition } from '../audience/customer-fields';

/**
 * Stable diagnostic codes: the CLI's --json output, tests and quick fixes key on these, so a code
 * is never renamed or reused for something else. New codes go at the end.
 */
export const DIAGNOSTIC_CODES = [
  'NO_ENTRY',
  'UNREACHABLE_NODE',
  'DEAD_END',
  'CYCLE_WITHOUT_WAIT',
  'SPLIT_PERCENT_SUM',
  'MISSING_TEMPLATE',
  'TEMPLATE_CHANNEL_MISMATCH',
  'TEMPLATE_NOT_FOUND',
  'DUPLICATE_FALLBACK_CHANNEL',
  'INVALID_DELAY',
  'WAIT_WITHOUT_TIMEOUT',
  'EMPTY_CONDITION',
  'UNKNOWN_FIELD',
  'INVALID_WEBHOOK',
  'RETARGET_WITHOUT_EVENT',
  'UNDEFINED_VARIABLE',
  'CHANNEL_NOT_CONFIGURED',
  'MISSING_NAME',
  'TOO_LARGE',
  'DANGLING_EDGE',
  'DUPLICATE_EDGE',
  'INVALID_FILTER',
  'NO_EXIT',
  'MISSING_AUDIENCE',
  'MISSING_EVENT_NAME',
  'TEMPLATE_INVALID',
  'WEBHOOK_SECRET_MISSING',
  'INVALID_DELIVERY_WINDOW',
  'UNKNOWN_SECRET',
] as const;
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const SEVERITIES = ['error', 'warning'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Quick fixes the editor can apply in one click; see shared/validation/quick-fixes.ts. */
export const QUICK_FIX_KINDS = [
  'normalisePercentages',
  'addTimeoutExit',
  'createTemplate',
  'removeEdge',
  'addExit',
  'openField',
  'openChannelSettings',
] as const;
export type QuickFixKind = (typeof QUICK_FIX_KINDS)[number];

export const QuickFixSchema = z.object({ kind: z.enum(QUICK_FIX_KINDS), label: z.string() });
export type QuickFix = z.infer<typeof QuickFixSchema>;

export const DiagnosticSchema = z.object({
  severity: z.enum(SEVERITIES),
  code: z.enum(DIAGNOSTIC_CODES),
  /** What is wrong, naming the step: "Message \"Welcome\" has no template". */
  message: z.string(),
  /** What to do about it: "Pick a template in the inspector or create one". */
  hint: z.string(),
  nodeId: z.string().optional(),
  edgeId: z.string().optional(),
  /** Where in the journey document, as a JSON path: "nodes[3].config.templateId". */
  path: z.string().optional(),
  fix: QuickFixSchema.optional(),
});
export type Diagnostic = z.infer<typeof DiagnosticSchema>;

/** What the validator knows of a template: enough to check channel and variables without rendering. */
export interface ValidationTemplate {
  id: string;
  name: string;
  channel: Channel;
  /** Liquid variable paths the template reads ("customer.firstName", "event.orderId"). */
  variables: readonly string[];
  /** Errors the template has whatever it is rendered with (templateProblems), in the template page's words. */
  problems: readonly string[];
}

/**
 * The world around the journey. Each part is optional: a check whose knowledge is missing is
 * skipped rather than guessed (the CLI has no provider settings, a fresh import no templates yet).
 */
export interface ValidationContext {
  /** Templates by id; without it MISSING_TEMPLATE still fires but TEMPLATE_* and UNDEFINED_VARIABLE do not. */
  templates?: ReadonlyMap<string, ValidationTemplate>;
  /** Built-in plus custom fields; without it UNKNOWN_FIELD only knows the built-in fields. */
  fields?: readonly FieldDefinition[];
  /** Names of the stored secrets; without it UNKNOWN_SECRET is skipped (the CLI validating a file). */
  secretNames?: ReadonlySet<string>;
  /** Channels with a delivery provider set up; without it CHANNEL_NOT_CONFIGURED is skipped. */
  configuredChannels?: ReadonlySet<Channel>;
  /** "Now" for dates in the past; without it that check is skipped (keeps the function pure). */
  now?: Date;
  /** TOO_LARGE threshold; MAX_JOURNEY_NODES unless given. */
  maxNodes?: number;
}

/**
 * Above this many steps a journey gets a TOO_LARGE warning: the canvas stays smooth well past it
 * (see test/bench/canvas), but a journey this big is hard for people to review and usually wants
 * splitting into several journeys.
 */
export const MAX_JOURNEY_NODES = 1000;

/** A journey whose current version has an error is shown as Broken and cannot be activated. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}
