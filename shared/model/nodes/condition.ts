import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';
import { FilterSchema, describeFilter, emptyFilter } from '../filter';

export const CONDITION_SOURCES = ['profile', 'event'] as const;

export const ConditionConfigSchema = z
  .object({
    /** Whether the rules read the contact's profile or the data of the event that triggered the journey. */
    source: z.enum(CONDITION_SOURCES),
    filter: FilterSchema,
  })
  .strict();
export type ConditionConfig = z.infer<typeof ConditionConfigSchema>;

export const conditionNodeKind = defineNodeKind({
  kind: 'condition',
  group: 'flow',
  label: 'Condition',
  description: 'Sends each contact down "Yes" or "No" depending on profile or event data.',
  config: ConditionConfigSchema,
  defaults: (): ConditionConfig => ({ source: 'profile', filter: emptyFilter() }),
  outputs: () => [
    { id: 'yes', label: 'Yes' },
    { id: 'no', label: 'No' },
  ],
  summary: (config) => `${config.source === 'profile' ? 'Profile' : 'Event'}: ${describeFilter(config.filter)}`,
});
