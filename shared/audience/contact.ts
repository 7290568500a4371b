import { z } from 'zod';
import { isBuiltinFieldKey, type BuiltinFieldKey } from './customer-fields';
import { DATE_TIME_PATTERN } from './value-shapes';

/** A stored value of any field type: text, number, yes/no, or a list of text (dates are text). */
export type FieldValue = string | number | boolean | string[];

export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()], {
  error: 'Expected text, a number, true/false, a list of text, or null',
});
export type AttributeValue = z.infer<typeof AttributeValueSchema>;

/**
 * A contact (customer profile): the built-in fields as properties, custom fields in `attributes`
 * by key. Unset is null (or, for attributes, an absent key); pushTokens is a list, empty when
 * unset. createdAt is written exactly as Date.prototype.toISOString does (UTC, milliseconds), the
 * one shape filters compare; the schema turns any other ISO 8601 instant into it.
 */
export const ContactSchema = z
  .object({
    customerId: z.string().trim().min(1, 'A contact needs a customerId'),
    email: z.string().nullable().default(null),
    phone: z.string().nullable().default(null),
    telegramChatId: z.string().nullable().default(null),
    pushTokens: z.array(z.string()).default([]),
    language: z.string().nullable().default(null),
    timeZone: z.string().nullable().default(null),
    createdAt: z.iso
      .datetime({ offset: true, error: 'Expected an ISO 8601 date-time such as 2024-05-01T09:30:00.000Z' })
      .transform((text) => new Date(text).toISOString())
      .pipe(z.string().regex(DATE_TIME_PATTERN, 'Expected a date-time between the years 1000 and 9999')),
    attributes: z.record(z.string(), AttributeValueSchema).default({}),
  })
  .strict();
export type Contact = z.output<typeof ContactSchema>;
export type ContactInput = z.input<typeof ContactSchema>;

/** A contact with every built-in field unset, to be filled in (a CSV row, a scanned row). */
export function blankContact(createdAt: string, attributes: Record<string, AttributeValue> = {}): Contact {
  return {
    customerId: '',
    email: null,
    phone: null,
    telegramChatId: null,
    pushTokens: [],
    language: null,
    timeZone: null,
    createdAt,
    attributes,
  };
}

/**
 * The stored value of a field on a contact, or null when unset. `key` is a field key, built-in or
 * custom. No type check happens here: a custom attribute may hold a value of another type (its
 * field's type changed since); the filter code decides what counts.
 */
export function fieldValue(contact: Contact, key: string): FieldValue | null {
  if (isBuiltinFieldKey(key)) return contact[key satisfies BuiltinFieldKey];
  return Object.hasOwn(contact.attributes, key) ? (contact.attributes[key] ?? null) : null;
}

/**
 * The contact as templates see it, {{ customer.key }} for built-in and custom fields alike. Custom
 * keys cannot shadow built-ins (the key rules forbid it, and built-ins are written last anyway).
 */
export function customerTemplateData(contact: Contact): Record<string, unknown> {
  const { attributes, ...builtins } = contact;
  return { ...attributes, ...builtins };
}
