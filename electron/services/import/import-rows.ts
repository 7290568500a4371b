import {
  blankContact,
  cleanText,
  normaliseValue,
  type AttributeValue,
  type Contact,
  type CountryCode,
  type FieldDefinition,
} from '../../../shared/audience/index';
import { fromSpreadsheetSafe } from './csv-text';

/** What each CSV column (by position) becomes. */
export interface ColumnPlan {
  index: number;
  field: FieldDefinition;
}

export type RowResult = { ok: true; contact: Contact; createdAtGiven: boolean } | { ok: false; reason: string };

export interface RowOptions {
  defaultCountry: CountryCode;
  /** createdAt for new contacts whose row has none: when the import started. */
  now: string;
  columnCount: number;
}

/**
 * One CSV row as a contact, every mapped cell normalised by its field's type. A row is rejected
 * (never half-taken) when its customerId is empty, it has more cells than the header, or any
 * cell is invalid; the reason names every bad field.
 */
export function rowToContact(cells: readonly string[], plan: readonly ColumnPlan[], options: RowOptions): RowResult {
  if (cells.length > options.columnCount)
    return {
      ok: false,
      reason: `The row has ${cells.length} values but the header has ${options.columnCount} columns`,
    };
  const contact = blankContact(options.now);
  let createdAtGiven = false;
  let problems: string[] | undefined;
  for (const { index, field } of plan) {
    const raw = fromSpreadsheetSafe(cells[index] ?? '');
    if (field.key === 'customerId') {
      contact.customerId = cleanText(raw);
      continue;
    }
    const result = normaliseValue(field, raw, { defaultCountry: options.defaultCountry });
    if (!result.ok) {
      (problems ??= []).push(`${field.key}: ${result.reason}`);
      continue;
    }
    const value = result.value as AttributeValue;
    if (!field.builtIn) {
      if (value !== null) contact.attributes[field.key] = value;
    } else if (field.key === 'pushTokens') {
      contact.pushTokens = Array.isArray(value) ? value : [];
    } else if (field.key === 'createdAt') {
      if (typeof value === 'string') {
        contact.createdAt = value;
        createdAtGiven = true;
      }
    } else {
      (contact as unknown as Record<string, AttributeValue>)[field.key] = value;
    }
  }
  if (contact.customerId === '') (problems ??= []).unshift('customerId is empty');
  if (problems) return { ok: false, reason: problems.join('; ') };
  return { ok: true, contact, createdAtGiven };
}
