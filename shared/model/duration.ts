import { z } from 'zod';

export const DURATION_UNITS = ['minutes', 'hours', 'days', 'weeks'] as const;

export const DurationSchema = z
  .object({
    amount: z.number().int().nonnegative(),
    unit: z.enum(DURATION_UNITS),
  })
  .strict();
export type Duration = z.infer<typeof DurationSchema>;

/** "1 day", "2 days", "30 minutes" — the wording the canvas summaries use. */
export function formatDuration({ amount, unit }: Duration): string {
  const singular = unit.slice(0, -1);
  return `${amount} ${amount === 1 ? singular : unit}`;
}
