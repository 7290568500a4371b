import { describe, expect, it } from 'vitest';
import { FILTER_OPERATORS, FilterRuleSchema } from '../../../shared/model/index';
import {
  operatorsFor,
  rangeOf,
  valueForOperator,
  valueInputFor,
  withField,
  withOperator,
} from '../../../renderer/src/editor/inspector/filter-values';

describe('operators offered by field', () => {
  it('offers a known field the operators of its type', () => {
    expect(operatorsFor({ key: 'score', type: 'number' })).toContain('between');
    expect(operatorsFor({ key: 'score', type: 'number' })).not.toContain('contains');
    expect(operatorsFor({ key: 'vip', type: 'boolean' })).toEqual(['equals', 'notEquals', 'isSet', 'isNotSet']);
    expect(operatorsFor({ key: 'createdAt', type: 'dateTime' })).toContain('withinLastDays');
  });

  it('offers list membership on customerId only', () => {
    expect(operatorsFor({ key: 'customerId', type: 'text' })).toContain('inContactList');
    expect(operatorsFor({ key: 'email', type: 'text' })).not.toContain('inContactList');
    expect(operatorsFor(undefined)).not.toContain('notInContactList');
    expect(operatorsFor(undefined)).toContain('between');
  });
});

describe('value inputs by type', () => {
  it('picks an input from the operator and the field type', () => {
    expect(valueInputFor('equals', 'date')).toBe('date');
    expect(valueInputFor('before', 'dateTime')).toBe('date');
    expect(valueInputFor('equals', 'boolean')).toBe('boolean');
    expect(valueInputFor('equals', 'choice')).toBe('choice');
    expect(valueInputFor('in', 'choice')).toBe('list');
    expect(valueInputFor('equals', 'number')).toBe('number');
    expect(valueInputFor('between', 'number')).toBe('range');
    expect(valueInputFor('withinLastDays', 'date')).toBe('days');
    expect(valueInputFor('inContactList', 'text')).toBe('contactList');
  });

  it('converts values to the new shape', () => {
    expect(valueForOperator('5', 'between', 'number')).toEqual(['5', '']);
    expect(valueForOperator([1, 9], 'between', 'number')).toEqual(['1', '9']);
    expect(valueForOperator('30', 'withinLastDays', 'date')).toBe(30);
    expect(valueForOperator('false', 'equals', 'boolean')).toBe(false);
    expect(valueForOperator(undefined, 'equals', 'boolean')).toBe(true);
    expect(valueForOperator(['list-1'], 'inContactList', 'text')).toBe('list-1');
    expect(rangeOf(['a', 'b'])).toEqual(['a', 'b']);
    expect(rangeOf('x')).toEqual(['', '']);
  });

  it('produces rules the model accepts for every operator and type', () => {
    for (const type of ['text', 'number', 'boolean', 'date', 'choice'] as const) {
      for (const operator of FILTER_OPERATORS) {
        const rule = withOperator({ field: 'x', operator: 'equals', value: '7' }, operator, type);
        expect(FilterRuleSchema.safeParse(rule).success).toBe(true);
      }
    }
  });
});

describe('withField', () => {
  it('keeps an operator the new type offers', () => {
    expect(withField({ field: 'email', operator: 'isSet' }, 'score', { key: 'score', type: 'number' })).toEqual({
      field: 'score',
      operator: 'isSet',
    });
  });

  it('falls back to the first operator of the type and converts the value', () => {
    expect(
      withField({ field: 'email', operator: 'contains', value: 'x' }, 'vip', { key: 'vip', type: 'boolean' }),
    ).toEqual({ field: 'vip', operator: 'equals', value: true });
    expect(
      withField({ field: 'email', operator: 'startsWith', value: '3' }, 'score', { key: 'score', type: 'number' }),
    ).toEqual({ field: 'score', operator: 'equals', value: 3 });
  });

  it('lets a free path keep any operator but list membership', () => {
    expect(
      withField({ field: 'customerId', operator: 'inContactList', value: 'l1' }, 'event.total', undefined).operator,
    ).toBe('equals');
  });
});
