import type { FieldDefinition } from './customer-fields';
import type { FieldValue } from './contact';
import { parseBoolean } from './parse/boolean';
import { parseDate, parseDateTime, type DateOrder } from './parse/date';
import { parseEmail } from './parse/email';
import { parseLanguage, parseTelegramChatId, parseTimeZone } from './parse/identity';
import { parseNumber } from './parse/number';
import { parsePhone, type CountryCode } from './parse/phone';
import { parsed, quote, rejected, type Parsed } from './parse/result';
import { canonicalTimeZone } from './parse/time-zone';
import { cleanText, foldCase } from './text-case';

export interface NormaliseOptions {
  /** Country for phone numbers written without +country code, e.g. "DE". */
  defaultCountry?: CountryCode;
  /** How to read 05/06/2024-style dates; without it only unambiguous ones are accepted. */
  dateOrder?: DateOrder;
  /** IANA zone for date-times without an offset; UTC when absent. */
  timeZone?: string;
}

/** The result for one raw value: the stored value (null = unset), or why it was rejected. */
export type NormaliseResult = { ok: true; value: FieldValue | null } | { ok: false; reason: string };

/** What normaliseValue needs of a field: a custom field (CustomField) or a FieldDefinition. */
export type NormalisableField = Pick<FieldDefinition, 'type' | 'options' | 'format'>;

function parseChoice(text: string, options: readonly string[]): Parsed<string> {
  const wanted = foldCase(cleanText(text));
  const option = options.find((candidate) => foldCase(cleanText(candidate)) === wanted);
  if (option !== undefined) return parsed(option);
  const shown = options.length > 10 ? `${options.slice(0, 10).join(', ')}, …` : options.join(', ');
  return rejected(`${quote(text)} is not one of the options: ${shown}`);
}

/**
 * A list of text: items separated by ";" or "|" (not ",", which appears inside values), or a JSON
 * array of strings as exported by this app. Items are trimmed; empty items and repeats are dropped.
 */
function parseTextList(text: string): Parsed<string[] | null> {
  let items: string[];
  if (text.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return rejected(`${quote(text)} starts with [ but is not a JSON list`);
    }
    if (!Array.isArray(json) || !json.every((item) => typeof item === 'string')) {
      return rejected(`${quote(text)} is not a JSON list of text`);
    }
    items = json;
  } else {
    items = text.split(/[;|]/);
  }
  const unique = [...new Set(items.map(cleanText).filter((item) => item !== ''))];
  return parsed(unique.length === 0 ? null : unique);
}

function parseText(text: string, field: NormalisableField, options: NormaliseOptions): Parsed<string> {
  switch (field.format) {
    case 'email':
      return parseEmail(text);
    case 'phone':
      return parsePhone(text, options.defaultCountry);
    case 'telegramChatId':
      return parseTelegramChatId(text);
    case 'language':
      return parseLanguage(text);
    case 'timeZone':
      return parseTimeZone(text);
    case undefined:
      return parsed(cleanText(text));
  }
}

/**
 * Checks and normalises one raw value (a CSV cell, a form input) for a field. A value that is
 * empty or only spaces means "unset" for every type and gives null. See the parsers in ./parse for
 * exactly what each type accepts; in short: text is trimmed (NFC), numbers use "." for decimals,
 * booleans are true/false/yes/no/1/0, dates become YYYY-MM-DD, date-times an ISO UTC string,
 * choices the option's own spelling, and lists split on ";" or "|".
 */
export function normaliseValue(field: NormalisableField, raw: string, options: NormaliseOptions = {}): NormaliseResult {
  if (raw.trim() === '') return { ok: true, value: null };
  switch (field.type) {
    case 'text':
      return parseText(raw, field, options);
    case 'number':
      return parseNumber(raw);
    case 'boolean':
      return parseBoolean(raw);
    case 'date':
      return parseDate(raw, options);
    case 'dateTime':
      if (options.timeZone !== undefined && canonicalTimeZone(options.timeZone) === null) {
        return rejected(
          `The time zone "${options.timeZone}" for date-times without an offset is not a known time zone`,
        );
      }
      return parseDateTime(raw, options);
    case 'choice':
      return parseChoice(raw, field.options ?? []);
    case 'textList':
      return parseTextList(raw.trim());
  }
}
