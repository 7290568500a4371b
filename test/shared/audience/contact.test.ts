import { describe, expect, it } from 'vitest';
import { ContactSchema, customerTemplateData, fieldValue } from '../../../shared/audience/index';
import { anna } from '../../support/sample-contact';
import { issuesOf } from '../model/issues-of';

describe('ContactSchema', () => {
  it('fills unset built-in fields and writes createdAt in the one stored shape', () => {
    expect(ContactSchema.parse({ customerId: 'C-2', createdAt: '2024-05-01T09:30:00+02:00' })).toEqual({
      customerId: 'C-2',
      email: null,
      phone: null,
      telegramChatId: null,
      pushTokens: [],
      language: null,
      timeZone: null,
      createdAt: '2024-05-01T07:30:00.000Z',
      attributes: {},
    });
  });

  it('accepts a full contact unchanged', () => {
    expect(ContactSchema.parse(anna)).toEqual(anna);
  });

  it('needs a customerId and an ISO date-time with an offset', () => {
    expect(issuesOf(ContactSchema, { ...anna, customerId: '  ' })).toEqual([
      { path: 'customerId', message: 'A contact needs a customerId' },
    ]);
    expect(issuesOf(ContactSchema, { ...anna, createdAt: '2024-05-01 09:30' })).toEqual([
      { path: 'createdAt', message: 'Expected an ISO 8601 date-time such as 2024-05-01T09:30:00.000Z' },
    ]);
  });

  it('takes attribute values of the storable kinds only', () => {
    expect(issuesOf(ContactSchema, { ...anna, attributes: { a: { nested: true } } })).toEqual([
      { path: 'attributes.a', message: 'Expected text, a number, true/false, a list of text, or null' },
    ]);
    expect(issuesOf(ContactSchema, { ...anna, attributes: { a: [1, 2] } })).not.toEqual([]);
    expect(issuesOf(ContactSchema, { ...anna, unknown: 1 })).not.toEqual([]);
  });
});

describe('fieldValue', () => {
  it('reads built-in fields from the contact and custom ones from its attributes', () => {
    expect(fieldValue(anna, 'email')).toBe('anna@example.com');
    expect(fieldValue(anna, 'pushTokens')).toEqual(['tok-1', 'tok-2']);
    expect(fieldValue(anna, 'telegramChatId')).toBeNull();
    expect(fieldValue(anna, 'loyaltyPoints')).toBe(120);
    expect(fieldValue(anna, 'tags')).toEqual(['vip']);
  });

  it('is null for a custom field that is null or absent, and never reads inherited properties', () => {
    expect(fieldValue(anna, 'nickname')).toBeNull();
    expect(fieldValue(anna, 'missing')).toBeNull();
    expect(fieldValue(anna, 'constructor')).toBeNull();
    expect(fieldValue(anna, 'toString')).toBeNull();
    expect(fieldValue(anna, '__proto__')).toBeNull();
  });

  it('reads a built-in field from the contact even when attributes hold the same key', () => {
    expect(fieldValue({ ...anna, attributes: { email: 'other@example.com' } }, 'email')).toBe('anna@example.com');
  });
});

describe('customerTemplateData', () => {
  it('puts custom and built-in fields side by side, built-ins winning', () => {
    const data = customerTemplateData({ ...anna, attributes: { city: 'Berlin', email: 'spoof@example.com' } });
    expect(data).toEqual({ ...anna, attributes: undefined, city: 'Berlin', email: 'anna@example.com' });
    expect(Object.hasOwn(data, 'attributes')).toBe(false);
  });
});
