import type { FieldType } from './customer-fields';

/** What a sample value is made from: a field as the fields list describes it. */
export interface SampleFieldInput {
  key: string;
  label: string;
  type: FieldType;
  options?: readonly string[] | undefined;
}

// Built-in text fields have shapes of their own; an example must look like a real value.
const BUILTIN_EXAMPLES: Readonly<Record<string, unknown>> = {
  customerId: 'C00001',
  email: 'alex@example.com',
  phone: '+4915100000001',
  telegramChatId: '100000001',
  pushTokens: ['example-device-token'],
  language: 'en',
  timeZone: 'Europe/Berlin',
  createdAt: '2026-01-15T09:30:00.000Z',
};

/** A plausible value for one field, by its type ("Example City", 42, the first choice…). */
export function sampleFieldValue(field: SampleFieldInput): unknown {
  if (Object.hasOwn(BUILTIN_EXAMPLES, field.key)) return BUILTIN_EXAMPLES[field.key];
  switch (field.type) {
    case 'text':
      return `Example ${field.label}`;
    case 'number':
      return 42;
    case 'boolean':
      return true;
    case 'date':
      return '2026-01-15';
    case 'dateTime':
      return '2026-01-15T09:30:00.000Z';
    case 'choice':
      return field.options?.[0] ?? '';
    case 'textList':
      return [`Example ${field.label}`];
  }
}

/** A sample profile's `customer`: every defined field, built-in and custom, with an example value. */
export function sampleCustomer(fields: readonly SampleFieldInput[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field.key, sampleFieldValue(field)]));
}
