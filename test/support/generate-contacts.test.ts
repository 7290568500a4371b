import { describe, expect, it } from 'vitest';
import {
  allFields,
  BUILTIN_FIELDS,
  ContactSchema,
  CustomFieldsSchema,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  FIELD_TYPES,
  normaliseValue,
  type Contact,
  type FieldDefinition,
} from '../../shared/audience/index';
import { GENERATED_CUSTOM_FIELDS, generateContact, generateContacts } from './generate-contacts';

const NOW = new Date('2025-06-01T12:00:00.000Z');
const contacts = generateContacts(3_000, { seed: 11, now: NOW });
const builtin = (key: string): FieldDefinition => BUILTIN_FIELDS.find((field) => field.key === key) as FieldDefinition;

function share(test: (contact: Contact) => boolean): number {
  return contacts.filter(test).length / contacts.length;
}

describe('GENERATED_CUSTOM_FIELDS', () => {
  it('are valid custom fields covering every type', () => {
    expect(CustomFieldsSchema.parse(GENERATED_CUSTOM_FIELDS)).toEqual(GENERATED_CUSTOM_FIELDS);
    expect(new Set(GENERATED_CUSTOM_FIELDS.map((field) => field.type))).toEqual(new Set(FIELD_TYPES));
  });
});

describe('generateContacts', () => {
  it('is deterministic per seed and index, whatever else is generated', () => {
    expect(generateContacts(50, { seed: 11, now: NOW })).toEqual(contacts.slice(0, 50));
    expect(generateContact(1234, { seed: 11, now: NOW })).toEqual(contacts[1234]);
    expect(generateContacts(10, { seed: 11, now: NOW, startIndex: 100 })).toEqual(contacts.slice(100, 110));
    expect(generateContacts(50, { seed: 12, now: NOW })).not.toEqual(contacts.slice(0, 50));
  });

  it('gives unique customerIds in index order', () => {
    expect(contacts[0]?.customerId).toBe('cus_0000001');
    expect(new Set(contacts.map((contact) => contact.customerId)).size).toBe(contacts.length);
  });

  it('makes contacts the schema accepts as they are', () => {
    for (const contact of contacts) expect(ContactSchema.parse(contact)).toEqual(contact);
  });

  it('writes values import would store unchanged: valid E.164 phones, emails, languages, zones, dates', () => {
    const same = (key: string, value: string | null) => {
      if (value === null) return true;
      const result = normaliseValue(builtin(key), value);
      return result.ok && result.value === value;
    };
    const bad = contacts.filter(
      (contact) =>
        !same('phone', contact.phone) ||
        !same('email', contact.email) ||
        !same('language', contact.language) ||
        !same('timeZone', contact.timeZone) ||
        !same('telegramChatId', contact.telegramChatId) ||
        !DATE_TIME_PATTERN.test(contact.createdAt),
    );
    expect(bad).toEqual([]);
    for (const code of ['+49', '+1', '+44', '+33', '+91', '+55'])
      expect(
        share((contact) => contact.phone?.startsWith(code) ?? false),
        code,
      ).toBeGreaterThan(0.05);
  });

  it('gives each custom attribute a value of its field’s type', () => {
    const fields = allFields(GENERATED_CUSTOM_FIELDS);
    const fits = (field: FieldDefinition, value: unknown): boolean => {
      switch (field.type) {
        case 'text':
          return typeof value === 'string' && value !== '';
        case 'number':
          return typeof value === 'number' && Number.isFinite(value);
        case 'boolean':
          return typeof value === 'boolean';
        case 'date':
          return typeof value === 'string' && DATE_PATTERN.test(value);
        case 'dateTime':
          return typeof value === 'string' && DATE_TIME_PATTERN.test(value) && value <= NOW.toISOString();
        case 'choice':
          return typeof value === 'string' && (field.options ?? []).includes(value);
        case 'textList':
          return Array.isArray(value) && value.every((item) => typeof item === 'string' && item !== '');
      }
    };
    const misfits = contacts.flatMap((contact) =>
      Object.entries(contact.attributes)
        .filter(([key, value]) => {
          const field = fields.find((candidate) => candidate.key === key);
          return field === undefined || (value !== null && !fits(field, value));
        })
        .map(([key, value]) => `${contact.customerId}.${key} = ${JSON.stringify(value)}`),
    );
    expect(misfits).toEqual([]);
  });

  it('is awkward where real data is: unset both ways, capitals, decomposed accents, non-Latin names, empty lists', () => {
    for (const { key } of GENERATED_CUSTOM_FIELDS) {
      expect(
        share((contact) => contact.attributes[key] !== undefined && contact.attributes[key] !== null),
        key,
      ).toBeGreaterThan(0.5);
      expect(
        share((contact) => contact.attributes[key] === null),
        key,
      ).toBeGreaterThan(0);
      expect(
        share((contact) => !Object.hasOwn(contact.attributes, key)),
        key,
      ).toBeGreaterThan(0);
    }
    const city = (contact: Contact) => String(contact.attributes.city ?? '');
    expect(share((contact) => city(contact) !== '' && city(contact) === city(contact).toUpperCase())).toBeGreaterThan(
      0.01,
    );
    expect(share((contact) => city(contact) !== city(contact).normalize('NFC'))).toBeGreaterThan(0.002);
    expect(share((contact) => /[^\u0020-\u024f]/.test(String(contact.attributes.lastName ?? '')))).toBeGreaterThan(
      0.02,
    );
    expect(
      share((contact) => Array.isArray(contact.attributes.tags) && contact.attributes.tags.length === 0),
    ).toBeGreaterThan(0.05);
    expect(share((contact) => contact.pushTokens.length > 0)).toBeGreaterThan(0.2);
    expect(share((contact) => contact.email === null)).toBeGreaterThan(0.02);
  });

  it('is cheap enough for a million rows', () => {
    const started = performance.now();
    let tokens = 0;
    for (let index = 0; index < 50_000; index += 1) tokens += generateContact(index).pushTokens.length;
    expect(tokens).toBeGreaterThan(0);
    // About 3 µs a row on a slow CI machine; the bound leaves room without letting it grow heavy.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
