import { parsed, quote, rejected, type Parsed } from './result';
import { wallTimeToUtc } from './time-zone';

/**
 * How to read numeric dates such as 05/06/2024 whose day and month could be swapped. Without it,
 * such a date is accepted only when it can be read one way (13/05/2024, 05/13/2024, 05/05/2024).
 */
export type DateOrder = 'dayFirst' | 'monthFirst';

export interface DateParseOptions {
  dateOrder?: DateOrder;
}

export interface DateTimeParseOptions extends DateParseOptions {
  /** IANA zone for date-times written without an offset or Z; UTC when absent. */
  timeZone?: string;
}

interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

type DateReading = CalendarDate | { reason: string } | null;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const NUMERIC_YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const TWO_DIGIT_YEAR = /^\d{1,2}([-/.])\d{1,2}\1\d{2}$/;
const DAY_MONTH_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?[\s./-]*([a-z]+)\.?,?[\s./-]*(\d{4})$/i;
const MONTH_NAME_DAY_YEAR = /^([a-z]+)\.?[\s./-]*(\d{1,2})(?:st|nd|rd|th)?,?[\s./-]*(\d{4})$/i;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkedDate(text: string, year: number, month: number, day: number): CalendarDate | { reason: string } {
  if (year < 1000 || year > 9999) return { reason: `${quote(text)}: the year must have four digits, 1000–9999` };
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { reason: `${quote(text)} is not a real date` };
  return { year, month, day };
}

function monthNumber(name: string): number | undefined {
  const key = name.toLowerCase();
  return Object.hasOwn(MONTHS, key) ? MONTHS[key] : undefined;
}

function numericYearLast(
  text: string,
  first: number,
  second: number,
  year: number,
  order: DateOrder | undefined,
): DateReading {
  if (order === 'dayFirst') return checkedDate(text, year, second, first);
  if (order === 'monthFirst') return checkedDate(text, year, first, second);
  if (first === second || second > 12) return checkedDate(text, year, first, second);
  if (first > 12) return checkedDate(text, year, second, first);
  const dayFirst = `${first} ${MONTH_NAMES[second - 1]}`;
  const monthFirst = `${MONTH_NAMES[first - 1]} ${second}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    reason: `${quote(text)} could be ${dayFirst} or ${monthFirst}: write ${year}-${pad(second)}-${pad(first)} or ${year}-${pad(first)}-${pad(second)}`,
  };
}

/** A calendar date in any accepted form; null when the text does not look like a date at all. */
function readDate(text: string, options: DateParseOptions): DateReading {
  let match = YEAR_FIRST.exec(text);
  if (match) return checkedDate(text, Number(match[1]), Number(match[3]), Number(match[4]));
  match = ISO_DATE_TIME.exec(text);
  // A date-time in a date field keeps the date as written (in the writer's own zone).
  if (match) return checkedDate(text, Number(match[1]), Number(match[2]), Number(match[3]));
  match = NUMERIC_YEAR_LAST.exec(text);
  if (match) return numericYearLast(text, Number(match[1]), Number(match[3]), Number(match[4]), options.dateOrder);
  if (TWO_DIGIT_YEAR.test(text)) return { reason: `${quote(text)} has a two-digit year: write all four digits` };
  match = DAY_MONTH_NAME_YEAR.exec(text);
  const dayMonth = match ? monthNumber(match[2] ?? '') : undefined;
  if (match && dayMonth !== undefined) return checkedDate(text, Number(match[3]), dayMonth, Number(match[1]));
  match = MONTH_NAME_DAY_YEAR.exec(text);
  const monthDay = match ? monthNumber(match[1] ?? '') : undefined;
  if (match && monthDay !== undefined) return checkedDate(text, Number(match[3]), monthDay, Number(match[2]));
  return null;
}

function formatDate({ year, month, day }: CalendarDate): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * A calendar date, stored as YYYY-MM-DD. Accepted: 2024-05-01 (also with / or .), an ISO date-time
 * (its date part), 1 May 2024, May 1, 2024, 01-May-2024, and numeric day/month/year forms when
 * unambiguous or read with `dateOrder`. Two-digit years and impossible dates are rejected.
 */
export function parseDate(raw: string, options: DateParseOptions = {}): Parsed<string> {
  const text = raw.trim();
  const reading = readDate(text, options);
  if (reading === null) return rejected(`${quote(text)} is not a date: write it as YYYY-MM-DD, e.g. 2024-05-01`);
  if ('reason' in reading) return rejected(reading.reason);
  return parsed(formatDate(reading));
}

function offsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  if (hours > 18 || minutes > 59) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

function toInstant(
  text: string,
  wallMs: number,
  zone: string | undefined,
  timeZone: string | undefined,
): Parsed<string> {
  let epoch: number;
  if (zone !== undefined) {
    const minutes = offsetMinutes(zone);
    if (minutes === null) return rejected(`${quote(text)} has an invalid UTC offset "${zone}"`);
    epoch = wallMs - minutes * 60_000;
  } else {
    epoch = timeZone === undefined ? wallMs : wallTimeToUtc(wallMs, timeZone);
  }
  const instant = new Date(epoch);
  const year = instant.getUTCFullYear();
  if (Number.isNaN(epoch) || year < 1000 || year > 9999)
    return rejected(`${quote(text)} is outside the years 1000–9999`);
  return parsed(instant.toISOString());
}

/**
 * An instant, stored as an ISO 8601 UTC string with milliseconds (2024-05-01T07:30:00.000Z).
 * Accepted: ISO 8601 with T or a space, seconds and fractions optional, with Z or an offset
 * (+02:00, +0200, +02). Without one the time is read in `timeZone` (UTC when not given). A date
 * alone, in any form parseDate accepts, means midnight.
 */
export function parseDateTime(raw: string, options: DateTimeParseOptions = {}): Parsed<string> {
  const text = raw.trim();
  const match = ISO_DATE_TIME.exec(text);
  if (match) {
    const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone] = match;
    const date = checkedDate(text, Number(year), Number(month), Number(day));
    if ('reason' in date) return rejected(date.reason);
    if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59)
      return rejected(`${quote(text)} is not a real time of day`);
    const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
    const wall = Date.UTC(date.year, date.month - 1, date.day, Number(hour), Number(minute), Number(second), millis);
    return toInstant(text, wall, zone, options.timeZone);
  }
  const reading = readDate(text, options);
  if (reading !== null && 'reason' in reading) return rejected(reading.reason);
  if (reading === null)
    return rejected(`${quote(text)} is not a date-time: write it as ISO 8601, e.g. 2024-05-01T09:30:00Z`);
  return toInstant(text, Date.UTC(reading.year, reading.month - 1, reading.day), undefined, options.timeZone);
}
