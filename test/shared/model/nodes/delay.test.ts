import { describe, it, expect } from 'vitest';
import { delayNodeKind } from '../../../../shared/model/nodes/delay';
import { issuesOf } from '../issues-of';

const { config: schema } = delayNodeKind;

describe('delay node kind', () => {
  it('defaults to one day', () => {
    expect(schema.parse(delayNodeKind.defaults())).toEqual({ mode: 'duration', duration: { amount: 1, unit: 'days' } });
  });

  it('has a single "next" output', () => {
    expect(delayNodeKind.outputs(delayNodeKind.defaults())).toEqual([{ id: 'next', label: 'Next' }]);
  });

  it('summarises each mode', () => {
    expect(delayNodeKind.summary({ mode: 'duration', duration: { amount: 2, unit: 'days' } })).toBe('2 days');
    expect(delayNodeKind.summary({ mode: 'duration', duration: { amount: 30, unit: 'minutes' } })).toBe('30 minutes');
    expect(delayNodeKind.summary({ mode: 'timeOfDay', time: '09:00' })).toBe('until 09:00');
    expect(delayNodeKind.summary({ mode: 'timeOfDay', time: '' })).toBe('Until a time of day (not set)');
    expect(delayNodeKind.summary({ mode: 'date', date: '2025-12-24T18:30' })).toBe('until 2025-12-24 18:30');
    expect(delayNodeKind.summary({ mode: 'date', date: '2025-12-24T18:30Z' })).toBe('until 2025-12-24 18:30 UTC');
    expect(delayNodeKind.summary({ mode: 'date', date: '' })).toBe('Until a date (not set)');
  });

  it('accepts an empty time or date in a draft', () => {
    expect(issuesOf(schema, { mode: 'timeOfDay', time: '' })).toEqual([]);
    expect(issuesOf(schema, { mode: 'date', date: '' })).toEqual([]);
  });

  it('rejects a time that is not HH:MM', () => {
    for (const time of ['9:00', '24:00', '09:60', '0900']) {
      expect(issuesOf(schema, { mode: 'timeOfDay', time })).toEqual([
        { path: 'time', message: 'Expected a 24-hour time as HH:MM, e.g. "09:00", or empty while not chosen' },
      ]);
    }
  });

  it('rejects dates that are not minute-precision ISO date-times', () => {
    for (const date of ['2025-12-24', '2025-02-30T10:00', '2025-12-24T10:00+01:00', 'tomorrow']) {
      expect(issuesOf(schema, { mode: 'date', date }).map((issue) => issue.path)).toEqual(['date']);
    }
    expect(issuesOf(schema, { mode: 'date', date: 'tomorrow' })[0]?.message).toContain('YYYY-MM-DDTHH:MM');
  });

  it('rejects fields of another mode and unknown modes', () => {
    expect(issuesOf(schema, { mode: 'timeOfDay', time: '09:00', duration: { amount: 1, unit: 'days' } })).toEqual([
      { path: 'duration', message: 'Unrecognized key: "duration"' },
    ]);
    expect(issuesOf(schema, { mode: 'weekday' })).toEqual([
      { path: 'mode', message: 'Unknown delay mode "weekday"; expected one of "duration", "timeOfDay", "date"' },
    ]);
  });
});
