import { readFileSync } from 'node:fs';

/** Reads a fixture the way an import does: raw text through JSON.parse, no typing. */
export function loadJourneyFixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`../../fixtures/journeys/${name}`, import.meta.url), 'utf8'));
}
