import { describe, expect, it } from 'vitest';
import { JourneySchema } from '../../../shared/model/index';
import { hasErrors, validateJourney } from '../../../shared/validation/index';
import { cleanContext, cleanJourney, journeyOf } from './build-journey';

describe('a journey with nothing wrong', () => {
  it('is a valid document', () => {
    expect(JourneySchema.safeParse(cleanJourney()).success).toBe(true);
  });

  it('has no diagnostics with everything known: templates, fields, providers and the time', () => {
    expect(validateJourney(cleanJourney(), cleanContext())).toEqual([]);
  });

  it('has none either with only what the document itself says, once its custom fields are known', () => {
    const { fields } = cleanContext();
    expect(validateJourney(cleanJourney(), { fields })).toEqual([]);
  });

  it('leaves the journey untouched (it is frozen) and can be called without a context', () => {
    const diagnostics = validateJourney(journeyOf([]));
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(['NO_ENTRY']);
    expect(hasErrors(diagnostics)).toBe(true);
    expect(hasErrors(validateJourney(cleanJourney(), cleanContext()))).toBe(false);
  });
});
