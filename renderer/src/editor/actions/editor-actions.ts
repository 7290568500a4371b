import { addNote, autoLayout, moveNodes, type LayoutDirection } from '../../../../shared/graph/index';
import { useCanvasPreferences } from '../canvas/canvas-preferences';
import { newId } from '../ids';
import { isNoteFlowId } from '../nodes/flow-types';
import { EMPTY_SELECTION } from '../state/selection-slice';
import {
  copySelected,
  deleteSelected,
  duplicateSelected,
  hasCopyable,
  hasSelection,
  pasteFromClipboard,
} from './selection-ops';
import type { ActionContext, EditorAction } from './types';

async function tidyUp(ctx: ActionContext, direction: LayoutDirection) {
  const { journey } = ctx.store.getState();
  if (!journey) return;
  const nodeSizes: Record<string, { width: number; height: number }> = {};
  for (const node of ctx.flow.getNodes()) {
    if (!isNoteFlowId(node.id) && node.measured?.width && node.measured.height) {
      nodeSizes[node.id] = { width: node.measured.width, height: node.measured.height };
    }
  }
  const laidOut = await autoLayout(journey, { direction, nodeSizes });
  const positions = new Map(laidOut.nodes.map((node) => [node.id, node.position]));
  const state = ctx.store.getState();
  // Only positions are taken, so an edit made while the layout ran is kept.
  state.edit((current) => moveNodes(current, positions));
  state.setDirection(direction);
  requestAnimationFrame(() => void ctx.flow.fitView({ duration: 300 }));
}

const hasJourney = ({ store }: ActionContext) => store.getState().journey !== null;

export const editorActions: EditorAction[] = [
  {
    id: 'undo',
    label: 'Undo',
    group: 'edit',
    shortcuts: ['Mod+Z'],
    enabled: ({ store }) => store.getState().history.past.length > 0 || store.getState().history.gestureBase !== null,
    perform: ({ store }) => store.getState().undo(),
  },
  {
    id: 'redo',
    label: 'Redo',
    group: 'edit',
    shortcuts: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: ({ store }) => store.getState().history.future.length > 0,
    perform: ({ store }) => store.getState().redo(),
  },
  {
    id: 'cut',
    label: 'Cut',
    group: 'edit',
    shortcuts: ['Mod+X'],
    viaClipboardEvent: true,
    enabled: hasCopyable,
    perform: async (ctx) => {
      await copySelected(ctx);
      deleteSelected(ctx);
    },
  },
  {
    id: 'copy',
    label: 'Copy',
    group: 'edit',
    shortcuts: ['Mod+C'],
    viaClipboardEvent: true,
    enabled: hasCopyable,
    perform: copySelected,
  },
  {
    id: 'paste',
    label: 'Paste',
    group: 'edit',
    shortcuts: ['Mod+V'],
    viaClipboardEvent: true,
    enabled: hasJourney,
    perform: pasteFromClipboard,
  },
  {
    id: 'duplicate',
    label: 'Duplicate',
    group: 'edit',
    shortcuts: ['Mod+D'],
    enabled: hasCopyable,
    perform: duplicateSelected,
  },
  {
    id: 'delete',
    label: 'Delete',
    group: 'edit',
    shortcuts: ['Delete', 'Backspace'],
    enabled: hasSelection,
    perform: deleteSelected,
  },
  {
    id: 'selectAll',
    label: 'Select all',
    group: 'select',
    shortcuts: ['Mod+A'],
    enabled: hasJourney,
    perform: ({ store }) => {
      const { journey, select } = store.getState();
      if (journey)
        select({ nodeIds: journey.nodes.map((n) => n.id), edgeIds: [], noteIds: journey.notes.map((n) => n.id) });
    },
  },
  {
    id: 'clearSelection',
    label: 'Clear selection',
    group: 'select',
    shortcuts: ['Escape'],
    enabled: hasSelection,
    perform: ({ store }) => store.getState().select(EMPTY_SELECTION),
  },
  {
    id: 'tidyLeftToRight',
    label: 'Tidy up left to right',
    group: 'arrange',
    shortcuts: ['Shift+L'],
    enabled: hasJourney,
    perform: (ctx) => tidyUp(ctx, 'LR'),
  },
  {
    id: 'tidyTopToBottom',
    label: 'Tidy up top to bottom',
    group: 'arrange',
    shortcuts: ['Shift+T'],
    enabled: hasJourney,
    perform: (ctx) => tidyUp(ctx, 'TB'),
  },
  {
    id: 'addNote',
    label: 'Add note',
    group: 'arrange',
    shortcuts: ['N'],
    enabled: hasJourney,
    perform: ({ store, flow, point }) => {
      const screen = point ?? { x: window.innerWidth / 2, y: window.innerHeight / 2 };
      const position = flow.screenToFlowPosition(screen);
      const id = newId('note');
      const state = store.getState();
      state.edit((journey) =>
        addNote(journey, { id, text: '', position, size: { width: 220, height: 120 }, color: 'yellow' }),
      );
      state.select({ nodeIds: [], edgeIds: [], noteIds: [id] });
    },
  },
  {
    id: 'zoomIn',
    label: 'Zoom in',
    group: 'view',
    shortcuts: ['+', '='],
    perform: ({ flow }) => void flow.zoomIn({ duration: 150 }),
  },
  {
    id: 'zoomOut',
    label: 'Zoom out',
    group: 'view',
    shortcuts: ['-'],
    perform: ({ flow }) => void flow.zoomOut({ duration: 150 }),
  },
  {
    id: 'fitView',
    label: 'Fit to screen',
    group: 'view',
    shortcuts: ['1'],
    perform: ({ flow }) => void flow.fitView({ duration: 200 }),
  },
  {
    id: 'toggleSnap',
    label: 'Snap to grid',
    group: 'view',
    shortcuts: ['Shift+G'],
    perform: () => useCanvasPreferences.getState().toggleSnap(),
  },
  {
    id: 'showShortcuts',
    label: 'Keyboard shortcuts',
    group: 'help',
    shortcuts: ['?'],
    perform: ({ openShortcuts }) => openShortcuts(),
  },
];

export const actionById = new Map(editorActions.map((action) => [action.id, action]));

export function isEnabled(action: EditorAction, ctx: ActionContext): boolean {
  return action.enabled ? action.enabled(ctx) : true;
}

export async function runAction(id: string, ctx: ActionContext): Promise<void> {
  const action = actionById.get(id);
  if (!action || !isEnabled(action, ctx)) return;
  try {
    await action.perform(ctx);
  } catch (error) {
    ctx.store.getState().notify('error', `${action.label} failed: ${(error as Error).message}`);
  }
}
