import { z } from 'zod';

/** Canvas coordinates; z.number() already rejects NaN and ±Infinity, which would break layout. */
export const PositionSchema = z.object({ x: z.number(), y: z.number() }).strict();
export type Position = z.infer<typeof PositionSchema>;

export const SizeSchema = z
  .object({
    width: z.number().positive(),
    height: z.number().positive(),
  })
  .strict();
export type Size = z.infer<typeof SizeSchema>;
