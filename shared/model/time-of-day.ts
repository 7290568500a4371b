import { z } from 'zod';

const HH_MM = '(?:[01]\\d|2[0-3]):[0-5]\\d';
const TIME_MESSAGE = 'Expected a 24-hour time as HH:MM, e.g. "09:00"';

/** A wall-clock time such as "21:30"; used where a value always exists (settings). */
export const TimeOfDaySchema = z.string().regex(new RegExp(`^${HH_MM}$`), { error: TIME_MESSAGE });

/** Same, but empty is allowed so a half-configured step can still be saved as a draft. */
export const DraftTimeOfDaySchema = z
  .string()
  .regex(new RegExp(`^(?:${HH_MM})?$`), { error: `${TIME_MESSAGE}, or empty while not chosen` });
