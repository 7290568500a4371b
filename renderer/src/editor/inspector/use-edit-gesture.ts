import { useEffect, useRef, type FocusEvent } from 'react';
import type { Journey } from '../../../../shared/model/index';
import { useAppStore } from '../../store/app-store';

const keepJourney = (journey: Journey) => journey;

/**
 * Focus handlers for the inspector's root: focusing a control opens an edit gesture and leaving it
 * closes it, so a burst of typing in one field becomes a single undo step. React's focus events
 * bubble, so moving between two fields closes one gesture and opens the next.
 */
export function useEditGesture() {
  const edit = useAppStore((s) => s.edit);
  const open = useRef(false);

  useEffect(
    () => () => {
      // A focused field that disappears (its step was deleted, undo switched the form) fires no
      // blur; close the gesture we opened, and only ours, so a canvas drag is never cut short.
      if (open.current) {
        open.current = false;
        edit(keepJourney, 'gesture-end');
      }
    },
    [edit],
  );

  return {
    onFocus(_event: FocusEvent) {
      if (open.current) return;
      open.current = true;
      edit(keepJourney, 'gesture-start');
    },
    onBlur(_event: FocusEvent) {
      if (!open.current) return;
      open.current = false;
      edit(keepJourney, 'gesture-end');
    },
  };
}
