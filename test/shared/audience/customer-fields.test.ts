import { describe, expect, it } from 'vitest';
import {
  allFields,
  BUILTIN_FIELDS,
  CustomFieldSchema,
  CustomFieldsSchema,
  FIELD_TYPES,
  fieldKeyProblem,
  isBuiltinFieldKey,
  isFieldKeyShape,
  type CustomField,
} from '../../../shared/audience/index';
import { BUILTIN_CUSTOMER_FIELDS } from '../../../shared/templates/index';
import { issuesOf } from '../model/issues-of';

const city: CustomField = { key: 'city', label: 'City', description: '', type: 'text' };
const tier: CustomField = { key: 'tier', label: 'Tier', description: '', type: 'choice', options: ['Bronze', 'Gold'] };

describe('field types', () => {
  it('are the seven the issue names', () => {
    expect([...FIELD_TYPES]).toEqual(['text', 'number', 'boolean', 'date', 'dateTime', 'choice', 'textList']);
  });
});

describe('built-in fields', () => {
  it('are exactly the template code’s built-in customer fields, in its order', () => {
    expect(BUILTIN_FIELDS.map((field) => field.key)).toEqual([...BUILTIN_CUSTOMER_FIELDS]);
    expect(BUILTIN_FIELDS.every((field) => field.builtIn && field.label !== '' && field.description !== '')).toBe(true);
  });

  it('have the types and formats their values need', () => {
    const shape = Object.fromEntries(BUILTIN_FIELDS.map((field) => [field.key, [field.type, field.format ?? null]]));
    expect(shape).toEqual({
      customerId: ['text', null],
      email: ['text', 'email'],
      phone: ['text', 'phone'],
      telegramChatId: ['text', 'telegramChatId'],
      pushTokens: ['textList', null],
      language: ['text', 'language'],
      timeZone: ['text', 'timeZone'],
      createdAt: ['dateTime', null],
    });
  });

  it('mark customerId as the required, unique key and createdAt as required', () => {
    expect(BUILTIN_FIELDS.filter((field) => field.unique).map((field) => field.key)).toEqual(['customerId']);
    expect(BUILTIN_FIELDS.filter((field) => field.required).map((field) => field.key)).toEqual([
      'customerId',
      'createdAt',
    ]);
  });

  it('are recognised by key', () => {
    expect(isBuiltinFieldKey('email')).toBe(true);
    expect(isBuiltinFieldKey('Email')).toBe(false);
    expect(isBuiltinFieldKey('city')).toBe(false);
  });
});

describe('fieldKeyProblem', () => {
  it.each(['city', 'loyaltyPoints', 'first_name', 'a', 'x1', 'lifetime_value_eur', 'a'.repeat(64), 'emailOptIn'])(
    'accepts %s',
    (key) => {
      expect(fieldKeyProblem(key)).toBeNull();
    },
  );

  it.each([
    ['', 'Enter a key'],
    ['a'.repeat(65), 'A key is at most 64 characters (this one has 65)'],
    ['City', 'A key starts with a lowercase letter a–z ("City" does not)'],
    ['1st', 'A key starts with a lowercase letter a–z ("1st" does not)'],
    ['_private', 'A key starts with a lowercase letter a–z ("_private" does not)'],
    ['first-name', 'A key may contain only letters a–z, A–Z, digits and _ ("first-name" contains "-")'],
    ['first name', 'A key may contain only letters a–z, A–Z, digits and _ ("first name" contains " ")'],
    ['straße', 'A key may contain only letters a–z, A–Z, digits and _ ("straße" contains "ß")'],
    ['customer.city', 'A key may contain only letters a–z, A–Z, digits and _ ("customer.city" contains ".")'],
    ['email', '"email" is a built-in field'],
    ['createdAt', '"createdAt" is a built-in field'],
    ['customer_id', '"customer_id" is too close to the built-in field "customerId"'],
    ['customerid', '"customerid" is too close to the built-in field "customerId"'],
    ['time_zone', '"time_zone" is too close to the built-in field "timeZone"'],
    ['push_tokens', '"push_tokens" is too close to the built-in field "pushTokens"'],
    ['created_at', '"created_at" is too close to the built-in field "createdAt"'],
  ])('rejects %j: %s', (key, message) => {
    expect(fieldKeyProblem(key)).toBe(message);
  });

  it('isFieldKeyShape accepts built-in keys too, but nothing SQL would need to quote', () => {
    expect(isFieldKeyShape('customerId')).toBe(true);
    expect(isFieldKeyShape('first_name')).toBe(true);
    expect(isFieldKeyShape('a"b')).toBe(false);
    expect(isFieldKeyShape("a'b")).toBe(false);
    expect(isFieldKeyShape('a'.repeat(65))).toBe(false);
  });
});

describe('CustomFieldSchema', () => {
  it('accepts a field, trimming the label and defaulting the description', () => {
    expect(CustomFieldSchema.parse({ key: 'city', label: '  City ', type: 'text' })).toEqual(city);
    expect(CustomFieldSchema.parse(tier)).toEqual(tier);
  });

  it('reports a bad key with the key rules’ message', () => {
    expect(issuesOf(CustomFieldSchema, { ...city, key: 'phone' })).toEqual([
      { path: 'key', message: '"phone" is a built-in field' },
    ]);
  });

  it('needs a label and a known type', () => {
    expect(issuesOf(CustomFieldSchema, { ...city, label: '   ' })).toEqual([
      { path: 'label', message: 'Enter a label' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...city, type: 'string' })).toEqual([
      {
        path: 'type',
        message: 'Expected one of the field types: text, number, boolean, date, dateTime, choice, textList',
      },
    ]);
  });

  it('gives choice fields options, unique ignoring case, and no other type any', () => {
    expect(issuesOf(CustomFieldSchema, { ...tier, options: [] })).toEqual([
      { path: 'options', message: 'A choice field needs at least one option' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...tier, options: undefined })).toEqual([
      { path: 'options', message: 'A choice field needs at least one option' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...tier, options: ['Gold', 'Silver', 'GOLD'] })).toEqual([
      { path: 'options[2]', message: '"GOLD" repeats option 1 ("Gold")' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...tier, options: ['Gold', ' '] })).toEqual([
      { path: 'options[1]', message: 'An option cannot be empty' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...city, options: ['a'] })).toEqual([
      { path: 'options', message: 'Only choice fields have options' },
    ]);
    expect(issuesOf(CustomFieldSchema, { ...city, options: [] })).toEqual([]);
  });

  it('rejects unknown properties', () => {
    expect(issuesOf(CustomFieldSchema, { ...city, builtIn: true })).not.toEqual([]);
  });
});

describe('CustomFieldsSchema', () => {
  it('rejects a key used twice, or two keys that differ only by case or underscores', () => {
    expect(issuesOf(CustomFieldsSchema, [city, tier, { ...city, label: 'Town' }])).toEqual([
      { path: '[2].key', message: 'Two fields use the key "city"' },
    ]);
    expect(
      issuesOf(CustomFieldsSchema, [
        { ...city, key: 'firstName' },
        { ...city, key: 'first_name' },
      ]),
    ).toEqual([{ path: '[1].key', message: '"first_name" is too close to the field "firstName"' }]);
    expect(issuesOf(CustomFieldsSchema, [city, tier])).toEqual([]);
  });
});

describe('allFields', () => {
  it('lists the built-in fields first, then the custom ones marked as not built in', () => {
    const fields = allFields([city, tier]);
    expect(fields.map((field) => field.key)).toEqual([...BUILTIN_CUSTOMER_FIELDS, 'city', 'tier']);
    expect(fields.at(-1)).toEqual({ ...tier, builtIn: false });
  });

  it('never lets a custom field replace a built-in one', () => {
    const fields = allFields([{ ...city, key: 'email', type: 'number' }]);
    expect(fields.filter((field) => field.key === 'email')).toEqual([BUILTIN_FIELDS[1]]);
  });
});
