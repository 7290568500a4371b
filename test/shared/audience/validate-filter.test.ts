import { describe, expect, it } from 'vitest';
import type { Filter, FilterRule } from '../../../shared/model/filter';
import { allFields, validateFilter, type CustomField, type FilterIssue } from '../../../shared/audience/index';

const custom: CustomField[] = [
  { key: 'city', label: 'City', description: '', type: 'text' },
  { key: 'points', label: 'Points', description: '', type: 'number' },
  { key: 'vip', label: 'VIP', description: '', type: 'boolean' },
  { key: 'birthday', label: 'Birthday', description: '', type: 'date' },
  { key: 'lastOrder', label: 'Last order', description: '', type: 'dateTime' },
  { key: 'tier', label: 'Tier', description: '', type: 'choice', options: ['Bronze', 'Gold'] },
  { key: 'tags', label: 'Tags', description: '', type: 'textList' },
];
const fields = allFields(custom);

function issues(...rules: FilterRule[]): Pick<FilterIssue, 'path' | 'code' | 'message'>[] {
  const filter: Filter = { combinator: 'and', groups: [{ combinator: 'or', rules }] };
  return validateFilter(filter, fields).map(({ path, code, message }) => ({ path, code, message }));
}

function messages(rule: FilterRule): string[] {
  return issues(rule).map((issue) => issue.message);
}

describe('validateFilter', () => {
  it('is empty for a filter whose rules are all usable', () => {
    expect(
      issues(
        { field: 'city', operator: 'startsWith', value: 'Ber' },
        { field: 'customer.points', operator: 'between', value: [1, 10] },
        { field: 'points', operator: 'equals', value: '1,234.5' },
        { field: 'vip', operator: 'equals', value: 'yes' },
        { field: 'birthday', operator: 'withinLastDays', value: '30' },
        { field: 'lastOrder', operator: 'between', value: ['2024-05-01', '2024-05-01T12:00:00+02:00'] },
        { field: 'tier', operator: 'in', value: ['gold', 'BRONZE'] },
        { field: 'tags', operator: 'contains', value: 'vip' },
        { field: 'customerId', operator: 'inContactList', value: 'list-1' },
        { field: 'email', operator: 'isSet', value: 'ignored' },
      ),
    ).toEqual([]);
    expect(validateFilter({ combinator: 'and', groups: [] }, fields)).toEqual([]);
  });

  it('places each issue in the filter and in its rule', () => {
    const filter: Filter = {
      combinator: 'and',
      groups: [
        { combinator: 'and', rules: [{ field: 'city', operator: 'equals', value: 'x' }] },
        {
          combinator: 'and',
          rules: [
            { field: 'city', operator: 'equals', value: 'x' },
            { field: 'points', operator: 'in', value: ['1', 'two'] },
          ],
        },
      ],
    };
    expect(validateFilter(filter, fields)).toEqual([
      {
        groupIndex: 1,
        ruleIndex: 1,
        path: 'groups[1].rules[1].value[1]',
        rulePath: 'value[1]',
        code: 'invalidValue',
        message: '"two" is not a number',
      },
    ]);
  });

  it('reports unknown fields', () => {
    expect(issues({ field: 'citty', operator: 'equals', value: 'Berlin' })).toEqual([
      { path: 'groups[0].rules[0].field', code: 'unknownField', message: 'There is no customer field "citty"' },
    ]);
    expect(messages({ field: ' ', operator: 'isSet' })).toEqual(['Choose a field']);
  });

  it('reports operators that do not apply to the field’s type', () => {
    expect(issues({ field: 'points', operator: 'before', value: '2024-01-01' })).toEqual([
      {
        path: 'groups[0].rules[0].operator',
        code: 'operatorNotForType',
        message: '"is before" does not apply to points, a number field',
      },
    ]);
    expect(messages({ field: 'tags', operator: 'startsWith', value: 'v' })).toEqual([
      '"starts with" does not apply to tags, a list of text field',
    ]);
    expect(messages({ field: 'vip', operator: 'greaterThan', value: 1 })).toEqual([
      '">" does not apply to vip, a yes / no field',
    ]);
    expect(messages({ field: 'city', operator: 'inContactList', value: 'L' })).toEqual([
      '"is in contact list" is a rule on the customerId field, not on city',
    ]);
  });

  it('reports missing values', () => {
    expect(messages({ field: 'city', operator: 'equals' })).toEqual(['Enter a value']);
    expect(messages({ field: 'city', operator: 'equals', value: '  ' })).toEqual(['Enter a value']);
    expect(messages({ field: 'city', operator: 'in', value: [] })).toEqual(['Enter at least one value']);
    expect(messages({ field: 'points', operator: 'greaterThan', value: '' })).toEqual(['Enter a number']);
    expect(messages({ field: 'vip', operator: 'equals' })).toEqual(['Choose yes or no']);
    expect(messages({ field: 'birthday', operator: 'before' })).toEqual(['Enter a date']);
    expect(messages({ field: 'customerId', operator: 'inContactList', value: '' })).toEqual(['Choose a contact list']);
    expect(issues({ field: 'city', operator: 'in', value: ['a', ''] })).toEqual([
      { path: 'groups[0].rules[0].value[1]', code: 'missingValue', message: 'Enter a value' },
    ]);
  });

  it('reports values of the wrong kind', () => {
    expect(messages({ field: 'points', operator: 'equals', value: '12abc' })).toEqual(['"12abc" is not a number']);
    expect(messages({ field: 'points', operator: 'equals', value: true })).toEqual(['Enter a number, not true/false']);
    expect(messages({ field: 'points', operator: 'equals', value: [1, 2] })).toEqual(['Enter one value, not a list']);
    expect(messages({ field: 'vip', operator: 'equals', value: 'maybe' })).toEqual([
      '"maybe" is not yes/no: use true/false, yes/no or 1/0',
    ]);
    expect(messages({ field: 'city', operator: 'equals', value: false })).toEqual(['Enter text, not true/false']);
    expect(messages({ field: 'birthday', operator: 'after', value: '05/06/2024' })).toEqual([
      '"05/06/2024" could be 5 June or May 6: write 2024-06-05 or 2024-05-06',
    ]);
    expect(messages({ field: 'birthday', operator: 'after', value: 20240501 })).toEqual([
      'Enter a date such as 2024-05-01',
    ]);
    expect(messages({ field: 'lastOrder', operator: 'before', value: '2024-05-01T25:00Z' })).toEqual([
      '"2024-05-01T25:00Z" is not a real time of day',
    ]);
    expect(messages({ field: 'birthday', operator: 'withinLastDays', value: 0 })).toEqual([
      'Enter a whole number of days from 1 to 36500',
    ]);
    expect(messages({ field: 'birthday', operator: 'withinLastDays', value: 2.5 })).toEqual([
      'Enter a whole number of days from 1 to 36500',
    ]);
    expect(messages({ field: 'tier', operator: 'equals', value: 'Diamond' })).toEqual([
      '"Diamond" is not an option of tier (Bronze, Gold)',
    ]);
  });

  it('reports a between without two values, or with them the wrong way round', () => {
    expect(issues({ field: 'points', operator: 'between', value: [1] })).toEqual([
      {
        path: 'groups[0].rules[0].value',
        code: 'betweenNeedsTwoValues',
        message: '"is between" needs two values: from and to',
      },
    ]);
    expect(messages({ field: 'points', operator: 'between', value: 5 })).toEqual([
      '"is between" needs two values: from and to',
    ]);
    expect(messages({ field: 'points', operator: 'between', value: [1, 2, 3] })).toEqual([
      '"is between" needs two values: from and to',
    ]);
    expect(issues({ field: 'points', operator: 'between', value: [10, 1] })).toEqual([
      {
        path: 'groups[0].rules[0].value',
        code: 'emptyRange',
        message: 'The first number must not be greater than the second (10 > 1)',
      },
    ]);
    expect(messages({ field: 'birthday', operator: 'between', value: ['2024-02-01', '2024-01-01'] })).toEqual([
      'The first date must not be after the second (2024-02-01 > 2024-01-01)',
    ]);
    expect(
      messages({ field: 'lastOrder', operator: 'between', value: ['2024-05-01T10:00Z', '2024-05-01T09:00Z'] }),
    ).toEqual(['The first date must not be after the second']);
    // The same day at both ends is the whole day, not an empty range.
    expect(messages({ field: 'lastOrder', operator: 'between', value: ['2024-05-01', '2024-05-01'] })).toEqual([]);
    expect(issues({ field: 'points', operator: 'between', value: ['x', ''] }).map((issue) => issue.path)).toEqual([
      'groups[0].rules[0].value[0]',
      'groups[0].rules[0].value[1]',
    ]);
  });
});
