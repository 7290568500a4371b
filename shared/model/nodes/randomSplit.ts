import { z } from 'zod';
import { defineNodeKind } from './define-node-kind';

export const SplitBranchSchema = z
  .object({
    /** Stable output handle id: edges keep pointing at the branch when it is relabelled or reordered. */
    id: z.string().min(1),
    label: z.string(),
    percent: z.number().min(0).max(100),
  })
  .strict();
export type SplitBranch = z.infer<typeof SplitBranchSchema>;

export const RandomSplitConfigSchema = z
  .object({
    // Percentages need not add up to 100 in a draft (that is the validator's call), but branch ids
    // become output handles, so a duplicate would make two outputs indistinguishable.
    branches: z.array(SplitBranchSchema).superRefine((branches, ctx) => {
      const seen = new Set<string>();
      branches.forEach((branch, index) => {
        if (seen.has(branch.id)) {
          ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `Duplicate branch id "${branch.id}"` });
        }
        seen.add(branch.id);
      });
    }),
  })
  .strict();
export type RandomSplitConfig = z.infer<typeof RandomSplitConfigSchema>;

export const randomSplitNodeKind = defineNodeKind({
  kind: 'randomSplit',
  group: 'flow',
  label: 'Random paths',
  description: 'Splits contacts at random between paths by percentage, e.g. for A/B tests.',
  config: RandomSplitConfigSchema,
  defaults: (): RandomSplitConfig => ({
    branches: [
      { id: 'a', label: 'Path A', percent: 50 },
      { id: 'b', label: 'Path B', percent: 50 },
    ],
  }),
  outputs: (config) => config.branches.map(({ id, label }) => ({ id, label })),
  summary: (config) =>
    config.branches.length === 0 ? 'No paths' : config.branches.map((branch) => `${branch.percent}%`).join(' / '),
});
