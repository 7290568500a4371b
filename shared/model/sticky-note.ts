import { z } from 'zod';
import { IdSchema } from './ids';
import { PositionSchema, SizeSchema } from './geometry';
import { NoteTextSchema } from './journey-limits';

/** A palette rather than free colours, so notes stay legible in both the light and the dark theme. */
export const NOTE_COLORS = ['yellow', 'blue', 'green', 'pink', 'purple', 'gray'] as const;

export const StickyNoteSchema = z
  .object({
    id: IdSchema,
    text: NoteTextSchema,
    position: PositionSchema,
    size: SizeSchema,
    color: z.enum(NOTE_COLORS).optional(),
  })
  .strict();
export type StickyNote = z.infer<typeof StickyNoteSchema>;
