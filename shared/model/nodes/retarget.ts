import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';
import { DurationSchema, formatDuration } from '../duration';

export const RetargetConfigSchema = z
  .object({
    /** The event that counts as converting, e.g. "purchase" for the abandoned-cart pattern. */
    conversionEvent: z.string(),
    window: DurationSchema,
  })
  .strict();
export type RetargetConfig = z.infer<typeof RetargetConfigSchema>;

export const retargetNodeKind = defineNodeKind({
  kind: 'retarget',
  group: 'flow',
  label: 'Retargeting',
  description: 'Waits for a conversion (such as a purchase) within a window and branches on whether it happened.',
  config: RetargetConfigSchema,
  defaults: (): RetargetConfig => ({ conversionEvent: 'purchase', window: { amount: 3, unit: 'days' } }),
  outputs: () => [
    { id: 'converted', label: 'Converted' },
    { id: 'notConverted', label: 'Not converted' },
  ],
  summary: (config) =>
    `${config.conversionEvent === '' ? 'Conversion' : config.conversionEvent} within ${formatDuration(config.window)}`,
});
