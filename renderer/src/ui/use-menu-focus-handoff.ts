import { useCallback, useRef } from 'react';

/**
 * A menu item that opens a dialog must not have the closing menu pull focus back to its trigger
 * while the dialog is taking it. Items that open a dialog call `handOff()`; any other close
 * (Escape, a click outside, an item that acts at once) still returns focus to the trigger.
 */
export function useMenuFocusHandoff() {
  const handingOff = useRef(false);
  const handOff = useCallback(() => {
    handingOff.current = true;
  }, []);
  const onCloseAutoFocus = useCallback((event: Event) => {
    if (handingOff.current) event.preventDefault();
    handingOff.current = false;
  }, []);
  return { handOff, onCloseAutoFocus };
}
