import type { Contact } from './contact';
import { isBuiltinFieldKey, type FieldDefinition } from './customer-fields';
import { DATE_PATTERN, DATE_TIME_PATTERN } from './value-shapes';

/**
 * How the evaluator reads a field from a contact. A value counts only when it has the field's
 * type (and, for dates, the stored shape); anything else — null, absent, "" or a value left from
 * before the field's type changed — reads as unset (null). filterToSql's column expressions
 * implement exactly the same reading in SQL.
 */
export type TypedValue = string | number | boolean | string[] | null;

function rawReader(key: string): (contact: Contact) => unknown {
  if (isBuiltinFieldKey(key)) return (contact) => contact[key];
  return (contact) => (Object.hasOwn(contact.attributes, key) ? contact.attributes[key] : undefined);
}

/** A reader for one field, made once per filter so reading a million contacts stays cheap. */
export function typedValueReader(field: Pick<FieldDefinition, 'key' | 'type'>): (contact: Contact) => TypedValue {
  const raw = rawReader(field.key);
  switch (field.type) {
    case 'text':
    case 'choice':
      return (contact) => {
        const value = raw(contact);
        return typeof value === 'string' && value !== '' ? value : null;
      };
    case 'number':
      // NaN cannot come from JSON; SQLite reads it as NULL.
      return (contact) => {
        const value = raw(contact);
        return typeof value === 'number' && !Number.isNaN(value) ? value : null;
      };
    case 'boolean':
      return (contact) => {
        const value = raw(contact);
        return typeof value === 'boolean' ? value : null;
      };
    case 'date':
    case 'dateTime': {
      const pattern = field.type === 'date' ? DATE_PATTERN : DATE_TIME_PATTERN;
      return (contact) => {
        const value = raw(contact);
        return typeof value === 'string' && pattern.test(value) ? value : null;
      };
    }
    case 'textList':
      // The list's text items; other items are ignored. Empty when nothing is there.
      return (contact) => {
        const value = raw(contact);
        return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : null;
      };
  }
}
