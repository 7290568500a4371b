import { describe, expect, it } from 'vitest';
import type { Filter, FilterRule } from '../../../shared/model/filter';
import {
  allFields,
  compileFilter,
  evaluateFilter,
  listMembershipFrom,
  type AttributeValue,
  type Contact,
  type CustomField,
  type EvaluateOptions,
} from '../../../shared/audience/index';

const custom = (key: string, type: CustomField['type'], options?: string[]): CustomField =>
  options === undefined
    ? { key, label: key, description: '', type }
    : { key, label: key, description: '', type, options };

const fields = allFields([
  custom('city', 'text'),
  custom('points', 'number'),
  custom('vip', 'boolean'),
  custom('birthday', 'date'),
  custom('lastOrder', 'dateTime'),
  custom('tier', 'choice', ['Bronze', 'Silver', 'Gold']),
  custom('tags', 'textList'),
]);
const NOW = new Date('2025-06-01T12:00:00.000Z');

function person(customerId: string, attributes: Record<string, unknown>, builtins: Partial<Contact> = {}): Contact {
  return {
    customerId,
    email: null,
    phone: null,
    telegramChatId: null,
    pushTokens: [],
    language: null,
    timeZone: null,
    createdAt: '2023-01-01T00:00:00.000Z',
    ...builtins,
    // Some values are deliberately of the wrong type, as stored data can be after a field changed type.
    attributes: attributes as Record<string, AttributeValue>,
  };
}

const people: Contact[] = [
  person(
    'a',
    {
      city: 'Berlin',
      points: 100,
      vip: true,
      birthday: '1990-05-01',
      lastOrder: '2025-05-31T12:00:00.000Z',
      tier: 'Gold',
      tags: ['vip', 'Newsletter'],
    },
    { email: 'Anna@Example.com', pushTokens: ['t1'], createdAt: '2024-01-01T00:00:00.000Z' },
  ),
  person(
    'b',
    {
      city: 'BERLIN',
      points: 250.5,
      vip: false,
      birthday: '1985-12-24',
      lastOrder: '2025-05-01T23:59:59.999Z',
      tier: 'Silver',
      tags: ['sale'],
    },
    { email: 'b@web.de', createdAt: '2024-05-01T00:00:00.000Z' },
  ),
  person(
    'c',
    {
      city: 'München',
      points: 0,
      birthday: '2025-06-01',
      lastOrder: '2025-05-02T00:00:00.000Z',
      tier: 'Bronze',
      tags: [],
    },
    { createdAt: NOW.toISOString() },
  ),
  person(
    'd',
    { city: 'MÜNCHEN', points: -5, vip: null, tier: 'gold', tags: ['VIP', ''] },
    { createdAt: '2025-06-02T00:00:00.000Z' },
  ),
  person('e', {}, { email: '' }),
  person('f', {
    city: 42,
    points: '100',
    vip: 'true',
    birthday: '1990-5-1',
    lastOrder: '2025-05-31T12:00:00Z',
    tier: ['Gold'],
    tags: 'vip',
  }),
  person('g', {
    city: 'Mu\u0308nchen',
    points: 1e6,
    vip: true,
    birthday: '2025-05-25',
    lastOrder: '2025-05-25T12:00:00.000Z',
    tags: ['früh-bucher'],
  }),
  person('h', { city: ' Berlin', birthday: '2025-05-24' }),
  person('i', {
    city: '50%_off',
    points: 100,
    birthday: '2025-06-02',
    lastOrder: '2025-06-01T12:00:00.001Z',
    tags: ['%'],
  }),
];
const everyone = people.map((contact) => contact.customerId);

const options: EvaluateOptions = {
  fields,
  now: NOW,
  listMembership: listMembershipFrom({ vips: ['a', 'g', 'nobody'], empty: [] }),
};

function oneRule(rule: FilterRule): Filter {
  return { combinator: 'and', groups: [{ combinator: 'and', rules: [rule] }] };
}

function matching(filter: Filter, with_: EvaluateOptions = options): string[] {
  const matches = compileFilter(filter, with_);
  return people.filter(matches).map((contact) => contact.customerId);
}

function except(...ids: string[]): string[] {
  return everyone.filter((id) => !ids.includes(id));
}

type Case = [string, FilterRule, string[]];

function cases(rows: Case[]): void {
  it.each(rows)('%s', (_name, rule, expected) => {
    expect(matching(oneRule(rule))).toEqual(expected);
  });
}

describe('text (ASCII letters compare without case; unset passes every "not" rule)', () => {
  cases([
    ['equals ignores ASCII case', { field: 'city', operator: 'equals', value: 'berlin' }, ['a', 'b']],
    ['equals does not fold Ü: münchen', { field: 'city', operator: 'equals', value: 'münchen' }, ['c']],
    ['equals does not fold Ü: MÜNCHEN', { field: 'city', operator: 'equals', value: 'MÜNCHEN' }, ['d']],
    [
      'a decomposed rule value is composed (NFC); decomposed data is not',
      { field: 'city', operator: 'equals', value: 'Mu\u0308nchen' },
      ['c'],
    ],
    [
      'rule values are trimmed; stored spaces are kept',
      { field: 'city', operator: 'equals', value: '  Berlin ' },
      ['a', 'b'],
    ],
    [
      'notEquals is the exact complement, unset and wrong-typed included',
      { field: 'city', operator: 'notEquals', value: 'berlin' },
      except('a', 'b'),
    ],
    ['contains', { field: 'city', operator: 'contains', value: 'ERL' }, ['a', 'b', 'h']],
    ['contains takes % and _ literally', { field: 'city', operator: 'contains', value: '%_' }, ['i']],
    ['notContains', { field: 'city', operator: 'notContains', value: 'erl' }, except('a', 'b', 'h')],
    ['startsWith', { field: 'city', operator: 'startsWith', value: 'ber' }, ['a', 'b']],
    ['endsWith', { field: 'city', operator: 'endsWith', value: 'LIN' }, ['a', 'b', 'h']],
    ['in', { field: 'city', operator: 'in', value: ['berlin', 'München'] }, ['a', 'b', 'c']],
    ['in with a single value', { field: 'city', operator: 'in', value: 'München' }, ['c']],
    ['notIn', { field: 'city', operator: 'notIn', value: ['berlin', 'München'] }, except('a', 'b', 'c')],
    ['isSet: a value of the field’s type', { field: 'city', operator: 'isSet' }, except('e', 'f')],
    ['isNotSet: absent, null or of another type', { field: 'city', operator: 'isNotSet' }, ['e', 'f']],
    ['built-in text: equals ignores case', { field: 'email', operator: 'equals', value: 'anna@example.com' }, ['a']],
    ['built-in text: endsWith', { field: 'email', operator: 'endsWith', value: '@WEB.DE' }, ['b']],
    ['built-in text: "" counts as unset', { field: 'email', operator: 'isNotSet' }, except('a', 'b')],
    ['a number rule value on a text field is read as its digits', { field: 'city', operator: 'equals', value: 42 }, []],
  ]);
});

describe('number', () => {
  cases([
    ['equals', { field: 'points', operator: 'equals', value: 100 }, ['a', 'i']],
    ['equals with the number written as text', { field: 'points', operator: 'equals', value: '100' }, ['a', 'i']],
    ['notEquals', { field: 'points', operator: 'notEquals', value: 100 }, except('a', 'i')],
    ['greaterThan', { field: 'points', operator: 'greaterThan', value: 100 }, ['b', 'g']],
    ['greaterThanOrEqual', { field: 'points', operator: 'greaterThanOrEqual', value: 100 }, ['a', 'b', 'g', 'i']],
    ['lessThan', { field: 'points', operator: 'lessThan', value: 0 }, ['d']],
    ['lessThanOrEqual', { field: 'points', operator: 'lessThanOrEqual', value: 0 }, ['c', 'd']],
    ['between includes both ends', { field: 'points', operator: 'between', value: [0, 100] }, ['a', 'c', 'i']],
    ['between one number', { field: 'points', operator: 'between', value: [100, 100] }, ['a', 'i']],
    ['between with grouped text', { field: 'points', operator: 'between', value: ['1,000', '1000000'] }, ['g']],
    ['in', { field: 'points', operator: 'in', value: [0, -5] }, ['c', 'd']],
    ['notIn', { field: 'points', operator: 'notIn', value: [0, -5] }, except('c', 'd')],
    ['isSet ignores a number stored as text', { field: 'points', operator: 'isSet' }, ['a', 'b', 'c', 'd', 'g', 'i']],
    ['isNotSet', { field: 'points', operator: 'isNotSet' }, ['e', 'f', 'h']],
  ]);
});

describe('boolean', () => {
  cases([
    ['equals true', { field: 'vip', operator: 'equals', value: true }, ['a', 'g']],
    ['equals "yes"', { field: 'vip', operator: 'equals', value: 'yes' }, ['a', 'g']],
    ['equals false', { field: 'vip', operator: 'equals', value: false }, ['b']],
    ['notEquals true: false and unset', { field: 'vip', operator: 'notEquals', value: true }, except('a', 'g')],
    ['isSet ignores "true" stored as text', { field: 'vip', operator: 'isSet' }, ['a', 'b', 'g']],
    ['isNotSet', { field: 'vip', operator: 'isNotSet' }, except('a', 'b', 'g')],
  ]);
});

describe('date (YYYY-MM-DD; days are UTC days)', () => {
  cases([
    ['equals', { field: 'birthday', operator: 'equals', value: '1990-05-01' }, ['a']],
    ['equals, the date written another way', { field: 'birthday', operator: 'equals', value: '1 May 1990' }, ['a']],
    ['notEquals', { field: 'birthday', operator: 'notEquals', value: '1990-05-01' }, except('a')],
    ['before is strict', { field: 'birthday', operator: 'before', value: '1990-05-01' }, ['b']],
    ['after is strict', { field: 'birthday', operator: 'after', value: '1990-05-01' }, ['c', 'g', 'h', 'i']],
    [
      'between includes both days',
      { field: 'birthday', operator: 'between', value: ['1985-12-24', '1990-05-01'] },
      ['a', 'b'],
    ],
    [
      'withinLastDays 7: today and the 7 days before, not the future',
      { field: 'birthday', operator: 'withinLastDays', value: 7 },
      ['c', 'g'],
    ],
    ['withinLastDays 8', { field: 'birthday', operator: 'withinLastDays', value: 8 }, ['c', 'g', 'h']],
    ['isSet ignores other shapes (1990-5-1)', { field: 'birthday', operator: 'isSet' }, ['a', 'b', 'c', 'g', 'h', 'i']],
    ['isNotSet', { field: 'birthday', operator: 'isNotSet' }, ['d', 'e', 'f']],
  ]);
});

describe('date-time (instants in UTC; a day value means the whole UTC day)', () => {
  cases([
    ['before a day: before its first instant', { field: 'lastOrder', operator: 'before', value: '2025-05-02' }, ['b']],
    [
      'after a day: from the next day on',
      { field: 'lastOrder', operator: 'after', value: '2025-05-01' },
      ['a', 'c', 'g', 'i'],
    ],
    [
      'equals a day: any time that day (last millisecond)',
      { field: 'lastOrder', operator: 'equals', value: '2025-05-01' },
      ['b'],
    ],
    [
      'equals a day: any time that day (first millisecond)',
      { field: 'lastOrder', operator: 'equals', value: '2025-05-02' },
      ['c'],
    ],
    ['notEquals a day', { field: 'lastOrder', operator: 'notEquals', value: '2025-05-02' }, except('c')],
    [
      'between two days includes both whole days',
      { field: 'lastOrder', operator: 'between', value: ['2025-05-01', '2025-05-02'] },
      ['b', 'c'],
    ],
    [
      'between days up to the end of the last',
      { field: 'lastOrder', operator: 'between', value: ['2025-05-02', '2025-05-31'] },
      ['a', 'c', 'g'],
    ],
    [
      'before an instant is strict',
      { field: 'lastOrder', operator: 'before', value: '2025-05-31T12:00:00Z' },
      ['b', 'c', 'g'],
    ],
    ['after an instant is strict', { field: 'lastOrder', operator: 'after', value: '2025-05-31T12:00:00.000Z' }, ['i']],
    [
      'equals an instant written with an offset',
      { field: 'lastOrder', operator: 'equals', value: '2025-05-31T14:00:00+02:00' },
      ['a'],
    ],
    [
      'between instants includes both',
      { field: 'lastOrder', operator: 'between', value: ['2025-05-02T00:00:00Z', '2025-05-31T12:00:00Z'] },
      ['a', 'c', 'g'],
    ],
    [
      'withinLastDays 1: exactly 24 h back counts, the future does not',
      { field: 'lastOrder', operator: 'withinLastDays', value: 1 },
      ['a'],
    ],
    ['withinLastDays 7', { field: 'lastOrder', operator: 'withinLastDays', value: 7 }, ['a', 'g']],
    [
      'isSet ignores instants not in the stored shape',
      { field: 'lastOrder', operator: 'isSet' },
      ['a', 'b', 'c', 'g', 'i'],
    ],
    [
      'built-in createdAt: withinLastDays 1 includes now, not later',
      { field: 'createdAt', operator: 'withinLastDays', value: 1 },
      ['c'],
    ],
    [
      'built-in createdAt: after a day',
      { field: 'createdAt', operator: 'after', value: '2024-04-30' },
      ['b', 'c', 'd'],
    ],
  ]);
});

describe('single choice', () => {
  cases([
    ['equals ignores case, on both sides', { field: 'tier', operator: 'equals', value: 'GOLD' }, ['a', 'd']],
    ['in', { field: 'tier', operator: 'in', value: ['gold', 'silver'] }, ['a', 'b', 'd']],
    ['notEquals', { field: 'tier', operator: 'notEquals', value: 'Gold' }, except('a', 'd')],
    ['a value that is not an option matches no one…', { field: 'tier', operator: 'equals', value: 'Diamond' }, []],
    [
      '…not even with notEquals (validateFilter reports it)',
      { field: 'tier', operator: 'notEquals', value: 'Diamond' },
      [],
    ],
    ['isSet', { field: 'tier', operator: 'isSet' }, ['a', 'b', 'c', 'd']],
    ['isNotSet', { field: 'tier', operator: 'isNotSet' }, ['e', 'f', 'g', 'h', 'i']],
  ]);
});

describe('list of text (rules ask about its items)', () => {
  cases([
    ['contains an item, ignoring ASCII case', { field: 'tags', operator: 'contains', value: 'VIP' }, ['a', 'd']],
    ['contains means a whole item, not part of one', { field: 'tags', operator: 'contains', value: 'news' }, []],
    ['contains a whole item', { field: 'tags', operator: 'contains', value: 'newsletter' }, ['a']],
    ['contains does not fold Ü', { field: 'tags', operator: 'contains', value: 'FRÜH-BUCHER' }, []],
    [
      'contains folds the ASCII letters around it',
      { field: 'tags', operator: 'contains', value: 'früh-BUCHER' },
      ['g'],
    ],
    ['in: any of the items', { field: 'tags', operator: 'in', value: ['sale', '%'] }, ['b', 'i']],
    ['notIn: none of the items', { field: 'tags', operator: 'notIn', value: ['sale', '%'] }, except('b', 'i')],
    ['notContains', { field: 'tags', operator: 'notContains', value: 'vip' }, except('a', 'd')],
    ['isSet: at least one non-empty item', { field: 'tags', operator: 'isSet' }, ['a', 'b', 'd', 'g', 'i']],
    ['isNotSet: empty, absent or not a list', { field: 'tags', operator: 'isNotSet' }, ['c', 'e', 'f', 'h']],
    ['built-in pushTokens', { field: 'pushTokens', operator: 'contains', value: 'T1' }, ['a']],
    ['built-in pushTokens isNotSet', { field: 'pushTokens', operator: 'isNotSet' }, except('a')],
  ]);
});

describe('contact lists', () => {
  cases([
    ['inContactList', { field: 'customerId', operator: 'inContactList', value: 'vips' }, ['a', 'g']],
    ['notInContactList', { field: 'customerId', operator: 'notInContactList', value: 'vips' }, except('a', 'g')],
    ['an empty list', { field: 'customerId', operator: 'inContactList', value: 'empty' }, []],
    ['a list that does not exist', { field: 'customerId', operator: 'notInContactList', value: 'gone' }, everyone],
  ]);

  it('asks the membership function with the list id and the customerId', () => {
    const asked: string[] = [];
    const membership = (listId: string, customerId: string) => {
      asked.push(`${listId}:${customerId}`);
      return customerId === 'b';
    };
    expect(
      matching(oneRule({ field: 'customerId', operator: 'inContactList', value: 'L1' }), {
        ...options,
        listMembership: membership,
      }),
    ).toEqual(['b']);
    expect(asked).toContain('L1:a');
  });

  it('without a membership lookup, no contact is in any list', () => {
    const noLists = { fields, now: NOW };
    expect(matching(oneRule({ field: 'customerId', operator: 'inContactList', value: 'vips' }), noLists)).toEqual([]);
    expect(matching(oneRule({ field: 'customerId', operator: 'notInContactList', value: 'vips' }), noLists)).toEqual(
      everyone,
    );
  });

  it('takes lists as a Map as well as a record', () => {
    const membership = listMembershipFrom(new Map([['vips', new Set(['c'])]]));
    expect(
      matching(oneRule({ field: 'customerId', operator: 'inContactList', value: 'vips' }), {
        ...options,
        listMembership: membership,
      }),
    ).toEqual(['c']);
  });
});

describe('groups and combinators', () => {
  const berlin: FilterRule = { field: 'city', operator: 'equals', value: 'berlin' };
  const rich: FilterRule = { field: 'points', operator: 'greaterThanOrEqual', value: 100 };
  const broken: FilterRule = { field: 'nope', operator: 'equals', value: 'x' };

  it('an empty filter, or one of empty groups, matches everyone', () => {
    expect(matching({ combinator: 'and', groups: [] })).toEqual(everyone);
    expect(matching({ combinator: 'or', groups: [] })).toEqual(everyone);
    expect(
      matching({
        combinator: 'or',
        groups: [
          { combinator: 'and', rules: [] },
          { combinator: 'or', rules: [] },
        ],
      }),
    ).toEqual(everyone);
  });

  it('leaves empty groups out instead of letting them match everyone or no one', () => {
    expect(
      matching({
        combinator: 'or',
        groups: [
          { combinator: 'and', rules: [] },
          { combinator: 'and', rules: [berlin] },
        ],
      }),
    ).toEqual(['a', 'b']);
    expect(
      matching({
        combinator: 'and',
        groups: [
          { combinator: 'or', rules: [] },
          { combinator: 'and', rules: [berlin] },
        ],
      }),
    ).toEqual(['a', 'b']);
  });

  it('combines rules within a group', () => {
    expect(matching({ combinator: 'and', groups: [{ combinator: 'and', rules: [berlin, rich] }] })).toEqual(['a', 'b']);
    expect(matching({ combinator: 'and', groups: [{ combinator: 'or', rules: [berlin, rich] }] })).toEqual([
      'a',
      'b',
      'g',
      'i',
    ]);
  });

  it('combines groups', () => {
    const groups = [
      { combinator: 'and' as const, rules: [berlin] },
      { combinator: 'and' as const, rules: [{ field: 'tier', operator: 'equals' as const, value: 'gold' }] },
    ];
    expect(matching({ combinator: 'and', groups })).toEqual(['a']);
    expect(matching({ combinator: 'or', groups })).toEqual(['a', 'b', 'd']);
  });

  it('a rule with an issue is false: it sinks an AND group and is ignored by an OR group', () => {
    expect(matching({ combinator: 'and', groups: [{ combinator: 'and', rules: [berlin, broken] }] })).toEqual([]);
    expect(matching({ combinator: 'and', groups: [{ combinator: 'or', rules: [berlin, broken] }] })).toEqual([
      'a',
      'b',
    ]);
  });

  it('an unknown field matches no one, whatever the operator', () => {
    expect(matching(oneRule({ field: 'nope', operator: 'isNotSet' }))).toEqual([]);
    expect(matching(oneRule({ field: 'nope', operator: 'notEquals', value: 'x' }))).toEqual([]);
  });

  it('accepts fields named as in templates: customer.city', () => {
    expect(matching(oneRule({ ...berlin, field: 'customer.city' }))).toEqual(['a', 'b']);
  });
});

describe('evaluateFilter', () => {
  it('answers for one contact what compileFilter answers', () => {
    const filter = oneRule({ field: 'city', operator: 'equals', value: 'berlin' });
    expect(people.map((contact) => evaluateFilter(filter, contact, options))).toEqual(
      people.map(compileFilter(filter, options)),
    );
  });

  it('refuses an invalid "now" instead of silently matching nothing', () => {
    expect(() =>
      compileFilter(oneRule({ field: 'birthday', operator: 'withinLastDays', value: 7 }), {
        fields,
        now: new Date('nope'),
      }),
    ).toThrow('The filter was given an invalid date as "now"');
  });
});
