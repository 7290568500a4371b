import { describe, expect, it } from 'vitest';
import { canonicalTimeZone, wallTimeToUtc } from '../../../shared/audience/index';

describe('wallTimeToUtc', () => {
  it('finds the instant clocks in a zone show a wall time, on both sides of DST', () => {
    const at = (wall: string, zone: string) => new Date(wallTimeToUtc(Date.parse(`${wall}Z`), zone)).toISOString();
    expect(at('2024-01-15T09:30:00.000', 'Europe/Berlin')).toBe('2024-01-15T08:30:00.000Z');
    expect(at('2024-07-15T09:30:00.000', 'Europe/Berlin')).toBe('2024-07-15T07:30:00.000Z');
    expect(at('2024-07-15T09:30:00.000', 'America/Los_Angeles')).toBe('2024-07-15T16:30:00.000Z');
    expect(at('2024-07-15T09:30:00.250', 'Asia/Kolkata')).toBe('2024-07-15T04:00:00.250Z');
    expect(at('2024-07-15T09:30:00.000', 'UTC')).toBe('2024-07-15T09:30:00.000Z');
    // 01:30 happens twice the night clocks fall back; either instant is a right answer, but it must be one.
    expect(['2024-11-03T05:30:00.000Z', '2024-11-03T06:30:00.000Z']).toContain(
      at('2024-11-03T01:30:00.000', 'America/New_York'),
    );
  });
});

describe('canonicalTimeZone', () => {
  it('fixes letter case and rejects unknown zones', () => {
    expect(canonicalTimeZone('america/new_york')).toBe('America/New_York');
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('Nowhere/Town')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
  });
});
