import { EDITOR_ACTIONS, EDITOR_ACTION_IDS, type EditorActionId } from '../../../../shared/editor/actions';
import { addNote, autoLayout, moveNodes, type LayoutDirection } from '../../../../shared/graph/index';
import { useCanvasPreferences } from '../canvas/canvas-preferences';
import { STEP_WIDTH } from '../canvas/flow-mapping';
import { freeSpot } from '../canvas/free-spot';
import { paneCentre } from '../canvas/pane-centre';
import { requestNoteEditing } from '../nodes/note-editing';
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
import type { ActionBehaviour, ActionContext, EditorAction } from './types';

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
  requestAnimationFrame(() => ctx.fit({ duration: 300 }));
}

const hasJourney = ({ store }: ActionContext) => store.getState().journey !== null;

/** A mapped type: an action id without a behaviour here does not compile. */
const behaviours: { readonly [Id in EditorActionId]: ActionBehaviour } = {
  undo: {
    enabled: ({ store }) => store.getState().history.past.length > 0 || store.getState().history.gestureBase !== null,
    perform: ({ store }) => store.getState().undo(),
  },
  redo: {
    enabled: ({ store }) => store.getState().history.future.length > 0,
    perform: ({ store }) => store.getState().redo(),
  },
  cut: {
    enabled: hasCopyable,
    perform: async (ctx) => {
      await copySelected(ctx);
      deleteSelected(ctx);
    },
  },
  copy: {
    enabled: hasCopyable,
    perform: copySelected,
  },
  paste: {
    enabled: hasJourney,
    perform: pasteFromClipboard,
  },
  duplicate: {
    enabled: hasCopyable,
    perform: duplicateSelected,
  },
  delete: {
    enabled: hasSelection,
    perform: deleteSelected,
  },
  selectAll: {
    enabled: hasJourney,
    perform: ({ store }) => {
      const { journey, select } = store.getState();
      if (journey)
        select({ nodeIds: journey.nodes.map((n) => n.id), edgeIds: [], noteIds: journey.notes.map((n) => n.id) });
    },
  },
  clearSelection: {
    enabled: hasSelection,
    perform: ({ store }) => store.getState().select(EMPTY_SELECTION),
  },
  tidyLeftToRight: {
    enabled: hasJourney,
    perform: (ctx) => tidyUp(ctx, 'LR'),
  },
  tidyTopToBottom: {
    enabled: hasJourney,
    perform: (ctx) => tidyUp(ctx, 'TB'),
  },
  addNote: {
    enabled: hasJourney,
    perform: ({ store, flow, point }) => {
      const size = { width: 220, height: 120 };
      // Where the menu was opened, or the middle of what the canvas shows; then the nearest free space.
      const wanted = flow.screenToFlowPosition(point ?? paneCentre());
      const corner = point ? wanted : { x: wanted.x - size.width / 2, y: wanted.y - size.height / 2 };
      const taken = flow.getNodes().map((node) => ({
        ...node.position,
        width: node.measured?.width ?? node.width ?? STEP_WIDTH,
        height: node.measured?.height ?? node.height ?? 100,
      }));
      const position = freeSpot(corner, size, taken);
      const id = newId('note');
      const state = store.getState();
      requestNoteEditing(id);
      state.edit((journey) => addNote(journey, { id, text: '', position, size, color: 'yellow' }));
      state.select({ nodeIds: [], edgeIds: [], noteIds: [id] });
    },
  },
  zoomIn: {
    perform: ({ flow }) => void flow.zoomIn({ duration: 150 }),
  },
  zoomOut: {
    perform: ({ flow }) => void flow.zoomOut({ duration: 150 }),
  },
  fitView: {
    perform: ({ fit }) => fit({ duration: 200 }),
  },
  toggleSnap: {
    perform: () => useCanvasPreferences.getState().toggleSnap(),
  },
  showShortcuts: {
    perform: ({ openShortcuts }) => openShortcuts(),
  },
};

export const editorActions: readonly EditorAction[] = EDITOR_ACTION_IDS.map((id) => ({
  id,
  ...EDITOR_ACTIONS[id],
  ...behaviours[id],
}));

export const actionById = Object.fromEntries(editorActions.map((action) => [action.id, action])) as Readonly<
  Record<EditorActionId, EditorAction>
>;

export function isEnabled(action: EditorAction, ctx: ActionContext): boolean {
  return action.enabled ? action.enabled(ctx) : true;
}

export async function runAction(id: EditorActionId, ctx: ActionContext): Promise<void> {
  const action = actionById[id];
  if (!isEnabled(action, ctx)) return;
  try {
    await action.perform(ctx);
  } catch (error) {
    ctx.store.getState().notify('error', `${action.label} failed: ${(error as Error).message}`);
  }
}
