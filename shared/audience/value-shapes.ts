/**
 * The exact text shapes stored date and date-time values have. Both the evaluator (regex) and the
 * SQL translation (GLOB) accept a value only in this shape and treat anything else as unset, so
 * comparing them as strings is comparing them in time, and the two agree on odd data.
 */

/** A calendar date: 2024-05-01. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]';

/** An instant in UTC with milliseconds, exactly as Date.prototype.toISOString writes it. */
export const DATE_TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const DATE_TIME_GLOB = `${DATE_GLOB}T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z`;

export const DAY_MS = 86_400_000;

/** The UTC calendar date of an instant. */
export function utcDateOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** A YYYY-MM-DD date moved by whole days (negative goes back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The first instant of a YYYY-MM-DD day, in UTC. */
export function startOfUtcDay(date: string): string {
  return `${date}T00:00:00.000Z`;
}

const LAST_INSTANT = '9999-12-31T23:59:59.999Z';

/**
 * A canonical ISO instant moved by some milliseconds. Past the year 9999 toISOString switches to
 * "+010000-…", which sorts before every date; a bound out there becomes the last instant followed
 * by "~", which sorts after every stored value instead (in JS and in SQLite alike: it is ASCII).
 */
export function shiftMs(instant: string, ms: number): string {
  const shifted = new Date(Date.parse(instant) + ms).toISOString();
  return shifted.startsWith('+') ? `${LAST_INSTANT}~` : shifted;
}
