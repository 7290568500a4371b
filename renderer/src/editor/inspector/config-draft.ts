import type { z } from 'zod';
import { NO_ERRORS, fieldErrorsFromIssues, type FieldErrors } from './field-errors';
import { sameJsonValue } from './same-json-value';

/**
 * What a form edits: a local draft of a value held in the journey. A valid draft is written to the
 * journey at once; an invalid one stays here with its field messages until it is fixed or dropped.
 */
export interface DraftState<T> {
  /** The journey's value this draft started from or last wrote. */
  readonly source: T;
  readonly draft: T;
  readonly errors: FieldErrors;
  /**
   * The exact object last handed to the journey. When it comes back as the journey's value it is
   * our own edit arriving, not a change from outside, and the draft must survive it.
   */
  readonly applied: T | null;
}

export function freshDraft<T>(value: T): DraftState<T> {
  return { source: value, draft: value, errors: NO_ERRORS, applied: null };
}

/**
 * Brings a draft up to date with the journey's current value. Values are compared by identity:
 * the journey is immutable, so a different object means undo, redo or another edit changed it
 * and the draft (valid or not) gives way to it.
 */
export function reconcileDraft<T>(state: DraftState<T>, committed: T): DraftState<T> {
  if (committed === state.source) return state;
  if (state.applied !== null && committed === state.applied) return { ...state, source: committed };
  return freshDraft(committed);
}

export interface DraftRevision<T> {
  state: DraftState<T>;
  /** The parsed value to write to the journey, or null when it is invalid or changes nothing. */
  apply: T | null;
}

/** Parses the next draft with the model's own schema; only a valid, different value is applied. */
export function reviseDraft<T>(state: DraftState<T>, next: T, schema: z.ZodType<T>): DraftRevision<T> {
  const result = schema.safeParse(next);
  if (!result.success) {
    return { state: { ...state, draft: next, errors: fieldErrorsFromIssues(result.error.issues) }, apply: null };
  }
  // Typing a value and then deleting it again must not leave a no-op step in the undo history.
  if (sameJsonValue(result.data, state.source)) {
    return { state: { ...state, draft: next, errors: NO_ERRORS }, apply: null };
  }
  return { state: { ...state, draft: next, errors: NO_ERRORS, applied: result.data }, apply: result.data };
}
