import { describe, expect, it } from 'vitest';
import { locateRow, pagesCovering } from '../../../renderer/src/audience/contacts/contact-pages';
import { nextSort } from '../../../renderer/src/audience/contacts/contact-columns';
import { contactInputOf, formValuesOf } from '../../../renderer/src/audience/contacts/contact-form-values';
import { filterErrorsOf, isUsableFilter } from '../../../renderer/src/audience/filter-errors';
import { formatOptionLines, parseOptionLines } from '../../../renderer/src/audience/fields/choice-options';
import { BUILTIN_FIELDS, ContactSchema } from '../../../shared/audience/index';

describe('paging', () => {
  it('finds the pages covering a range of rows', () => {
    expect(pagesCovering(0, 30, 200)).toEqual([0]);
    expect(pagesCovering(190, 410, 200)).toEqual([0, 1, 2]);
    expect(pagesCovering(0, -1, 200)).toEqual([]);
    expect(locateRow(999_999, 200)).toEqual({ page: 4999, offset: 199 });
  });

  it('cycles a column through ascending, descending and unsorted', () => {
    expect(nextSort(undefined, 'email')).toEqual({ field: 'email', direction: 'asc' });
    expect(nextSort({ field: 'email', direction: 'asc' }, 'email')).toEqual({ field: 'email', direction: 'desc' });
    expect(nextSort({ field: 'email', direction: 'desc' }, 'email')).toBeUndefined();
    expect(nextSort({ field: 'email', direction: 'desc' }, 'phone')).toEqual({ field: 'phone', direction: 'asc' });
  });
});

describe('contact form values', () => {
  const fields = [
    ...BUILTIN_FIELDS,
    { key: 'tier', type: 'choice' as const },
    { key: 'tags', type: 'textList' as const },
  ];
  const contact = ContactSchema.parse({
    customerId: 'c1',
    email: 'a@b.c',
    pushTokens: ['t1', 't2'],
    createdAt: '2024-05-01T00:00:00Z',
    attributes: { tier: 'gold' },
  });

  it('shows stored values as text', () => {
    const values = formValuesOf(contact, fields);
    expect(values).toMatchObject({
      customerId: 'c1',
      email: 'a@b.c',
      pushTokens: 't1, t2',
      tier: 'gold',
      phone: '',
      tags: '',
    });
    expect('createdAt' in values).toBe(false);
  });

  it('sends lists as arrays and clears emptied fields on edit only', () => {
    const values = { customerId: 'c1', email: '', tags: 'a, b,', phone: ' +49 1 ' };
    expect(contactInputOf(values, fields, false)).toEqual({
      customerId: 'c1',
      email: null,
      tags: ['a', 'b'],
      phone: '+49 1',
    });
    expect(contactInputOf(values, fields, true)).toEqual({ customerId: 'c1', tags: ['a', 'b'], phone: '+49 1' });
  });
});

describe('filters and options', () => {
  it('keys filter problems by path and knows a usable filter', () => {
    const bad = {
      combinator: 'and' as const,
      groups: [{ combinator: 'and' as const, rules: [{ field: 'nope', operator: 'equals' as const, value: 'x' }] }],
    };
    expect(Object.keys(filterErrorsOf(bad, BUILTIN_FIELDS))).toEqual(['groups[0].rules[0].field']);
    expect(isUsableFilter(bad, BUILTIN_FIELDS)).toBe(false);
    expect(isUsableFilter({ combinator: 'and', groups: [] }, BUILTIN_FIELDS)).toBe(false);
    const good = {
      combinator: 'and' as const,
      groups: [{ combinator: 'and' as const, rules: [{ field: 'email', operator: 'isSet' as const }] }],
    };
    expect(isUsableFilter(good, BUILTIN_FIELDS)).toBe(true);
  });

  it('edits choice options one per line', () => {
    expect(parseOptionLines(' gold \n\nsilver\r\n')).toEqual(['gold', 'silver']);
    expect(formatOptionLines(['a', 'b'])).toBe('a\nb');
  });
});
