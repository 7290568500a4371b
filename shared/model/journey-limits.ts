import { z } from 'zod';
import { normaliseDisplayText } from './display-text';

/**
 * How big a journey document may be. Far beyond any journey people draw (the validator warns with
 * TOO_LARGE above 1,000 steps, and the benchmarks run at 10,000), low enough that a document
 * cannot make the canvas, the validator or the database crawl.
 */
export const JOURNEY_LIMITS = {
  steps: 10_000,
  /** Three per step: most steps have one output, splits and conditions a few. */
  connections: 30_000,
  notes: 1_000,
  nameLength: 200,
  descriptionLength: 2_000,
  labelLength: 200,
  idLength: 128,
  noteTextLength: 10_000,
} as const;

/** 10,000: grouped by hand, since these messages are built at load and Intl's first use costs tens of ms of start-up. */
function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The name journeys are created, renamed, duplicated and saved with: one schema for all of them. */
export const JourneyNameSchema = z
  .string()
  .overwrite(normaliseDisplayText)
  .min(1, 'A journey needs a name (with at least one visible character)')
  .max(JOURNEY_LIMITS.nameLength, `A journey name is at most ${count(JOURNEY_LIMITS.nameLength)} characters`);

export const JourneyDescriptionSchema = z
  .string()
  .max(
    JOURNEY_LIMITS.descriptionLength,
    `A journey description is at most ${count(JOURNEY_LIMITS.descriptionLength)} characters`,
  );

/** A step's label may be empty (the canvas then shows its kind). */
export const NodeLabelSchema = z
  .string()
  .overwrite(normaliseDisplayText)
  .max(JOURNEY_LIMITS.labelLength, `A step label is at most ${count(JOURNEY_LIMITS.labelLength)} characters`);

export const NoteTextSchema = z
  .string()
  .max(JOURNEY_LIMITS.noteTextLength, `A note is at most ${count(JOURNEY_LIMITS.noteTextLength)} characters`);

export function listLimit(what: string, max: number): { error: string } {
  return { error: `A journey can have at most ${count(max)} ${what}` };
}
