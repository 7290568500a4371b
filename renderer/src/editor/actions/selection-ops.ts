import {
  copySelection,
  deleteElements,
  duplicateElements,
  parseClipboardText,
  pasteClipboard,
} from '../../../../shared/graph/index';
import { EMPTY_SELECTION } from '../state/selection-slice';
import { newId } from '../ids';
import type { ActionContext } from './types';

export function hasSelection({ store }: ActionContext): boolean {
  const { nodeIds, edgeIds, noteIds } = store.getState().selection;
  return nodeIds.length + edgeIds.length + noteIds.length > 0;
}

export function hasCopyable({ store }: ActionContext): boolean {
  const { nodeIds, noteIds } = store.getState().selection;
  return nodeIds.length + noteIds.length > 0;
}

export async function copySelected(ctx: ActionContext): Promise<void> {
  const { journey, selection } = ctx.store.getState();
  if (!journey || !hasCopyable(ctx)) return;
  const payload = copySelection(journey, selection);
  await ctx.clipboard.write(JSON.stringify(payload));
}

export function deleteSelected({ store }: ActionContext): void {
  const { selection, edit, select } = store.getState();
  edit((journey) => deleteElements(journey, { ...selection, newId }));
  select(EMPTY_SELECTION);
}

export async function pasteFromClipboard(ctx: ActionContext): Promise<void> {
  const text = await ctx.clipboard.read();
  const payload = text ? parseClipboardText(text) : null;
  const state = ctx.store.getState();
  if (!payload) {
    state.notify('info', 'The clipboard holds no Journey Studio steps to paste.');
    return;
  }
  const at = ctx.point ? ctx.flow.screenToFlowPosition(ctx.point) : undefined;
  let pasted: { nodeIds: string[]; noteIds: string[]; edgeIds: string[] } = { nodeIds: [], noteIds: [], edgeIds: [] };
  state.edit((journey) => {
    const result = pasteClipboard(journey, payload, at ? { at, newId } : { newId });
    pasted = result;
    return result.journey;
  });
  state.select({ nodeIds: pasted.nodeIds, edgeIds: [], noteIds: pasted.noteIds });
}

export function duplicateSelected({ store }: ActionContext): void {
  const { selection, edit, select } = store.getState();
  let created: { nodeIds: string[]; noteIds: string[] } = { nodeIds: [], noteIds: [] };
  edit((journey) => {
    const result = duplicateElements(journey, selection, { newId });
    created = result;
    return result.journey;
  });
  select({ nodeIds: created.nodeIds, edgeIds: [], noteIds: created.noteIds });
}
