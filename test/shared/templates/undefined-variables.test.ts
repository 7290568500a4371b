import { describe, it, expect } from 'vitest';
import { BUILTIN_CUSTOMER_FIELDS, checkVariables, extractVariables } from '../../../shared/templates/index';

const data = {
  customer: { first_name: 'Anna', address: { city: 'Porto', zip: null }, tags: ['vip'], 'first name': 'Anna M.' },
  order: { id: 'A-1', items: [{ sku: 'S1', name: 'Scarf' }], notes: '' },
  event: { properties: { x: 1, nested: { deep: true } } },
};

/** The paths nothing provides. */
const undefinedOf = (paths: readonly string[], values: Readonly<Record<string, unknown>>, fields: string[] = []) =>
  checkVariables(paths, values, fields).undefined;

/** The customer paths only the data has: no customer field of that name. */
const notFieldsOf = (paths: readonly string[], values: Readonly<Record<string, unknown>>, fields: string[] = []) =>
  checkVariables(paths, values, fields).notCustomerFields;

describe('checkVariables', () => {
  it('exports the built-in customer fields', () => {
    expect([...BUILTIN_CUSTOMER_FIELDS]).toEqual([
      'customerId',
      'email',
      'phone',
      'telegramChatId',
      'pushTokens',
      'language',
      'timeZone',
      'createdAt',
    ]);
  });

  it('accepts paths present in the data, walking nested objects', () => {
    expect(
      checkVariables(['customer.address.city', 'event.properties.nested.deep', 'order.id'], data, ['address']),
    ).toEqual({ undefined: [], notCustomerFields: [] });
  });

  it('flags paths missing from the data', () => {
    expect(undefinedOf(['customer.last_name', 'order.awb', 'event.properties.y'], data)).toEqual([
      'customer.last_name',
      'event.properties.y',
      'order.awb',
    ]);
  });

  it('flags a path that goes deeper than the data', () => {
    expect(undefinedOf(['customer.first_name.initial', 'customer.address.city.name', 'order.id.x'], data)).toEqual([
      'customer.address.city.name',
      'customer.first_name.initial',
      'order.id.x',
    ]);
  });

  it('counts a key present with null or "" as defined: the profile has the field', () => {
    expect(checkVariables(['customer.address.zip', 'order.notes'], data, ['address'])).toEqual({
      undefined: [],
      notCustomerFields: [],
    });
  });

  it('trusts built-in customer fields even when the sample lacks them', () => {
    expect(
      checkVariables(
        BUILTIN_CUSTOMER_FIELDS.map((field) => `customer.${field}`),
        data,
        [],
      ),
    ).toEqual({ undefined: [], notCustomerFields: [] });
  });

  it('trusts known custom customer fields, and what lies beneath them', () => {
    expect(
      checkVariables(['customer.loyalty_tier', 'customer.preferences.store', 'customer.first_name.initial'], data, [
        'loyalty_tier',
        'preferences',
        'first_name',
      ]),
    ).toEqual({ undefined: [], notCustomerFields: [] });
    expect(undefinedOf(['customer.loyalty_tier'], data, ['tier'])).toEqual(['customer.loyalty_tier']);
  });

  it('flags a customer key that is not a customer field even when the sample data has it', () => {
    expect(
      checkVariables(['customer.first_name', 'customer.address.city', 'customer.tags.first', 'customer.email'], data, [
        'tags',
      ]),
    ).toEqual({ undefined: [], notCustomerFields: ['customer.address.city', 'customer.first_name'] });
    // Once the field is defined, the same path is fine.
    expect(notFieldsOf(['customer.first_name'], data, ['first_name'])).toEqual([]);
  });

  it('names a customer key the data lacks as undefined only, not as a sample-only key', () => {
    expect(checkVariables(['customer.nickname', 'customer.address.street'], data, [])).toEqual({
      undefined: ['customer.address.street', 'customer.nickname'],
      notCustomerFields: [],
    });
  });

  it('does not trust known customer fields on other roots', () => {
    expect(undefinedOf(['order.email', 'event.loyalty_tier'], data, ['loyalty_tier'])).toEqual([
      'event.loyalty_tier',
      'order.email',
    ]);
  });

  it('flags roots other than customer, order and event', () => {
    expect(undefinedOf(['subject', 'shop.name'], data)).toEqual(['shop.name', 'subject']);
  });

  it('accepts a bare root that the data has', () => {
    expect(checkVariables(['customer', 'order'], data, [])).toEqual({ undefined: [], notCustomerFields: [] });
    expect(undefinedOf(['event'], { customer: {}, order: {} })).toEqual(['event']);
  });

  it('walks array indexes and Liquid special properties', () => {
    expect(
      checkVariables(
        [
          'order.items[0].sku',
          'order.items.first.name',
          'order.items.last.sku',
          'order.items.size',
          'customer.first_name.size',
        ],
        data,
        [],
      ),
    ).toEqual({ undefined: [], notCustomerFields: ['customer.first_name.size'] });
    expect(
      undefinedOf(['order.items[1].sku', 'order.items[0].price', 'order.items.first.price', 'order.items.count'], data),
    ).toEqual(['order.items.count', 'order.items.first.price', 'order.items[0].price', 'order.items[1].sku']);
  });

  it('treats first and last of an empty list as undefined', () => {
    expect(undefinedOf(['order.items.first.sku'], { order: { items: [] } })).toEqual(['order.items.first.sku']);
  });

  it('resolves bracketed keys', () => {
    expect(checkVariables(['customer["first name"]', 'customer["last name"]'], data, [])).toEqual({
      undefined: ['customer["last name"]'],
      notCustomerFields: ['customer["first name"]'],
    });
    expect(notFieldsOf(['customer["first name"]'], data, ['first name'])).toEqual([]);
  });

  it('does not see inherited properties as data', () => {
    expect(undefinedOf(['customer.constructor', 'order.toString'], data)).toEqual([
      'customer.constructor',
      'order.toString',
    ]);
  });

  it('dedupes and sorts', () => {
    expect(undefinedOf(['order.b', 'order.a', 'order.b'], data)).toEqual(['order.a', 'order.b']);
    expect(notFieldsOf(['customer.tags', 'customer.first_name', 'customer.tags'], data)).toEqual([
      'customer.first_name',
      'customer.tags',
    ]);
  });

  it('works on what extractVariables returns', () => {
    const { paths } = extractVariables(
      '{{ customer.first_name }} {{ customer.nickname }} {% for item in order.items %}{{ item.sku }}{% endfor %} {{ customer["first name"] }} {{ event.properties.coupon }}',
    );
    expect(checkVariables(paths, data, ['first_name'])).toEqual({
      undefined: ['customer.nickname', 'event.properties.coupon'],
      notCustomerFields: ['customer["first name"]'],
    });
  });
});
