import type { FilterValue } from '../model/filter';
import { parseBoolean } from './parse/boolean';
import { parseDate, parseDateTime } from './parse/date';
import { parseNumber } from './parse/number';
import { cleanText, foldCase } from './text-case';

/**
 * Reading the value of a filter rule as the field's type needs it. Rules are edited by people and
 * older journeys stored numbers as text ("42"), so values are read leniently — but never guessed:
 * a value that cannot be read is an issue, and the rule then matches no one.
 */

export type RuleIssueCode =
  | 'unknownField'
  | 'operatorNotForType'
  | 'missingValue'
  | 'invalidValue'
  | 'betweenNeedsTwoValues'
  | 'emptyRange'
  | 'notAnOption';

export interface RuleIssue {
  code: RuleIssueCode;
  message: string;
  /** The part of the rule to fix; valueIndex points into a list value. */
  target: 'field' | 'operator' | 'value';
  valueIndex?: number;
}

export type ValueRead<T> = { ok: true; value: T } | { ok: false; issue: RuleIssue };

export function valueIssue(code: RuleIssueCode, message: string, valueIndex?: number): { ok: false; issue: RuleIssue } {
  return {
    ok: false,
    issue:
      valueIndex === undefined ? { code, message, target: 'value' } : { code, message, target: 'value', valueIndex },
  };
}

export type Scalar = string | number | boolean | undefined;

function isBlank(value: Scalar): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A text value, trimmed and in NFC like imported text; numbers are taken as their digits. */
export function readText(value: Scalar, index?: number): ValueRead<string> {
  if (isBlank(value)) return valueIssue('missingValue', 'Enter a value', index);
  if (typeof value === 'boolean') return valueIssue('invalidValue', 'Enter text, not true/false', index);
  if (typeof value === 'number' && !Number.isFinite(value)) return valueIssue('invalidValue', 'Enter text', index);
  return { ok: true, value: cleanText(String(value)) };
}

/** A choice value must be one of the options (ignoring ASCII case); the result is folded. */
export function readChoice(
  value: Scalar,
  options: readonly string[],
  fieldKey: string,
  index?: number,
): ValueRead<string> {
  const text = readText(value, index);
  if (!text.ok) return text;
  const folded = foldCase(text.value);
  if (options.some((option) => foldCase(cleanText(option)) === folded)) return { ok: true, value: folded };
  return valueIssue('notAnOption', `"${text.value}" is not an option of ${fieldKey} (${options.join(', ')})`, index);
}

export function readNumber(value: Scalar, index?: number): ValueRead<number> {
  if (isBlank(value)) return valueIssue('missingValue', 'Enter a number', index);
  if (typeof value === 'number') {
    return Number.isFinite(value)
      ? { ok: true, value: value === 0 ? 0 : value }
      : valueIssue('invalidValue', 'Enter a number', index);
  }
  if (typeof value === 'boolean') return valueIssue('invalidValue', 'Enter a number, not true/false', index);
  const number = parseNumber(value ?? '');
  return number.ok ? number : valueIssue('invalidValue', number.reason, index);
}

export function readBoolean(value: Scalar): ValueRead<boolean> {
  if (typeof value === 'boolean') return { ok: true, value };
  if (isBlank(value)) return valueIssue('missingValue', 'Choose yes or no');
  const boolean = parseBoolean(String(value));
  return boolean.ok ? boolean : valueIssue('invalidValue', boolean.reason);
}

/** A whole number of days, 1 to 100 years' worth. */
export function readDays(value: Scalar): ValueRead<number> {
  const number = readNumber(value);
  if (!number.ok) return number;
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 36_500) {
    return valueIssue('invalidValue', 'Enter a whole number of days from 1 to 36500');
  }
  return number;
}

/** A YYYY-MM-DD day, written in any unambiguous form parseDate accepts. */
export function readDay(value: Scalar, index?: number): ValueRead<string> {
  if (isBlank(value)) return valueIssue('missingValue', 'Enter a date', index);
  if (typeof value !== 'string') return valueIssue('invalidValue', 'Enter a date such as 2024-05-01', index);
  const day = parseDate(value);
  return day.ok ? day : valueIssue('invalidValue', day.reason, index);
}

/** A date-time rule value names a whole UTC day (2024-05-01) or an instant (with a time). */
export type DayOrInstant = { day: string } | { instant: string };

export function readDayOrInstant(value: Scalar, index?: number): ValueRead<DayOrInstant> {
  if (isBlank(value)) return valueIssue('missingValue', 'Enter a date or a date and time', index);
  if (typeof value !== 'string')
    return valueIssue('invalidValue', 'Enter a date such as 2024-05-01 or 2024-05-01T09:30:00Z', index);
  if (!value.includes(':')) {
    const day = parseDate(value);
    return day.ok ? { ok: true, value: { day: day.value } } : valueIssue('invalidValue', day.reason, index);
  }
  const instant = parseDateTime(value);
  return instant.ok
    ? { ok: true, value: { instant: instant.value } }
    : valueIssue('invalidValue', instant.reason, index);
}

/** A list value: a list, or a single value taken as a list of one. */
export function valuesOf(value: FilterValue | undefined): Scalar[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? [...value] : [value];
}

/** Reads every item, collecting the issues of all bad items rather than stopping at the first. */
export function readEach<T>(
  items: readonly Scalar[],
  read: (item: Scalar, index: number) => ValueRead<T>,
): { values: T[]; issues: RuleIssue[] } {
  const values: T[] = [];
  const issues: RuleIssue[] = [];
  items.forEach((item, index) => {
    const result = read(item, index);
    if (result.ok) values.push(result.value);
    else issues.push(result.issue);
  });
  return { values, issues };
}
