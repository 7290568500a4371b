import { describe, it, expect } from 'vitest';
import { conditionNodeKind } from '../../../../shared/model/nodes/condition';
import type { ConditionConfig } from '../../../../shared/model/nodes/condition';
import { issuesOf } from '../issues-of';

const { config: schema } = conditionNodeKind;

const vipRule = { field: 'tier', operator: 'in', value: ['gold', 'platinum'] } as const;

describe('condition node kind', () => {
  it('defaults to a profile check with no rules yet', () => {
    expect(schema.parse(conditionNodeKind.defaults())).toEqual({
      source: 'profile',
      filter: { combinator: 'and', groups: [] },
    });
  });

  it('branches yes / no', () => {
    expect(conditionNodeKind.outputs(conditionNodeKind.defaults()).map((output) => output.id)).toEqual(['yes', 'no']);
  });

  it('summarises the data source and the rules', () => {
    const config = (source: ConditionConfig['source'], rules: ConditionConfig['filter']['groups'][number]['rules']) =>
      conditionNodeKind.summary({ source, filter: { combinator: 'and', groups: [{ combinator: 'or', rules }] } });
    expect(conditionNodeKind.summary(conditionNodeKind.defaults())).toBe('Profile: no conditions');
    expect(config('profile', [{ ...vipRule, value: [...vipRule.value] }])).toBe(
      'Profile: tier is one of gold, platinum',
    );
    expect(
      config('event', [
        { field: 'amount', operator: 'greaterThan', value: 100 },
        { field: 'coupon', operator: 'isNotSet' },
      ]),
    ).toBe('Event: 2 conditions');
  });

  it('rejects a rule value that is not a scalar or a list of scalars', () => {
    const config = {
      source: 'event',
      filter: {
        combinator: 'and',
        groups: [{ combinator: 'and', rules: [{ field: 'x', operator: 'equals', value: { nested: 1 } }] }],
      },
    };
    expect(issuesOf(schema, config)).toEqual([
      {
        path: 'filter.groups[0].rules[0].value',
        message: 'Expected a string, number, boolean, or a list of strings or of numbers',
      },
    ]);
  });

  it('rejects an unknown data source', () => {
    const [issue] = issuesOf(schema, { ...conditionNodeKind.defaults(), source: 'order' });
    expect(issue?.path).toBe('source');
    expect(issue?.message).toContain('"profile"');
  });
});
