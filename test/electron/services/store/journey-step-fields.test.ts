import { describe, expect, it } from 'vitest';
import { journeyStepFields } from '../../../../electron/services/store/field-usage-repository';
import { cleanJourney, journeyOf, step } from '../../../shared/validation/build-journey';

describe('fields a stored journey names', () => {
  it('counts filters, profile conditions and profile updates, not event conditions', () => {
    const journey = journeyOf([
      ...cleanJourney().nodes,
      step('updateProfile', 'tag', 'Tag', { updates: [{ field: 'customer.tier', value: 'gold' }] }),
      step('condition', 'paid', 'Paid?', {
        source: 'event',
        filter: { combinator: 'and', groups: [{ combinator: 'and', rules: [{ field: 'total', operator: 'isSet' }] }] },
      }),
    ]);
    expect([...journeyStepFields(JSON.parse(JSON.stringify(journey)))].sort()).toEqual([
      'country',
      'loyalty_points',
      'tier',
    ]);
  });

  it('reads a step that no longer parses loosely, so a damaged journey never makes a field look unused', () => {
    const damaged = {
      nodes: [
        { id: 'x', kind: 'updateProfile', config: { updates: [{ field: 'customer.city' }] } },
        { id: 'y', kind: 'retired-kind', config: { rules: [{ field: 'zip' }] } },
        'not a node',
      ],
    };
    expect([...journeyStepFields(damaged)].sort()).toEqual(['city', 'zip']);
    expect(journeyStepFields('not a journey')).toEqual(new Set());
  });
});
