import { describe, it, expect } from 'vitest';
import { BUILTIN_CUSTOMER_FIELDS, extractVariables, findUndefinedVariables } from '../../../shared/templates/index';

const data = {
  customer: { first_name: 'Anna', address: { city: 'Porto', zip: null }, tags: ['vip'], 'first name': 'Anna M.' },
  order: { id: 'A-1', items: [{ sku: 'S1', name: 'Scarf' }], notes: '' },
  event: { properties: { x: 1, nested: { deep: true } } },
};

describe('findUndefinedVariables', () => {
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

  it('accepts paths present in the sample data, walking nested objects', () => {
    expect(
      findUndefinedVariables(
        ['customer.first_name', 'customer.address.city', 'event.properties.nested.deep', 'order.id'],
        data,
        [],
      ),
    ).toEqual([]);
  });

  it('flags paths missing from the data', () => {
    expect(findUndefinedVariables(['customer.last_name', 'order.awb', 'event.properties.y'], data, [])).toEqual([
      'customer.last_name',
      'event.properties.y',
      'order.awb',
    ]);
  });

  it('flags a path that goes deeper than the data', () => {
    expect(
      findUndefinedVariables(['customer.first_name.initial', 'customer.address.city.name', 'order.id.x'], data, []),
    ).toEqual(['customer.address.city.name', 'customer.first_name.initial', 'order.id.x']);
  });

  it('counts a key present with null or "" as defined: the profile has the field', () => {
    expect(findUndefinedVariables(['customer.address.zip', 'order.notes'], data, [])).toEqual([]);
  });

  it('trusts built-in customer fields even when the sample lacks them', () => {
    expect(
      findUndefinedVariables(
        BUILTIN_CUSTOMER_FIELDS.map((field) => `customer.${field}`),
        data,
        [],
      ),
    ).toEqual([]);
  });

  it('trusts known custom customer fields, and what lies beneath them', () => {
    expect(
      findUndefinedVariables(['customer.loyalty_tier', 'customer.preferences.store'], data, [
        'loyalty_tier',
        'preferences',
      ]),
    ).toEqual([]);
    expect(findUndefinedVariables(['customer.loyalty_tier'], data, ['tier'])).toEqual(['customer.loyalty_tier']);
  });

  it('does not trust known customer fields on other roots', () => {
    expect(findUndefinedVariables(['order.email', 'event.loyalty_tier'], data, ['loyalty_tier'])).toEqual([
      'event.loyalty_tier',
      'order.email',
    ]);
  });

  it('flags roots other than customer, order and event', () => {
    expect(findUndefinedVariables(['subject', 'shop.name'], data, [])).toEqual(['shop.name', 'subject']);
  });

  it('accepts a bare root that the data has', () => {
    expect(findUndefinedVariables(['customer', 'order'], data, [])).toEqual([]);
    expect(findUndefinedVariables(['event'], { customer: {}, order: {} }, [])).toEqual(['event']);
  });

  it('walks array indexes and Liquid special properties', () => {
    expect(
      findUndefinedVariables(
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
    ).toEqual([]);
    expect(
      findUndefinedVariables(
        ['order.items[1].sku', 'order.items[0].price', 'order.items.first.price', 'order.items.count'],
        data,
        [],
      ),
    ).toEqual(['order.items.count', 'order.items.first.price', 'order.items[0].price', 'order.items[1].sku']);
  });

  it('treats first and last of an empty list as undefined', () => {
    expect(findUndefinedVariables(['order.items.first.sku'], { order: { items: [] } }, [])).toEqual([
      'order.items.first.sku',
    ]);
  });

  it('resolves bracketed keys', () => {
    expect(findUndefinedVariables(['customer["first name"]', 'customer["last name"]'], data, [])).toEqual([
      'customer["last name"]',
    ]);
  });

  it('does not see inherited properties as data', () => {
    expect(findUndefinedVariables(['customer.constructor', 'order.toString'], data, [])).toEqual([
      'customer.constructor',
      'order.toString',
    ]);
  });

  it('dedupes and sorts', () => {
    expect(findUndefinedVariables(['order.b', 'order.a', 'order.b'], data, [])).toEqual(['order.a', 'order.b']);
  });

  it('works on what extractVariables returns', () => {
    const { paths } = extractVariables(
      '{{ customer.first_name }} {{ customer.nickname }} {% for item in order.items %}{{ item.sku }}{% endfor %} {{ customer["first name"] }} {{ event.properties.coupon }}',
    );
    expect(findUndefinedVariables(paths, data, [])).toEqual(['customer.nickname', 'event.properties.coupon']);
  });
});
