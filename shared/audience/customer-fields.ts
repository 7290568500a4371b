import { z } from 'zod';
import { BUILTIN_CUSTOMER_FIELDS } from '../templates/undefined-variables';
import { foldCase } from './text-case';

/**
 * Customer fields: what a contact profile holds. The keys are what templates ({{ customer.key }}),
 * conditions and filters refer to. Built-in fields always exist; a project adds custom fields.
 */

export const FIELD_TYPES = ['text', 'number', 'boolean', 'date', 'dateTime', 'choice', 'textList'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export const FIELD_TYPE_LABELS: Readonly<Record<FieldType, string>> = {
  text: 'Text',
  number: 'Number',
  boolean: 'Yes / no',
  date: 'Date',
  dateTime: 'Date and time',
  choice: 'Single choice',
  textList: 'List of text',
};

/** Stricter shapes some built-in text fields have; normaliseValue checks and canonicalises them. */
export const TEXT_FORMATS = ['email', 'phone', 'telegramChatId', 'language', 'timeZone'] as const;
export type TextFormat = (typeof TEXT_FORMATS)[number];

export type BuiltinFieldKey = (typeof BUILTIN_CUSTOMER_FIELDS)[number];

/** A field as the rest of the app sees it, built-in or custom (see allFields). */
export interface FieldDefinition {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly type: FieldType;
  /** The values a choice field allows, in display order; absent for other types. */
  readonly options?: readonly string[];
  readonly builtIn: boolean;
  readonly format?: TextFormat;
  /** Every contact has a value (customerId, createdAt); an import row without one is rejected. */
  readonly required?: boolean;
  /** No two contacts share a value (customerId): the key an import updates contacts by. */
  readonly unique?: boolean;
}

export const FIELD_KEY_MAX_LENGTH = 64;
const FIELD_KEY_PATTERN = /^[a-z][A-Za-z0-9_]*$/;

const BUILTIN_DEFINITIONS: Readonly<Record<BuiltinFieldKey, Omit<FieldDefinition, 'key' | 'builtIn'>>> = {
  customerId: {
    label: 'Customer ID',
    description: 'Your identifier for the customer; unique. Lists and imports match contacts by it.',
    type: 'text',
    required: true,
    unique: true,
  },
  email: { label: 'Email', description: 'Email address.', type: 'text', format: 'email' },
  phone: {
    label: 'Phone',
    description: 'Phone number in E.164 form, e.g. +4915123456789.',
    type: 'text',
    format: 'phone',
  },
  telegramChatId: {
    label: 'Telegram chat ID',
    description: 'The chat the Telegram bot writes to.',
    type: 'text',
    format: 'telegramChatId',
  },
  pushTokens: {
    label: 'Push tokens',
    description: 'Device tokens for push notifications, one per device.',
    type: 'textList',
  },
  language: {
    label: 'Language',
    description: 'Preferred language as a BCP 47 tag, e.g. en or pt-BR.',
    type: 'text',
    format: 'language',
  },
  timeZone: {
    label: 'Time zone',
    description: 'IANA time zone, e.g. Europe/Berlin; delays and quiet hours use it.',
    type: 'text',
    format: 'timeZone',
  },
  createdAt: {
    label: 'Created at',
    description: 'When the contact was first added.',
    type: 'dateTime',
    required: true,
  },
};

/** The built-in fields, in the order of BUILTIN_CUSTOMER_FIELDS (the one list of their keys). */
export const BUILTIN_FIELDS: readonly FieldDefinition[] = BUILTIN_CUSTOMER_FIELDS.map((key) => ({
  key,
  builtIn: true,
  ...BUILTIN_DEFINITIONS[key],
}));

const BUILTIN_KEYS: ReadonlySet<string> = new Set(BUILTIN_CUSTOMER_FIELDS);

export function isBuiltinFieldKey(key: string): key is BuiltinFieldKey {
  return BUILTIN_KEYS.has(key);
}

/** customer_id, customerid and CustomerId all compact to "customerid": too close to tell apart. */
function compactKey(key: string): string {
  return foldCase(key).replaceAll('_', '');
}

const BUILTIN_BY_COMPACT_KEY: ReadonlyMap<string, string> = new Map(
  BUILTIN_CUSTOMER_FIELDS.map((key) => [compactKey(key), key]),
);

/**
 * Why `key` cannot be a custom field's key, or null when it can. A key is a lowerCamel or snake_case
 * identifier (so it works in {{ customer.key }} and needs no quoting anywhere) and must not be, or
 * look like, a built-in field.
 */
export function fieldKeyProblem(key: string): string | null {
  if (key === '') return 'Enter a key';
  if (key.length > FIELD_KEY_MAX_LENGTH)
    return `A key is at most ${FIELD_KEY_MAX_LENGTH} characters (this one has ${key.length})`;
  if (!/^[a-z]/.test(key)) return `A key starts with a lowercase letter a–z ("${key}" does not)`;
  if (!FIELD_KEY_PATTERN.test(key)) {
    const bad = [...key].find((char) => !/[A-Za-z0-9_]/.test(char)) ?? '';
    return `A key may contain only letters a–z, A–Z, digits and _ ("${key}" contains ${JSON.stringify(bad)})`;
  }
  if (isBuiltinFieldKey(key)) return `"${key}" is a built-in field`;
  const builtin = BUILTIN_BY_COMPACT_KEY.get(compactKey(key));
  if (builtin !== undefined) return `"${key}" is too close to the built-in field "${builtin}"`;
  return null;
}

/** The identifier shape alone, built-in keys included: what may safely appear in SQL and paths. */
export function isFieldKeyShape(key: string): boolean {
  return key.length <= FIELD_KEY_MAX_LENGTH && FIELD_KEY_PATTERN.test(key);
}

export const CHOICE_OPTIONS_MAX = 200;

/** A project's own field. Options exist only for choice fields and are unique ignoring ASCII case. */
export const CustomFieldSchema = z
  .object({
    key: z.string().superRefine((key, ctx) => {
      const problem = fieldKeyProblem(key);
      if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
    }),
    label: z.string().trim().min(1, 'Enter a label').max(100, 'A label is at most 100 characters'),
    description: z.string().max(1000, 'A description is at most 1000 characters').default(''),
    type: z.enum(FIELD_TYPES, { error: `Expected one of the field types: ${FIELD_TYPES.join(', ')}` }),
    options: z.array(z.string().trim().min(1, 'An option cannot be empty')).optional(),
  })
  .strict()
  .superRefine(({ type, options }, ctx) => {
    if (type !== 'choice') {
      if (options !== undefined && options.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['options'], message: 'Only choice fields have options' });
      }
      return;
    }
    if (options === undefined || options.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'A choice field needs at least one option' });
      return;
    }
    if (options.length > CHOICE_OPTIONS_MAX) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `A choice field has at most ${CHOICE_OPTIONS_MAX} options`,
      });
    }
    // Matching ignores ASCII case (imports and filters), so "Gold" and "gold" would be one option.
    const seen = new Map<string, number>();
    options.forEach((option, index) => {
      const folded = foldCase(option);
      const first = seen.get(folded);
      if (first === undefined) seen.set(folded, index);
      else
        ctx.addIssue({
          code: 'custom',
          path: ['options', index],
          message: `"${option}" repeats option ${first + 1} ("${options[first]}")`,
        });
    });
  });
export type CustomField = z.output<typeof CustomFieldSchema>;
export type CustomFieldInput = z.input<typeof CustomFieldSchema>;

/** Compact key → key for each field: the index keyClash looks a key up in. */
export function fieldKeyIndex(fields: Iterable<{ key: string }>): Map<string, string> {
  const index = new Map<string, string>();
  for (const { key } of fields) if (!index.has(compactKey(key))) index.set(compactKey(key), key);
  return index;
}

/** Why `key` cannot join the fields of `index` (taken, or too close to one), or undefined when it can. */
export function keyClash(key: string, index: ReadonlyMap<string, string>): string | undefined {
  const earlier = index.get(compactKey(key));
  if (earlier === undefined) return undefined;
  return earlier === key ? `Two fields use the key "${key}"` : `"${key}" is too close to the field "${earlier}"`;
}

/** Adds `key` to an index made by fieldKeyIndex. */
export function indexFieldKey(index: Map<string, string>, key: string): void {
  index.set(compactKey(key), key);
}

/** A project's set of custom fields: keys unique, and not near-duplicates (first_name vs firstName). */
export const CustomFieldsSchema = z.array(CustomFieldSchema).superRefine((fields, ctx) => {
  const seen = new Map<string, string>();
  fields.forEach((field, index) => {
    const message = keyClash(field.key, seen);
    if (message === undefined) indexFieldKey(seen, field.key);
    else ctx.addIssue({ code: 'custom', path: [index, 'key'], message });
  });
});

/**
 * The built-in fields followed by the custom ones: the `fields` every audience function takes. A
 * custom field reusing a built-in key (which CustomFieldSchema rejects) is left out: built-ins win.
 */
export function allFields(custom: readonly CustomField[]): FieldDefinition[] {
  return [
    ...BUILTIN_FIELDS,
    ...custom
      .filter((field) => !isBuiltinFieldKey(field.key))
      .map((field): FieldDefinition => ({ ...field, builtIn: false })),
  ];
}
