import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';
import { DurationSchema, formatDuration } from '../duration';

export const WAITABLE_EVENTS = ['clicked', 'opened', 'delivered', 'custom'] as const;

export const WaitForEventConfigSchema = z
  .object({
    event: z.enum(WAITABLE_EVENTS),
    // Kept even when another event is chosen so toggling back to "custom" does not lose it.
    customEventName: z.string(),
    timeout: DurationSchema,
  })
  .strict();
export type WaitForEventConfig = z.infer<typeof WaitForEventConfigSchema>;

function awaitedEventName(config: WaitForEventConfig): string {
  if (config.event !== 'custom') return config.event;
  return config.customEventName === '' ? 'custom event' : config.customEventName;
}

const BUILT_IN_EVENT_LABELS = { clicked: 'Clicked', opened: 'Opened', delivered: 'Delivered' } as const;

function eventOutputLabel(config: WaitForEventConfig): string {
  if (config.event !== 'custom') return BUILT_IN_EVENT_LABELS[config.event];
  return config.customEventName === '' ? 'Custom event' : config.customEventName;
}

export const waitForEventNodeKind = defineNodeKind({
  kind: 'waitForEvent',
  group: 'flow',
  label: 'Wait for event',
  description: 'Waits until the contact does something (clicks, opens, a custom event) or a timeout passes.',
  config: WaitForEventConfigSchema,
  defaults: (): WaitForEventConfig => ({ event: 'clicked', customEventName: '', timeout: { amount: 1, unit: 'days' } }),
  outputs: (config) => [
    { id: 'event', label: eventOutputLabel(config) },
    { id: 'timeout', label: 'Timed out' },
  ],
  summary: (config) => `Wait for ${awaitedEventName(config)} · timeout ${formatDuration(config.timeout)}`,
});
