import { describe, expect, it } from 'vitest';
import { deleteBlockedReason, liveUsageNote } from '../../../shared/templates/template-usage';

describe('a template used by journeys', () => {
  it('can be deleted while only drafts, stopped or archived journeys use it', () => {
    const usedBy = [
      { journeyName: 'Draft one', status: 'draft' as const },
      { journeyName: 'Old', status: 'stopped' as const },
      { journeyName: 'Older', status: 'archived' as const },
    ];
    expect(liveUsageNote(usedBy)).toBeNull();
    expect(deleteBlockedReason(usedBy)).toBeNull();
    expect(deleteBlockedReason([])).toBeNull();
  });

  it('says it is used by a live journey, active or paused, and how to delete it', () => {
    expect(deleteBlockedReason([{ journeyName: 'Spring sale', status: 'paused' }])).toBe(
      'Used by a live journey: “Spring sale”. Stop it before deleting this template.',
    );
    expect(
      liveUsageNote([
        { journeyName: 'A', status: 'active' },
        { journeyName: 'B', status: 'draft' },
        { journeyName: 'C', status: 'paused' },
      ]),
    ).toBe('Used by live journeys: “A”, “C”');
  });
});
