import { describe, expect, it } from 'vitest';
import { FILTER_OPERATORS, FilterRuleSchema } from '../../../../shared/model/index';
import {
  OPERATOR_LABELS,
  emptyRule,
  valueForOperator,
  valueInputFor,
  withOperator,
} from '../../../../renderer/src/editor/inspector/filter-values';

describe('operators', () => {
  it('has a readable label for every operator', () => {
    for (const operator of FILTER_OPERATORS) expect(OPERATOR_LABELS[operator]).toMatch(/^[a-z ]+$/);
  });

  it('hides the value for isSet and isNotSet and asks lists for in and notIn', () => {
    expect(valueInputFor('isSet')).toBe('none');
    expect(valueInputFor('isNotSet')).toBe('none');
    expect(valueInputFor('in')).toBe('list');
    expect(valueInputFor('notIn')).toBe('list');
    expect(valueInputFor('greaterThan')).toBe('number');
    expect(valueInputFor('equals')).toBe('text');
    expect(valueInputFor('before')).toBe('text');
  });
});

describe('valueForOperator', () => {
  it('drops the value for operators that take none', () => {
    expect(valueForOperator('Madrid', 'isSet')).toBeUndefined();
    const rule = withOperator({ field: 'city', operator: 'equals', value: 'Madrid' }, 'isNotSet');
    expect(rule).toEqual({ field: 'city', operator: 'isNotSet' });
    expect('value' in rule).toBe(false);
  });

  it('turns a value into a list of strings, splitting comma-separated text', () => {
    expect(valueForOperator('Madrid, Paris', 'in')).toEqual(['Madrid', 'Paris']);
    expect(valueForOperator('', 'in')).toEqual([]);
    expect(valueForOperator(undefined, 'notIn')).toEqual([]);
    expect(valueForOperator([1, 2], 'in')).toEqual(['1', '2']);
    expect(valueForOperator(42, 'in')).toEqual(['42']);
  });

  it('keeps numbers for comparisons and asks for one when there is none', () => {
    expect(valueForOperator(5, 'lessThan')).toBe(5);
    expect(valueForOperator(' 12 ', 'greaterThan')).toBe(12);
    expect(valueForOperator(['3', '4'], 'greaterThanOrEqual')).toBe(3);
    expect(valueForOperator('abc', 'lessThanOrEqual')).toBeNaN();
    expect(valueForOperator(undefined, 'greaterThan')).toBeNaN();
  });

  it('writes anything out as text for text operators', () => {
    expect(valueForOperator(['a', 'b'], 'equals')).toBe('a');
    expect(valueForOperator([], 'contains')).toBe('');
    expect(valueForOperator(3, 'startsWith')).toBe('3');
    expect(valueForOperator(undefined, 'after')).toBe('');
  });

  it('produces rules the model accepts, except an unfinished number', () => {
    for (const operator of FILTER_OPERATORS) {
      const rule = withOperator({ field: 'x', operator: 'equals', value: '7' }, operator);
      expect(FilterRuleSchema.safeParse(rule).success).toBe(true);
    }
    expect(FilterRuleSchema.safeParse(emptyRule()).success).toBe(true);
  });
});
