import { describe, it, expect } from 'vitest';
import { entryNodeKind } from '../../../../shared/model/nodes/entry';
import type { EntryConfig } from '../../../../shared/model/nodes/entry';
import { issuesOf } from '../issues-of';

const { config: schema } = entryNodeKind;

describe('entry node kind', () => {
  it('starts as an audience of all contacts', () => {
    const defaults = entryNodeKind.defaults();
    expect(schema.parse(defaults)).toEqual({ audience: { type: 'all' } });
    expect(entryNodeKind.group).toBe('entry');
  });

  it('has a single "next" output', () => {
    expect(entryNodeKind.outputs(entryNodeKind.defaults())).toEqual([{ id: 'next', label: 'Next' }]);
  });

  it('accepts every audience type, including unfinished ones', () => {
    const audiences: EntryConfig['audience'][] = [
      { type: 'all' },
      { type: 'list', listId: null },
      { type: 'list', listId: 'list_vip' },
      { type: 'filter', filter: { combinator: 'and', groups: [] } },
      { type: 'customEvent', eventName: '', propertyRules: [] },
      { type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' },
    ];
    for (const audience of audiences) expect(issuesOf(schema, { audience })).toEqual([]);
  });

  it('summarises each audience type', () => {
    const summary = (audience: EntryConfig['audience']) => entryNodeKind.summary({ audience });
    expect(summary({ type: 'all' })).toBe('All contacts');
    expect(summary({ type: 'list', listId: null })).toBe('List · not chosen');
    expect(summary({ type: 'list', listId: 'list_vip' })).toBe('List list_vip');
    expect(
      summary({
        type: 'filter',
        filter: {
          combinator: 'and',
          groups: [{ combinator: 'and', rules: [{ field: 'country', operator: 'equals', value: 'IN' }] }],
        },
      }),
    ).toBe('Contacts where country is IN');
    expect(summary({ type: 'customEvent', eventName: 'cart_abandoned', propertyRules: [] })).toBe(
      'Event cart_abandoned',
    );
    expect(
      summary({
        type: 'customEvent',
        eventName: 'cart_abandoned',
        propertyRules: [
          { field: 'cart.total', operator: 'greaterThan', value: 50 },
          { field: 'cart.items', operator: 'isSet' },
        ],
      }),
    ).toBe('Event cart_abandoned · 2 conditions');
    expect(summary({ type: 'orderEvent', packageId: 'order-lifecycle', eventKey: 'shipped' })).toBe('Order shipped');
    expect(summary({ type: 'orderEvent', packageId: null, eventKey: null })).toBe('Order event · not chosen');
  });

  it('names the unknown audience type and the allowed ones', () => {
    expect(issuesOf(schema, { audience: { type: 'segment' } })).toEqual([
      {
        path: 'audience.type',
        message:
          'Unknown audience type "segment"; expected one of "all", "list", "filter", "customEvent", "orderEvent"',
      },
    ]);
  });

  it('rejects a malformed filter rule with its exact location', () => {
    const config = {
      audience: {
        type: 'filter',
        filter: {
          combinator: 'and',
          groups: [{ combinator: 'and', rules: [{ field: 'age', operator: 'olderThan' }] }],
        },
      },
    };
    const [issue, ...rest] = issuesOf(schema, config);
    expect(rest).toEqual([]);
    expect(issue?.path).toBe('audience.filter.groups[0].rules[0].operator');
    expect(issue?.message).toContain('"equals"');
  });

  it('rejects keys that belong to another audience type', () => {
    expect(issuesOf(schema, { audience: { type: 'all', listId: 'list_vip' } })).toEqual([
      { path: 'audience.listId', message: 'Unrecognized key: "listId"' },
    ]);
  });
});

describe('freshAudience', () => {
  it('gives a valid, unchosen audience of every type', async () => {
    const { AUDIENCE_TYPES, freshAudience, EntryConfigSchema } = await import('../../../../shared/model/nodes/entry');
    for (const type of AUDIENCE_TYPES) {
      const audience = freshAudience(type);
      expect(audience.type).toBe(type);
      expect(EntryConfigSchema.safeParse({ audience }).success).toBe(true);
    }
    expect(freshAudience('list')).toEqual({ type: 'list', listId: null });
  });
});
