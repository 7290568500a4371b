import { z } from 'zod';
import { method } from './define';

export const SENDER_STATES = ['sending', 'standby', 'off'] as const;

/**
 * Whether this Journey Studio sends. Only one process per data folder does (it holds the sending
 * lease); another one on the same folder stands by and takes over when the lease runs out.
 */
export const SenderStatusSchema = z.object({
  /**
   * sending: this one runs the journeys; standby: another one on this data folder does; off: no
   * engine runs in this one (a one-shot command, or its engine is starting).
   */
  state: z.enum(SENDER_STATES),
  /** When the earliest pending step (a send, the end of a wait) of an unpaused journey is due, or null. */
  nextDueAt: z.string().nullable(),
});
export type SenderStatus = z.infer<typeof SenderStatusSchema>;

export const senderService = {
  status: method(
    'Whether this process sends, or another one on the same data folder holds the sending lease.',
    z.object({}).strict().optional(),
    SenderStatusSchema,
  ),
} as const;

export const SenderChangedEventSchema = SenderStatusSchema;
