import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import {
  createEmptyJourney,
  defaultJourneySettings,
  JourneySchema,
  CURRENT_SCHEMA_VERSION,
} from '../../../shared/model/index';

const now = '2025-03-01T12:00:00.000Z';

describe('createEmptyJourney', () => {
  it('creates a valid, empty draft stamped with the given time', () => {
    const journey = createEmptyJourney({ id: 'j1', name: 'Welcome series', now });
    expect(journey).toEqual({
      id: 'j1',
      name: 'Welcome series',
      description: '',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      status: 'draft',
      createdAt: now,
      updatedAt: now,
      settings: defaultJourneySettings(),
      nodes: [],
      edges: [],
      notes: [],
    });
    expect(JourneySchema.parse(journey)).toEqual(journey);
  });

  it('keeps the description it is given', () => {
    expect(createEmptyJourney({ id: 'j1', name: 'N', now, description: 'For new sign-ups' }).description).toBe(
      'For new sign-ups',
    );
  });

  it('refuses a timestamp that is not ISO 8601', () => {
    expect(() => createEmptyJourney({ id: 'j1', name: 'N', now: 'yesterday' })).toThrow(ZodError);
  });
});

describe('defaultJourneySettings', () => {
  it('is valid, in UTC, with quiet hours, frequency cap and goal switched off', () => {
    const settings = defaultJourneySettings();
    expect(JourneySchema.shape.settings.parse(settings)).toEqual(settings);
    expect(settings.timeZone).toBe('UTC');
    expect(settings.quietHours.enabled).toBe(false);
    expect(settings.frequencyCap.enabled).toBe(false);
    expect(settings.reEntry).toEqual({ mode: 'never' });
    expect(settings.goal).toBeNull();
  });

  it('returns a fresh object each call', () => {
    const first = defaultJourneySettings();
    first.languages.push('fr');
    expect(defaultJourneySettings().languages).toEqual(['en']);
  });
});
