import { describe, expect, it } from 'vitest';
import { FILTER_OPERATORS } from '../../../shared/model/filter';
import {
  BUILTIN_FIELDS,
  CONTACT_LIST_FIELD,
  CONTACT_LIST_OPERATORS,
  FIELD_TYPES,
  fieldKeyOf,
  fieldLookup,
  NEGATED_OPERATORS,
  OPERATORS_BY_TYPE,
  operatorsForField,
  type FieldDefinition,
} from '../../../shared/audience/index';

describe('operators by field type', () => {
  it('offer every operator on some field', () => {
    const offered = new Set([...FIELD_TYPES.flatMap((type) => OPERATORS_BY_TYPE[type]), ...CONTACT_LIST_OPERATORS]);
    expect(FILTER_OPERATORS.filter((operator) => !offered.has(operator))).toEqual([]);
  });

  it('offer is set / is not set on every type, and each "not" operator with its positive one', () => {
    for (const type of FIELD_TYPES) {
      const operators = OPERATORS_BY_TYPE[type];
      expect(operators, type).toEqual(expect.arrayContaining(['isSet', 'isNotSet']));
      for (const [negative, positive] of Object.entries(NEGATED_OPERATORS)) {
        if (operators.includes(negative as never)) expect(operators, `${type} ${negative}`).toContain(positive);
      }
    }
  });

  it('match the issue’s list per type', () => {
    expect(OPERATORS_BY_TYPE.number).toEqual(expect.arrayContaining(['greaterThan', 'lessThan', 'between', 'equals']));
    expect(OPERATORS_BY_TYPE.date).toEqual(expect.arrayContaining(['before', 'after', 'between', 'withinLastDays']));
    expect(OPERATORS_BY_TYPE.dateTime).toEqual(
      expect.arrayContaining(['before', 'after', 'between', 'withinLastDays']),
    );
    expect(OPERATORS_BY_TYPE.text).toEqual(
      expect.arrayContaining(['contains', 'startsWith', 'endsWith', 'in', 'notIn']),
    );
    expect(OPERATORS_BY_TYPE.boolean).not.toContain('greaterThan');
    expect(OPERATORS_BY_TYPE.textList).not.toContain('startsWith');
  });

  it('add the contact-list operators on customerId only', () => {
    const customerId = BUILTIN_FIELDS[0] as FieldDefinition;
    expect(customerId.key).toBe(CONTACT_LIST_FIELD);
    expect(operatorsForField(customerId)).toEqual([...OPERATORS_BY_TYPE.text, 'inContactList', 'notInContactList']);
    expect(operatorsForField({ key: 'email', type: 'text' })).toEqual(OPERATORS_BY_TYPE.text);
  });
});

describe('fieldLookup', () => {
  const city: FieldDefinition = { key: 'city', label: 'City', description: '', type: 'text', builtIn: false };

  it('finds fields by key or as templates name them', () => {
    const lookup = fieldLookup([city]);
    expect(lookup('city')).toBe(city);
    expect(lookup('customer.city')).toBe(city);
    expect(lookup('town')).toBeUndefined();
    expect(fieldKeyOf('customer.city')).toBe('city');
    expect(fieldKeyOf('order.id')).toBe('order.id');
  });

  it('always knows the built-in fields, and never lets a custom one stand in for them', () => {
    const lookup = fieldLookup([{ ...city, key: 'email', type: 'number' }]);
    expect(lookup('email')?.type).toBe('text');
    expect(lookup('customer.createdAt')?.type).toBe('dateTime');
  });
});
