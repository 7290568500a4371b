import { describe, expect, it } from 'vitest';
import { allFields } from '../../../shared/audience/index';
import { generateJourney } from '../../support/generate-journey';
import { validateJourney } from '../../../shared/validation/index';
import { deepFreeze } from './build-journey';
import { medianMs } from '../../support/median-ms';

/**
 * A smoke test against an accidental O(n²), not a benchmark (that is test/bench/validate.bench.ts):
 * a search inside a per-step loop costs seconds at this size, the linear validator a few
 * milliseconds; medianMs says why it takes the median.
 */
const BUDGET_MS = 200;

describe('a 10,000-step journey', () => {
  const journey = deepFreeze(generateJourney({ nodes: 10_000, edges: 15_000, seed: 99 }));
  const context = {
    fields: allFields([
      { key: 'vip', label: 'VIP', description: '', type: 'boolean' },
      { key: 'stage', label: 'Stage', description: '', type: 'text' },
    ]),
    now: new Date('2025-01-01T00:00:00Z'),
  };

  it('is validated well within budget', () => {
    let codes = new Set<string>();
    const elapsed = medianMs(() => {
      codes = new Set(validateJourney(journey, context).map((diagnostic) => diagnostic.code));
    });
    expect(elapsed).toBeLessThan(BUDGET_MS);
    // Generated journeys are complete and connected; only their size and the generator's
    // "journey.stage" field (not a customer field) stand out.
    expect([...codes].sort()).toEqual(['TOO_LARGE', 'UNKNOWN_FIELD']);
  });
});
