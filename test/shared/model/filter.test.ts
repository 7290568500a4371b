import { describe, expect, it } from 'vitest';
import { describeOperator, describeRule, FILTER_OPERATORS, FilterSchema } from '../../../shared/model/filter';

describe('filter operators', () => {
  it('keep every operator older journeys use, and add range, rolling-window and contact-list ones', () => {
    expect(FILTER_OPERATORS.slice(0, 16)).toEqual([
      'equals',
      'notEquals',
      'contains',
      'notContains',
      'startsWith',
      'endsWith',
      'greaterThan',
      'greaterThanOrEqual',
      'lessThan',
      'lessThanOrEqual',
      'in',
      'notIn',
      'isSet',
      'isNotSet',
      'before',
      'after',
    ]);
    expect(FILTER_OPERATORS.slice(16)).toEqual(['between', 'withinLastDays', 'inContactList', 'notInContactList']);
  });

  it('are accepted in stored filters with their values', () => {
    const filter = {
      combinator: 'and',
      groups: [
        {
          combinator: 'or',
          rules: [
            { field: 'points', operator: 'between', value: [1, 10] },
            { field: 'birthday', operator: 'between', value: ['2024-01-01', '2024-12-31'] },
            { field: 'lastOrder', operator: 'withinLastDays', value: 30 },
            { field: 'customerId', operator: 'inContactList', value: 'list-1' },
            { field: 'customerId', operator: 'notInContactList', value: 'list-2' },
          ],
        },
      ],
    };
    expect(FilterSchema.parse(filter)).toEqual(filter);
  });
});

describe('describeRule', () => {
  it('reads the new operators as phrases', () => {
    expect(describeRule({ field: 'points', operator: 'between', value: [1, 10] })).toBe('points is between 1 and 10');
    expect(describeRule({ field: 'lastOrder', operator: 'withinLastDays', value: 30 })).toBe(
      'lastOrder is within the last 30 days',
    );
    expect(describeRule({ field: 'lastOrder', operator: 'withinLastDays', value: 1 })).toBe(
      'lastOrder is within the last 1 day',
    );
    expect(describeRule({ field: 'customerId', operator: 'inContactList', value: 'list-1' })).toBe(
      'customerId is in contact list list-1',
    );
    expect(describeRule({ field: 'customerId', operator: 'notInContactList', value: 'list-1' })).toBe(
      'customerId is not in contact list list-1',
    );
  });

  it('still shows an incomplete between as it is', () => {
    expect(describeRule({ field: 'points', operator: 'between', value: [1] })).toBe('points is between 1');
    expect(describeRule({ field: 'points', operator: 'between' })).toBe('points is between');
  });

  it('words the older operators as before', () => {
    expect(describeRule({ field: 'tier', operator: 'in', value: ['gold', 'platinum'] })).toBe(
      'tier is one of gold, platinum',
    );
    expect(describeRule({ field: '', operator: 'isSet' })).toBe('(no field) is set');
    expect(describeOperator('greaterThanOrEqual')).toBe('≥');
    expect(describeOperator('withinLastDays')).toBe('is within the last');
  });
});
