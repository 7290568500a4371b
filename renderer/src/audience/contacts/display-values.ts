import type { FieldType } from '../../../../shared/audience/index';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A calendar day ("2024-03-05") in the user's locale; the day itself, without a time zone shift. */
export function formatDay(text: string): string {
  const match = DAY.exec(text);
  if (!match) return text;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(time) ? text : dayFormat.format(time);
}

/** An instant (ISO 8601) as date and time in the user's locale and time zone. */
export function formatInstant(text: string): string {
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : instantFormat.format(time);
}

/** A stored value as people read it: dates in their locale, yes/no, lists as "a, b", unset as "". */
export function displayValue(value: unknown, type: FieldType): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'string' && type === 'date') return formatDay(value);
  if (typeof value === 'string' && type === 'dateTime') return formatInstant(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}
