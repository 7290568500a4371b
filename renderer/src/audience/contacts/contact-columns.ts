import { fieldValue, type Contact } from '../../../../shared/audience/index';
import type { FieldListing } from '../../store/audience-slice';
import { displayValue, formatInstant } from './display-values';

export interface ContactColumn {
  key: string;
  label: string;
  width: string;
  text(contact: Contact): string;
}

const show = (value: string | null) => value ?? '';

/** The built-in fields worth a column; custom fields are added by choice (see customColumns). */
export const CONTACT_COLUMNS: readonly ContactColumn[] = [
  { key: 'customerId', label: 'Customer ID', width: 'minmax(120px, 1.2fr)', text: (c) => c.customerId },
  { key: 'email', label: 'Email', width: 'minmax(160px, 1.6fr)', text: (c) => show(c.email) },
  { key: 'phone', label: 'Phone', width: 'minmax(120px, 1fr)', text: (c) => show(c.phone) },
  { key: 'language', label: 'Language', width: '90px', text: (c) => show(c.language) },
  { key: 'timeZone', label: 'Time zone', width: 'minmax(110px, 1fr)', text: (c) => show(c.timeZone) },
  { key: 'createdAt', label: 'Created at', width: '170px', text: (c) => formatInstant(c.createdAt) },
];

/** Columns for the chosen custom fields, in the order the fields are defined; unknown keys are skipped. */
export function customColumns(fields: readonly FieldListing[], chosen: readonly string[]): ContactColumn[] {
  return fields
    .filter((field) => !field.builtIn && chosen.includes(field.key))
    .map((field) => ({
      key: field.key,
      label: field.label,
      width: 'minmax(110px, 1fr)',
      text: (contact: Contact) => displayValue(fieldValue(contact, field.key), field.type),
    }));
}

export function gridTemplate(columns: readonly ContactColumn[]): string {
  return `32px ${columns.map((column) => column.width).join(' ')}`;
}

export type SortState = { field: string; direction: 'asc' | 'desc' } | undefined;

/** Clicking a header sorts by it ascending, again descending, a third time back to the default order. */
export function nextSort(current: SortState, field: string): SortState {
  if (current?.field !== field) return { field, direction: 'asc' };
  return current.direction === 'asc' ? { field, direction: 'desc' } : undefined;
}
