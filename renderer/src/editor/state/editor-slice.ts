import type { StateCreator } from 'zustand';
import type { Journey } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import type { AppState } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { inferDirection } from '../canvas/flow-mapping';
import type { Direction } from '../nodes/flow-types';
import { beginGesture, emptyHistory, endGesture, record, redo, undo, type History } from './history';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string; retryInMs: number }
  | { state: 'conflict'; message: string };

export type EditPhase = 'step' | 'gesture-start' | 'gesture-update' | 'gesture-end';

export interface Selection {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
  noteIds: readonly string[];
}

export const EMPTY_SELECTION: Selection = { nodeIds: [], edgeIds: [], noteIds: [] };

export interface EditorSlice {
  editorJourneyId: string | null;
  editorLoad: { state: 'idle' | 'loading' | 'ready' } | { state: 'error'; message: string };
  journey: Journey | null;
  /** The revision the store holds of what we last saved or loaded; saves send it to detect other writers. */
  savedRevision: number;
  /** The document as last saved, so "dirty" is a pointer comparison. */
  savedJourney: Journey | null;
  history: History<Journey>;
  selection: Selection;
  saveStatus: SaveStatus;
  /** Which way handles face; read from the layout on load and set by "tidy up". */
  direction: Direction;

  openJourney(id: string): Promise<void>;
  closeJourney(): void;
  /** Applies a pure edit; phases let a drag or a typing burst become one undo step. */
  edit(op: (journey: Journey) => Journey, phase?: EditPhase): void;
  undo(): void;
  redo(): void;
  select(selection: Partial<Selection>): void;
  /** Replaces the document with the stored one, dropping local changes (after a conflict). */
  reloadFromStore(): Promise<void>;
  /** After a conflict: keep this window's document and save it over the newer stored one. */
  overwriteStore(): Promise<void>;
  /** Marks a save outcome; called by the autosaver. */
  markSaved(journey: Journey, revision: number): void;
  setSaveStatus(status: SaveStatus): void;
  setDirection(direction: Direction): void;
}

export function createEditorSlice(client: AppClient): StateCreator<AppState, [], [], EditorSlice> {
  return (set, get) => {
    async function load(id: string) {
      const { journey, revision } = await client.journeys.get({ id });
      if (get().editorJourneyId !== id) return;
      set({
        journey,
        savedJourney: journey,
        savedRevision: revision,
        editorLoad: { state: 'ready' },
        saveStatus: { state: 'saved' },
        // Loading is never an undo step, and older steps would undo someone else's saved work.
        history: emptyHistory<Journey>(),
        selection: EMPTY_SELECTION,
        direction: inferDirection(journey),
      });
    }

    return {
      editorJourneyId: null,
      editorLoad: { state: 'idle' },
      journey: null,
      savedRevision: 0,
      savedJourney: null,
      history: emptyHistory<Journey>(),
      selection: EMPTY_SELECTION,
      saveStatus: { state: 'saved' },
      direction: 'LR',

      async openJourney(id) {
        set({ editorJourneyId: id, editorLoad: { state: 'loading' }, journey: null, savedJourney: null });
        try {
          await load(id);
        } catch (error) {
          if (get().editorJourneyId === id) set({ editorLoad: { state: 'error', message: messageOf(error) } });
        }
      },
      closeJourney() {
        set({ editorJourneyId: null, editorLoad: { state: 'idle' }, journey: null, savedJourney: null, history: emptyHistory<Journey>(), selection: EMPTY_SELECTION });
      },
      edit(op, phase = 'step') {
        const { journey, history } = get();
        if (!journey) return;
        const next = op(journey);
        if (phase === 'gesture-start') {
          set({ history: beginGesture(history, journey), journey: next });
        } else if (phase === 'gesture-update') {
          if (next !== journey) set({ journey: next });
        } else if (phase === 'gesture-end') {
          set({ journey: next, history: endGesture(history, next) });
        } else if (next !== journey) {
          set({ journey: next, history: record(endGesture(history, journey), journey) });
        }
      },
      undo() {
        const { journey, history } = get();
        if (!journey) return;
        const result = undo(history, journey);
        if (result) set({ journey: result.state, history: result.history });
      },
      redo() {
        const { journey, history } = get();
        if (!journey) return;
        const result = redo(history, journey);
        if (result) set({ journey: result.state, history: result.history });
      },
      select(selection) {
        set({ selection: { ...get().selection, ...selection } });
      },
      async reloadFromStore() {
        const id = get().editorJourneyId;
        if (id) await load(id);
      },
      async overwriteStore() {
        const id = get().editorJourneyId;
        if (!id) return;
        const { revision } = await client.journeys.get({ id });
        set({ savedRevision: revision, saveStatus: { state: 'pending' } });
      },
      markSaved(journey, revision) {
        set({ savedJourney: journey, savedRevision: revision });
      },
      setSaveStatus(status) {
        set({ saveStatus: status });
      },
      setDirection(direction) {
        set({ direction });
      },
    };
  };
}
