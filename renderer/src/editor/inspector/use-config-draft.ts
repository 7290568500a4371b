import { useState } from 'react';
import type { z } from 'zod';
import type { EditPhase } from '../state/history-slice';
import { freshDraft, reconcileDraft, reviseDraft } from './config-draft';
import type { FieldErrors } from './field-errors';

/** What a form gets to read and change its draft with. */
export interface DraftControls<T> {
  readonly value: T;
  readonly errors: FieldErrors;
  /** A discrete change (a select, a checkbox, a button): one undo step of its own. */
  set(next: T): void;
  /** A keystroke: joins the burst of typing in the focused field, which is one undo step. */
  type(next: T): void;
}

export type ApplyValue<T> = (value: T, phase: EditPhase) => void;

/**
 * Edits `committed` (a node's config, the journey settings) through a local draft parsed with the
 * model's own schema: valid drafts are applied straight away, invalid ones stay here with their
 * field messages. When `committed` changes from outside, the draft resets to it.
 */
export function useConfigDraft<T>(schema: z.ZodType<T>, committed: T, apply: ApplyValue<T>): DraftControls<T> {
  const [state, setState] = useState(() => freshDraft(committed));
  // Adjusting state while rendering (rather than in an effect) means a reset never shows a stale frame.
  const current = reconcileDraft(state, committed);
  if (current !== state) setState(current);

  function revise(next: T, phase: EditPhase) {
    const revision = reviseDraft(current, next, schema);
    setState(revision.state);
    if (revision.apply !== null) apply(revision.apply, phase);
  }

  return {
    value: current.draft,
    errors: current.errors,
    set: (next) => revise(next, 'step'),
    // 'gesture-start' rather than 'gesture-update': it is a no-op while the focus gesture is open,
    // and it reopens one if undo closed it mid-typing, so those keystrokes are not left unrecorded.
    type: (next) => revise(next, 'gesture-start'),
  };
}
