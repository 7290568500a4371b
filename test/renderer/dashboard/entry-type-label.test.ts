import { describe, expect, it } from 'vitest';
import { entryTypeLabel } from '../../../renderer/src/dashboard/entry-type-label';

describe('entryTypeLabel', () => {
  it('names every audience type in the words of the canvas', () => {
    expect(['all', 'list', 'filter', 'customEvent', 'orderEvent'].map(entryTypeLabel)).toEqual([
      'All contacts',
      'List',
      'Filter',
      'Custom event',
      'Order event',
    ]);
  });

  it('shows a dash without an entry step, and an unknown type as it is rather than hiding it', () => {
    expect(entryTypeLabel(null)).toBe('—');
    expect(entryTypeLabel('segment')).toBe('segment');
    expect(entryTypeLabel('toString')).toBe('toString');
  });
});
