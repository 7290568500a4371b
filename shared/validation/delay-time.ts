/**
 * Reading the times a delay waits until. The model stores a date at minute precision as
 * "YYYY-MM-DDTHH:MM", read in the contact's time zone, or with a trailing "Z" for UTC; a time of
 * day as "HH:MM" on a 24-hour clock.
 */

const TIME_OF_DAY = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const DELAY_DATE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(Z?)$/;

export function isTimeOfDay(time: string): boolean {
  return TIME_OF_DAY.test(time);
}

/**
 * The instant a delay date stands for, in milliseconds since the epoch, or null when it is not a
 * real date and time (a 31st of April, hour 24). A date without "Z" is taken as that wall-clock
 * time in UTC: the contact's zone is only known when the journey runs, and this keeps the answer
 * the same on every machine. A date within a day of now may therefore already have passed in some
 * zones and not yet in others; the past-date check is a guard against typos and stale journeys,
 * not a promise about any one contact.
 */
export function delayDateInstant(date: string): number | null {
  const match = DELAY_DATE.exec(date);
  if (match === null) return null;
  const [year, month, day, hour, minute] = match.slice(1, 6).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return null;
  const instant = Date.UTC(year, month - 1, day, hour, minute);
  // Date.UTC rolls 31 April over into 1 May; a date that does not round-trip does not exist.
  return new Date(instant).getUTCDate() === day ? instant : null;
}
