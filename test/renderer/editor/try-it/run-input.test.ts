import { describe, expect, it } from 'vitest';
import {
  readableProblem,
  runInputOf,
  TIMELINES_WITH_RUN,
  type RunSetup,
} from '../../../../renderer/src/editor/try-it/run-input';

const setup: RunSetup = {
  journeyId: 'j',
  profiles: [
    { type: 'contact', customerId: 'c-1' },
    { type: 'sample', profileId: 'p-1', name: 'Ann' },
    {
      type: 'profile',
      customerId: ' bob ',
      fields: [
        { key: 'tier', value: 'silver' },
        { key: '', value: 'x' },
      ],
    },
    { type: 'generated', count: 1000 },
  ],
  entryEvent: 'order',
  entryProperties: '{"total": 40}',
  script: [{ after: '2h', name: 'message.clicked', properties: '' }],
  days: '30',
};

describe('the Try it panel as simulation.run takes it', () => {
  it('turns profiles, the entry event and the script into the service input', () => {
    expect(runInputOf(setup)).toEqual({
      ok: true,
      input: {
        journeyId: 'j',
        profiles: [
          { type: 'contact', customerId: 'c-1' },
          { type: 'sample', profileId: 'p-1' },
          { type: 'profile', fields: { customerId: 'bob', tier: 'silver' } },
          { type: 'generated', count: 1000 },
        ],
        entryEvent: { name: 'order', properties: { total: 40 } },
        events: [{ after: '2h', name: 'message.clicked', properties: {} }],
        horizonMs: 30 * 86_400_000,
        // Only the first profiles' timelines come back with the run; a later one is fetched when picked.
        timelinesFor: TIMELINES_WITH_RUN,
      },
    });
  });

  it('names what it cannot send: no profile, no ID, properties that are not a JSON object, days out of range', () => {
    const problem = (change: Partial<RunSetup>) => {
      const built = runInputOf({ ...setup, ...change });
      return built.ok ? null : built.message;
    };
    expect(problem({ profiles: [] })).toMatch(/Add at least one profile/);
    expect(problem({ profiles: [{ type: 'profile', customerId: '', fields: [] }] })).toBe(
      'Profile 1: give the new profile a customer ID.',
    );
    expect(problem({ script: [{ after: '1d', name: 'purchase', properties: '{amount: 4' }] })).toMatch(
      /^Event 1: the properties are not JSON/,
    );
    expect(problem({ entryProperties: '[1]' })).toMatch(/^The entry event's properties must be a JSON object/);
    expect(problem({ days: '0' })).toMatch(/from 1 to 366, not "0"/);
  });

  it('words the service’s field paths as the panel numbers things', () => {
    expect(readableProblem('events[1].after: A delay cannot be negative')).toBe(
      'Event 2 · after: A delay cannot be negative',
    );
    expect(readableProblem('profiles[0]: Phone is not valid')).toBe('Profile 1: Phone is not valid');
  });
});
