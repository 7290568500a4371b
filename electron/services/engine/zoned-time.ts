import { wallTimeToUtc } from '../../../shared/audience/index';
import type { Duration } from '../../../shared/model/index';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** A zone the runtime knows, else UTC (a contact's stored zone may be one this ICU lacks). */
export function usableZone(zone: string | null | undefined): string {
  if (!zone) return 'UTC';
  try {
    formatterFor(zone);
    return zone;
  } catch {
    return 'UTC';
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  minutes: number;
}

function wallClock(at: number, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(new Date(at))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    minutes: (parts.hour ?? 0) * 60 + (parts.minute ?? 0),
  };
}

export function parseTimeOfDay(text: string): number {
  const [hours, minutes] = text.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** The first moment strictly after `now` when the zone's clock shows `minutesOfDay`. */
export function nextTimeOfDay(now: number, minutesOfDay: number, zone: string): number {
  const today = wallClock(now, zone);
  for (let dayOffset = 0; dayOffset <= 2; dayOffset += 1) {
    const wall = Date.UTC(today.year, today.month - 1, today.day + dayOffset, 0, minutesOfDay);
    const at = wallTimeToUtc(wall, zone);
    if (at > now) return at;
  }
  return now + 24 * 3600_000;
}

/** When quiet hours end if `now` falls inside them (start > end spans midnight), else null. */
export function quietHoursEnd(now: number, start: string, end: string, zone: string): number | null {
  const from = parseTimeOfDay(start);
  const to = parseTimeOfDay(end);
  if (from === to) return null;
  const { minutes } = wallClock(now, zone);
  const inside = from < to ? minutes >= from && minutes < to : minutes >= from || minutes < to;
  return inside ? nextTimeOfDay(now, to, zone) : null;
}

/** "2026-03-01T09:00" in the zone, or "…Z" pinned to UTC. */
export function dateInZone(text: string, zone: string): number {
  if (text.endsWith('Z')) return Date.parse(text);
  const [datePart, timePart = '00:00'] = text.split('T');
  const [year, month, day] = (datePart ?? '').split('-').map(Number);
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1, 0, parseTimeOfDay(timePart));
  return wallTimeToUtc(wall, zone);
}

const UNIT_MS = { minutes: 60_000, hours: 3600_000, days: 86_400_000, weeks: 7 * 86_400_000 } as const;

export function durationMs(duration: Duration): number {
  return duration.amount * UNIT_MS[duration.unit];
}
