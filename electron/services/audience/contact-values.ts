import {
  ContactSchema,
  fieldLookup,
  normaliseValue,
  type AttributeValue,
  type Contact,
  type CountryCode,
  type FieldDefinition,
} from '../../../shared/audience/index';
import { ApiError, type ApiIssue } from '../../../shared/contract/index';

export interface ContactInputOptions {
  fields: readonly FieldDefinition[];
  now: Date;
  /** For phone numbers written without +country code; without it they are refused. */
  defaultCountry?: CountryCode;
}

/** The raw value as the text normaliseValue reads; lists go as the JSON array it accepts. */
function asText(raw: unknown, field: FieldDefinition): string | { problem: string } {
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (Array.isArray(raw) && field.type === 'textList' && raw.every((item) => typeof item === 'string'))
    return JSON.stringify(raw);
  return { problem: field.type === 'textList' ? 'Expected a list of text' : 'Expected text, a number or true/false' };
}

/**
 * A contact from the edit form: built-in fields as properties, custom fields as properties or under
 * `attributes`. Every value is checked and normalised by its field's type. Fields not given keep
 * the existing contact's value (an edit changes what it sends); null or "" clears a field.
 * Throws BAD_INPUT listing every bad field by name.
 */
export function contactFromInput(
  input: Record<string, unknown>,
  existing: Contact | undefined,
  options: ContactInputOptions,
): Contact {
  const lookup = fieldLookup(options.fields);
  const issues: ApiIssue[] = [];
  const entries: [string, unknown, string][] = [];
  for (const [key, raw] of Object.entries(input)) {
    if (key === 'attributes' && typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      for (const [attribute, value] of Object.entries(raw))
        entries.push([attribute, value, `contact.attributes.${attribute}`]);
    } else {
      entries.push([key, raw, `contact.${key}`]);
    }
  }

  const builtins: Record<string, unknown> = existing ? { ...existing, attributes: undefined } : {};
  const attributes: Record<string, AttributeValue> = { ...(existing?.attributes ?? {}) };
  for (const [key, raw, path] of entries) {
    const field = lookup(key);
    if (field === undefined) {
      issues.push({ path, message: `There is no customer field "${key}"` });
      continue;
    }
    let value: AttributeValue = null;
    if (raw !== null && raw !== undefined) {
      const text = asText(raw, field);
      if (typeof text !== 'string') {
        issues.push({ path, message: `${field.label}: ${text.problem}` });
        continue;
      }
      const result = normaliseValue(field, text, { defaultCountry: options.defaultCountry });
      if (!result.ok) {
        issues.push({ path, message: `${field.label}: ${result.reason}` });
        continue;
      }
      value = result.value;
    }
    if (field.builtIn) builtins[field.key] = value;
    else attributes[field.key] = value;
  }
  if (typeof builtins.customerId !== 'string' || builtins.customerId.trim() === '') {
    issues.unshift({ path: 'contact.customerId', message: 'A contact needs a customerId' });
  }
  if (issues.length > 0) throw new ApiError('BAD_INPUT', issues.map((issue) => issue.message).join('; '), issues);

  const parsed = ContactSchema.safeParse({
    ...builtins,
    pushTokens: builtins.pushTokens ?? [],
    createdAt: builtins.createdAt ?? existing?.createdAt ?? options.now.toISOString(),
    attributes,
  });
  if (!parsed.success) {
    const found = parsed.error.issues.map((issue) => ({
      path: `contact.${issue.path.join('.')}`,
      message: issue.message,
    }));
    throw new ApiError('BAD_INPUT', found.map((issue) => issue.message).join('; '), found);
  }
  return parsed.data;
}
