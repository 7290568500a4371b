import { fieldValue, type Contact, type FieldType } from '../../../../shared/audience/index';

interface FormField {
  key: string;
  type: FieldType;
}

/** A stored value as the text of its input: lists as "a, b", yes/no as "true"/"false", unset as "". */
export function valueAsFormText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

export function formValuesOf(contact: Contact | undefined, fields: readonly FormField[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of fields) {
    // createdAt is set by the app; the form never shows it for editing.
    if (field.key === 'createdAt') continue;
    values[field.key] = contact ? valueAsFormText(fieldValue(contact, field.key)) : '';
  }
  return values;
}

/**
 * The save input: every field's text as the service reads it (it checks and normalises by type),
 * lists split on commas, an emptied field as null so the edit clears it. A new contact sends only
 * what was filled in.
 */
export function contactInputOf(
  values: Readonly<Record<string, string>>,
  fields: readonly FormField[],
  isNew: boolean,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const text = values[field.key];
    if (text === undefined) continue;
    const trimmed = text.trim();
    if (trimmed === '') {
      if (!isNew) input[field.key] = field.type === 'textList' ? [] : null;
      continue;
    }
    input[field.key] =
      field.type === 'textList'
        ? trimmed
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== '')
        : trimmed;
  }
  return input;
}
