import { useEffect } from 'react';
import type { ActionContext } from './types';
import { eventClipboard, type ClipboardAccess } from './clipboard-access';
import { editorActions, runAction } from './editor-actions';
import { isTypingTarget, matchesShortcut } from './shortcuts';

/**
 * Keyboard shortcuts and clipboard events for the editor. Clipboard commands use the copy/cut/paste
 * events (no permission needed); everything else matches keydowns against the actions' shortcuts.
 */
export function useEditorKeyboard(
  makeContext: (extra?: { clipboard?: ClipboardAccess }) => ActionContext,
  root: HTMLElement | null,
) {
  useEffect(() => {
    if (!root) return;
    // Canvas commands answer on the canvas, the toolbar, or when nothing in particular has focus;
    // never while a control in the inspector or palette has it (Delete on a "Remove" button there
    // must not delete the selected step).
    const inEditor = (target: EventTarget | null) => {
      if (target === document.body || target === root) return true;
      return (
        target instanceof Element && !!target.closest('.journey-canvas, [role="toolbar"]') && root.contains(target)
      );
    };

    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || isTypingTarget(event.target) || !inEditor(event.target)) return;
      // Dialogs (shortcut sheet, confirmations) own the keyboard while open.
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      for (const action of editorActions) {
        if (action.viaClipboardEvent) continue;
        if (action.shortcuts?.some((shortcut) => matchesShortcut(event, shortcut))) {
          event.preventDefault();
          void runAction(action.id, makeContext());
          return;
        }
      }
    }

    function clipboardHandler(actionId: 'copy' | 'cut' | 'paste') {
      return (event: ClipboardEvent) => {
        if (isTypingTarget(event.target) || !inEditor(event.target)) return;
        event.preventDefault();
        void runAction(actionId, makeContext({ clipboard: eventClipboard(event) }));
      };
    }
    const onCopy = clipboardHandler('copy');
    const onCut = clipboardHandler('cut');
    const onPaste = clipboardHandler('paste');

    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', onPaste);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', onPaste);
    };
  }, [makeContext, root]);
}
