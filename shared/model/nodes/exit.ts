import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';

export const ExitConfigSchema = z.object({}).strict();
export type ExitConfig = z.infer<typeof ExitConfigSchema>;

export const exitNodeKind = defineNodeKind({
  kind: 'exit',
  group: 'exit',
  label: 'Exit',
  description: 'Ends the journey for the contact.',
  config: ExitConfigSchema,
  defaults: (): ExitConfig => ({}),
  outputs: () => [],
  summary: () => 'End of journey',
});
