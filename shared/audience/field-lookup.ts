import { BUILTIN_FIELDS, type FieldDefinition } from './customer-fields';

/** Finds the field a filter rule names; undefined when there is none. */
export type FieldLookup = (reference: string) => FieldDefinition | undefined;

/** Rules may name a field as templates do ("customer.city") or bare ("city"); both mean the key. */
const TEMPLATE_PREFIX = 'customer.';

export function fieldKeyOf(reference: string): string {
  return reference.startsWith(TEMPLATE_PREFIX) ? reference.slice(TEMPLATE_PREFIX.length) : reference;
}

/**
 * A lookup over `fields` (normally allFields(custom)). Built-in fields are always known, even when
 * the list leaves them out, and a custom field can never stand in for one.
 */
export function fieldLookup(fields: readonly FieldDefinition[]): FieldLookup {
  const byKey = new Map<string, FieldDefinition>();
  for (const field of fields) if (!byKey.has(field.key)) byKey.set(field.key, field);
  for (const field of BUILTIN_FIELDS) byKey.set(field.key, field);
  return (reference) => byKey.get(fieldKeyOf(reference));
}
