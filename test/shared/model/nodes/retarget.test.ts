import { describe, it, expect } from 'vitest';
import { retargetNodeKind } from '../../../../shared/model/nodes/retarget';
import { issuesOf } from '../issues-of';

const { config: schema } = retargetNodeKind;

describe('retarget node kind', () => {
  it('defaults to the abandoned-cart pattern: a purchase within three days', () => {
    expect(schema.parse(retargetNodeKind.defaults())).toEqual({
      conversionEvent: 'purchase',
      window: { amount: 3, unit: 'days' },
    });
  });

  it('branches converted / not converted', () => {
    expect(retargetNodeKind.outputs(retargetNodeKind.defaults())).toEqual([
      { id: 'converted', label: 'Converted' },
      { id: 'notConverted', label: 'Not converted' },
    ]);
  });

  it('summarises the conversion and its window', () => {
    expect(retargetNodeKind.summary(retargetNodeKind.defaults())).toBe('purchase within 3 days');
    expect(retargetNodeKind.summary({ conversionEvent: '', window: { amount: 1, unit: 'weeks' } })).toBe(
      'Conversion within 1 week',
    );
  });

  it('requires a window', () => {
    expect(issuesOf(schema, { conversionEvent: 'purchase' })).toEqual([
      { path: 'window', message: 'Invalid input: expected object, received undefined' },
    ]);
  });
});
