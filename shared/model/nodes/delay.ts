import { z } from 'zod';
import { defineNodeKind, nextOutput } from './define-node-kind';
import { DurationSchema, formatDuration } from '../duration';
import { DraftTimeOfDaySchema } from '../time-of-day';
import { discriminatorError } from '../discriminator-error';

export const DELAY_MODES = ['duration', 'timeOfDay', 'date'] as const;

const DATE_MESSAGE =
  'Expected a date and time as YYYY-MM-DDTHH:MM (optionally ending in Z for UTC), or empty while not chosen';

/**
 * Minute precision, as an <input type="datetime-local"> yields. Without a zone it is read in the
 * contact's time zone (like timeOfDay); a trailing "Z" pins it to UTC. Empty while not chosen.
 * The message is also on the datetime member because, for string input, zod reports that
 * member's issue rather than the union's.
 */
const DelayUntilDateSchema = z.union(
  [z.literal(''), z.iso.datetime({ local: true, precision: -1, error: DATE_MESSAGE })],
  { error: DATE_MESSAGE },
);

export const DelayConfigSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('duration'), duration: DurationSchema }).strict(),
    z.object({ mode: z.literal('timeOfDay'), time: DraftTimeOfDaySchema }).strict(),
    z.object({ mode: z.literal('date'), date: DelayUntilDateSchema }).strict(),
  ],
  { error: discriminatorError('delay mode', 'mode', DELAY_MODES) },
);
export type DelayConfig = z.infer<typeof DelayConfigSchema>;

function describeDelay(config: DelayConfig): string {
  switch (config.mode) {
    case 'duration':
      return formatDuration(config.duration);
    case 'timeOfDay':
      return config.time === '' ? 'Until a time of day (not set)' : `until ${config.time}`;
    case 'date': {
      if (config.date === '') return 'Until a date (not set)';
      const shown = config.date.replace('T', ' ');
      return `until ${shown.endsWith('Z') ? `${shown.slice(0, -1)} UTC` : shown}`;
    }
  }
}

export const delayNodeKind = defineNodeKind({
  kind: 'delay',
  group: 'flow',
  label: 'Delay',
  description: "Holds contacts for a duration, or until a time of day or a date in the contact's time zone.",
  config: DelayConfigSchema,
  defaults: (): DelayConfig => ({ mode: 'duration', duration: { amount: 1, unit: 'days' } }),
  outputs: nextOutput,
  summary: describeDelay,
});
