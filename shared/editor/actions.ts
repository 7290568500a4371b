/**
 * The canvas editor's commands as the app menu and the page both name them: id, label, group and
 * shortcuts, written once. What a command does, and when it is enabled, stays in the renderer
 * (renderer/src/editor/actions/editor-actions.ts), which must give every id here a behaviour.
 */
export type ActionGroup = 'edit' | 'select' | 'arrange' | 'view' | 'help';

export interface EditorActionInfo {
  label: string;
  group: ActionGroup;
  /** "Mod" is Ctrl, or ⌘ on macOS. The first is shown; all of them work. */
  shortcuts?: readonly string[];
  /** Copy, cut and paste also arrive as clipboard events; their keys are not handled as keydowns. */
  viaClipboardEvent?: boolean;
}

export const EDITOR_ACTIONS = {
  undo: { label: 'Undo', group: 'edit', shortcuts: ['Mod+Z'] },
  redo: { label: 'Redo', group: 'edit', shortcuts: ['Mod+Shift+Z', 'Mod+Y'] },
  cut: { label: 'Cut', group: 'edit', shortcuts: ['Mod+X'], viaClipboardEvent: true },
  copy: { label: 'Copy', group: 'edit', shortcuts: ['Mod+C'], viaClipboardEvent: true },
  paste: { label: 'Paste', group: 'edit', shortcuts: ['Mod+V'], viaClipboardEvent: true },
  duplicate: { label: 'Duplicate', group: 'edit', shortcuts: ['Mod+D'] },
  delete: { label: 'Delete', group: 'edit', shortcuts: ['Delete', 'Backspace'] },
  selectAll: { label: 'Select all', group: 'select', shortcuts: ['Mod+A'] },
  clearSelection: { label: 'Clear selection', group: 'select', shortcuts: ['Escape'] },
  tidyLeftToRight: { label: 'Tidy up left to right', group: 'arrange', shortcuts: ['Shift+L'] },
  tidyTopToBottom: { label: 'Tidy up top to bottom', group: 'arrange', shortcuts: ['Shift+T'] },
  addNote: { label: 'Add note', group: 'arrange', shortcuts: ['N'] },
  zoomIn: { label: 'Zoom in', group: 'view', shortcuts: ['+', '='] },
  zoomOut: { label: 'Zoom out', group: 'view', shortcuts: ['-'] },
  fitView: { label: 'Fit to screen', group: 'view', shortcuts: ['1'] },
  toggleSnap: { label: 'Snap to grid', group: 'view', shortcuts: ['Shift+G'] },
  showShortcuts: { label: 'Keyboard shortcuts', group: 'help', shortcuts: ['?'] },
} as const satisfies Record<string, EditorActionInfo>;

export type EditorActionId = keyof typeof EDITOR_ACTIONS;

/** In registry order, which is the order of the shortcut sheet. */
export const EDITOR_ACTION_IDS = Object.keys(EDITOR_ACTIONS) as [EditorActionId, ...EditorActionId[]];

export function actionInfo(id: EditorActionId): EditorActionInfo {
  return EDITOR_ACTIONS[id];
}
