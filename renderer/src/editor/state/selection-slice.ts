import type { StateCreator } from 'zustand';
import type { Journey } from '../../../../shared/model/index';
import type { AppState } from '../../store/app-store';

export interface Selection {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  noteIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [], noteIds: [] };

export interface SelectionSlice {
  selection: Selection;
  select(selection: Partial<Selection>): void;
}

/** Keeps only selected ids that still exist in the document; the same object when all of them do. */
export function selectionWithin(journey: Journey, selection: Selection): Selection {
  const nodes = new Set(journey.nodes.map((node) => node.id));
  const edges = new Set(journey.edges.map((edge) => edge.id));
  const notes = new Set(journey.notes.map((note) => note.id));
  const kept = {
    nodeIds: selection.nodeIds.filter((id) => nodes.has(id)),
    edgeIds: selection.edgeIds.filter((id) => edges.has(id)),
    noteIds: selection.noteIds.filter((id) => notes.has(id)),
  };
  const unchanged =
    kept.nodeIds.length === selection.nodeIds.length &&
    kept.edgeIds.length === selection.edgeIds.length &&
    kept.noteIds.length === selection.noteIds.length;
  return unchanged ? selection : kept;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set, get) => ({
  selection: EMPTY_SELECTION,
  select(selection) {
    set({ selection: { ...get().selection, ...selection } });
  },
});
