import { z } from 'zod';
import { defineNodeKind, nextOutput } from './define-node-kind';

export const ProfileUpdateSchema = z
  .object({
    field: z.string(),
    // null clears the field; strings may be Liquid expressions rendered per contact.
    value: z.union([z.string(), z.number(), z.boolean(), z.null()], {
      error: 'Expected a string, number, boolean or null',
    }),
  })
  .strict();
export type ProfileUpdate = z.infer<typeof ProfileUpdateSchema>;

export const UpdateProfileConfigSchema = z.object({ updates: z.array(ProfileUpdateSchema) }).strict();
export type UpdateProfileConfig = z.infer<typeof UpdateProfileConfigSchema>;

function describeUpdates(updates: readonly ProfileUpdate[]): string {
  const [first] = updates;
  if (first === undefined) return 'No updates';
  if (updates.length === 1) return `Set ${first.field} = ${String(first.value)}`;
  if (updates.length === 2) return `Set ${updates.map((update) => update.field).join(', ')}`;
  return `Set ${updates.length} fields`;
}

export const updateProfileNodeKind = defineNodeKind({
  kind: 'updateProfile',
  group: 'flow',
  label: 'Update profile',
  description: "Writes values to the contact's profile fields.",
  config: UpdateProfileConfigSchema,
  defaults: (): UpdateProfileConfig => ({ updates: [] }),
  outputs: nextOutput,
  summary: (config) => describeUpdates(config.updates),
});
