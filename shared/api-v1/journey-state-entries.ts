import { z } from 'zod';

/**
 * The journey state entity: named values a publisher keeps with a journey on this server, read by
 * every message of the journey when it is sent as {{ journey.state.NAME }} (and by a message
 * step's variables as journey.state.NAME). They change what runs without publishing a version:
 * a discount code, an end date, a campaign's headline.
 */
export const MAX_STATE_VALUE_CHARS = 64 * 1024;

export const StateNameSchema = z
  .string({ error: 'Expected the state name as text' })
  .regex(
    /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
    'A state name starts with a letter or _, then letters, digits or _ (at most 64 characters)',
  );

const StateValueSchema = z
  .json({ error: 'Expected a JSON value' })
  .refine((value) => JSON.stringify(value).length <= MAX_STATE_VALUE_CHARS, {
    message: `A state value is at most ${MAX_STATE_VALUE_CHARS} characters as JSON`,
  });

export const CreateStateEntryInputSchema = z.object({ name: StateNameSchema, value: StateValueSchema }).strict();
export const UpdateStateEntryInputSchema = z.object({ value: StateValueSchema }).strict();

export const StateEntrySchema = z
  .object({
    journeyId: z.string(),
    name: z.string(),
    value: z.json(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** The client key that last set it, by name. */
    updatedBy: z.string(),
  })
  .meta({ description: 'One named value of the journey state, read by its messages as {{ journey.state.NAME }}.' });
export type StateEntry = z.infer<typeof StateEntrySchema>;

export const StateEntriesSchema = z.object({ entries: z.array(StateEntrySchema) });
