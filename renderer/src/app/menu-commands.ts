import { useEffect } from 'react';
import type { EditorActionId } from '../../../shared/editor/actions';
import { useClient } from '../api/client-context';
import { isTypingTarget } from '../editor/actions/shortcuts';

type CanvasHandler = (command: EditorActionId) => void;

/** Text editing commands a focused field should keep doing the native way. */
const TEXT_COMMANDS: ReadonlySet<EditorActionId> = new Set(['undo', 'redo', 'selectAll']);

/** Where a menu command goes: the focused text field, the open canvas, or nowhere. */
export function routeMenuCommand(
  command: EditorActionId,
  context: { typing: boolean; canvasOpen: boolean },
): 'native' | 'canvas' | 'ignore' {
  if (context.typing) return TEXT_COMMANDS.has(command) ? 'native' : 'ignore';
  return context.canvasOpen ? 'canvas' : 'ignore';
}

let canvasHandler: CanvasHandler | null = null;

/** The open editor registers how it runs commands; only one canvas is open per window. */
export function useCanvasMenuCommands(handler: CanvasHandler): void {
  useEffect(() => {
    canvasHandler = handler;
    return () => {
      if (canvasHandler === handler) canvasHandler = null;
    };
  }, [handler]);
}

/** Runs the desktop menu bar's commands (they never arrive in browser mode). */
export function useMenuCommands(): void {
  const client = useClient();
  useEffect(
    () =>
      client.on('menuCommand', ({ action }) => {
        const route = routeMenuCommand(action, {
          typing: isTypingTarget(document.activeElement),
          canvasOpen: canvasHandler !== null,
        });
        if (route === 'native') document.execCommand(action);
        else if (route === 'canvas') canvasHandler?.(action);
      }),
    [client],
  );
}
