import type { SimulationRunInput } from '../../../../shared/contract/index';
import type { ProfileChoice, ScriptRow } from './try-it-store';

export interface RunSetup {
  journeyId: string;
  profiles: readonly ProfileChoice[];
  /** The entry's event, when it starts on one; its properties are JSON text as typed. */
  entryEvent: string | null;
  entryProperties: string;
  script: readonly ScriptRow[];
  days: string;
}

export type RunInputResult = { ok: true; input: SimulationRunInput } | { ok: false; message: string };

const DAY_MS = 86_400_000;

/**
 * Timelines the service sends back with a run: a profile after these shows its path at once and
 * fetches its timeline when picked (the run is deterministic, so running it again gives the same).
 * A thousand timelines with their rendered emails would take seconds to send and read.
 */
export const TIMELINES_WITH_RUN = 20;

function jsonObject(text: string, what: string): Record<string, unknown> | string {
  if (text.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `${what} are not JSON: ${(error as Error).message}`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `${what} must be a JSON object, such as {"amount": 40}`;
  return value as Record<string, unknown>;
}

/**
 * What the panel holds as `simulation.run` takes it. What only the panel can check (JSON text, a
 * profile without an ID, the number of days) is named here; the service checks the rest.
 */
export function runInputOf(setup: RunSetup): RunInputResult {
  if (setup.profiles.length === 0) return { ok: false, message: 'Add at least one profile to try the journey with.' };
  const days = Number(setup.days);
  if (!Number.isInteger(days) || days < 1 || days > 366)
    return { ok: false, message: `Run for a whole number of days from 1 to 366, not "${setup.days}".` };
  const profiles: SimulationRunInput['profiles'] = [];
  for (const [index, profile] of setup.profiles.entries()) {
    if (profile.type === 'contact') profiles.push({ type: 'contact', customerId: profile.customerId });
    else if (profile.type === 'sample') profiles.push({ type: 'sample', profileId: profile.profileId });
    else if (profile.type === 'generated') profiles.push({ type: 'generated', count: profile.count });
    if (profile.type !== 'profile') continue;
    if (profile.customerId.trim() === '')
      return { ok: false, message: `Profile ${index + 1}: give the new profile a customer ID.` };
    const fields: Record<string, unknown> = { customerId: profile.customerId.trim() };
    for (const { key, value } of profile.fields) if (key !== '' && value.trim() !== '') fields[key] = value;
    profiles.push({ type: 'profile', fields });
  }
  const events: NonNullable<SimulationRunInput['events']> = [];
  for (const [index, row] of setup.script.entries()) {
    const properties = jsonObject(row.properties, `Event ${index + 1}: the properties`);
    if (typeof properties === 'string') return { ok: false, message: properties };
    events.push({ after: row.after.trim(), name: row.name.trim(), properties });
  }
  let entryEvent: SimulationRunInput['entryEvent'];
  if (setup.entryEvent !== null) {
    const properties = jsonObject(setup.entryProperties, "The entry event's properties");
    if (typeof properties === 'string') return { ok: false, message: properties };
    entryEvent = { name: setup.entryEvent, properties };
  }
  return {
    ok: true,
    input: {
      journeyId: setup.journeyId,
      profiles,
      events,
      horizonMs: days * DAY_MS,
      timelinesFor: TIMELINES_WITH_RUN,
      ...(entryEvent ? { entryEvent } : {}),
    },
  };
}

const NUMBERED = { events: 'Event', profiles: 'Profile' } as const;

/** "events[1].after: …" as the panel numbers things: "Event 2 · after: …"; "profiles[0]: …" is "Profile 1: …". */
export function readableProblem(message: string): string {
  return message
    .replace(
      /\b(events|profiles)\[(\d+)\](\.?)/g,
      (_match, list: keyof typeof NUMBERED, index: string, dot: string) =>
        `${NUMBERED[list]} ${Number(index) + 1}${dot ? ' · ' : ''}`,
    )
    .replace(/\bentryEvent\./g, 'Entry event · ');
}
