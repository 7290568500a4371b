import { describe, it, expect } from 'vitest';
import { updateProfileNodeKind } from '../../../../shared/model/nodes/updateProfile';
import { issuesOf } from '../issues-of';

const { config: schema } = updateProfileNodeKind;

describe('updateProfile node kind', () => {
  it('defaults to no updates', () => {
    expect(schema.parse(updateProfileNodeKind.defaults())).toEqual({ updates: [] });
  });

  it('has a single "next" output', () => {
    expect(updateProfileNodeKind.outputs({ updates: [] })).toEqual([{ id: 'next', label: 'Next' }]);
  });

  it('summarises the fields it sets', () => {
    expect(updateProfileNodeKind.summary({ updates: [] })).toBe('No updates');
    expect(updateProfileNodeKind.summary({ updates: [{ field: 'tier', value: 'gold' }] })).toBe('Set tier = gold');
    expect(
      updateProfileNodeKind.summary({
        updates: [
          { field: 'tier', value: 'gold' },
          { field: 'points', value: 120 },
        ],
      }),
    ).toBe('Set tier, points');
    expect(
      updateProfileNodeKind.summary({
        updates: [
          { field: 'a', value: true },
          { field: 'b', value: null },
          { field: 'c', value: 1 },
        ],
      }),
    ).toBe('Set 3 fields');
  });

  it('accepts strings, numbers, booleans and null (clearing the field)', () => {
    const updates = [
      { field: 'tier', value: '{{ event.tier }}' },
      { field: 'points', value: 10 },
      { field: 'optedIn', value: false },
      { field: 'coupon', value: null },
    ];
    expect(issuesOf(schema, { updates })).toEqual([]);
  });

  it('rejects object values with a message listing what is allowed', () => {
    expect(issuesOf(schema, { updates: [{ field: 'tags', value: ['a'] }] })).toEqual([
      { path: 'updates[0].value', message: 'Expected a string, number, boolean or null' },
    ]);
  });
});
