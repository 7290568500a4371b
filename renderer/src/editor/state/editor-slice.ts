import type { StateCreator } from 'zustand';
import type { SavedJourney } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import type { AppState } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { inferDirection } from '../canvas/flow-mapping';
import { isReadOnly } from '../lifecycle/lifecycle-view';
import type { Direction } from '../nodes/flow-types';
import type { VersionView } from '../versions/version-view';
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
  /** The frozen version the sender runs; null until first activated. */
  liveVersion: number | null;
  /** A live journey is being edited as its next version. */
  draftOpen: boolean;
  /** Derived from status and draftOpen: edits are refused and nothing is saved. */
  readOnly: boolean;
  /** A frozen version or a comparison shown on the canvas instead of the document; never editable. */
  versionView: VersionView | null;
  /** The version history beside the canvas. */
  versionsOpen: boolean;
  /** A step the version canvas should centre; `seq` lets the same step be asked for twice. */
  versionFocus: { nodeId: string; seq: number } | null;

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
  /**
   * Takes the answer of a lifecycle call (activate, startDraft, restore…) as the new saved state.
   * The document may be a different version now, so undo history does not carry over.
   */
  applySavedJourney(saved: SavedJourney): void;
  /** Another window moved the journey through its lifecycle: follow it without losing local work. */
  refreshLifecycle(): Promise<void>;
  /** Registered by the autosaver so lifecycle calls can save pending edits first. */
  saveFlusher: (() => Promise<void>) | null;
  setSaveFlusher(flush: (() => Promise<void>) | null): void;
  /** Saves pending edits now; rejects when they could not be saved, so nothing acts on a stale document. */
  settleSaves(): Promise<void>;
  setVersionView(view: VersionView | null): void;
  setVersionsOpen(open: boolean): void;
  focusVersionNode(nodeId: string): void;
}

/** Shown when an edit is refused; says what to do instead. */
export function refusedEditMessage(
  state: Pick<EditorSlice, 'versionView' | 'liveVersion'> & { status: Journey['status'] | undefined },
): string {
  if (state.versionView)
    return 'This is a read-only view of an earlier version. Go back to the current journey to edit it.';
  if (state.status === 'active' || state.status === 'paused') {
    return state.liveVersion === null
      ? 'The live journey is read-only. Choose Edit to start a draft.'
      : `Version ${state.liveVersion} is live and read-only. Choose Edit to start draft version ${state.liveVersion + 1}.`;
  }
  return `A${state.status === 'archived' ? 'n archived' : ' stopped'} journey is read-only.`;
}

/** Keeps only selected ids that still exist in the document. */
function selectionWithin(journey: Journey, selection: Selection): Selection {
  const nodes = new Set(journey.nodes.map((node) => node.id));
  const edges = new Set(journey.edges.map((edge) => edge.id));
  const notes = new Set(journey.notes.map((note) => note.id));
  return {
    nodeIds: selection.nodeIds.filter((id) => nodes.has(id)),
    edgeIds: selection.edgeIds.filter((id) => edges.has(id)),
    noteIds: selection.noteIds.filter((id) => notes.has(id)),
  };
}

function lifecycleOf(saved: SavedJourney) {
  // Older stores answer without lifecycle fields; they hold drafts only.
  const liveVersion = saved.liveVersion ?? null;
  const draftOpen = saved.draftOpen ?? false;
  return { liveVersion, draftOpen, readOnly: isReadOnly({ status: saved.journey.status, draftOpen }) };
}

export function createEditorSlice(client: AppClient): StateCreator<AppState, [], [], EditorSlice> {
  return (set, get) => {
    let lastRefusal = 0;

    async function load(id: string) {
      const saved = await client.journeys.get({ id });
      const { journey, revision } = saved;
      if (get().editorJourneyId !== id) return;
      set({
        ...lifecycleOf(saved),
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
      liveVersion: null,
      draftOpen: false,
      readOnly: false,
      versionView: null,
      versionsOpen: false,
      versionFocus: null,
      saveFlusher: null,

      async openJourney(id) {
        set({
          editorJourneyId: id,
          editorLoad: { state: 'loading' },
          journey: null,
          savedJourney: null,
          versionView: null,
        });
        try {
          await load(id);
        } catch (error) {
          if (get().editorJourneyId === id) set({ editorLoad: { state: 'error', message: messageOf(error) } });
        }
      },
      closeJourney() {
        set({
          editorJourneyId: null,
          editorLoad: { state: 'idle' },
          journey: null,
          savedJourney: null,
          history: emptyHistory<Journey>(),
          selection: EMPTY_SELECTION,
          liveVersion: null,
          draftOpen: false,
          readOnly: false,
          versionView: null,
          versionsOpen: false,
          versionFocus: null,
        });
      },
      edit(op, phase = 'step') {
        const { journey, history, readOnly, versionView } = get();
        if (!journey) return;
        const next = op(journey);
        if ((readOnly || versionView) && next !== journey) {
          // One notice per burst: a refused drag or a held key would otherwise stack them up.
          if (Date.now() - lastRefusal > 2000)
            get().notify('error', refusedEditMessage({ ...get(), status: journey.status }));
          lastRefusal = Date.now();
          return;
        }
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
      applySavedJourney(saved) {
        if (get().editorJourneyId !== saved.journey.id) return;
        const sameDocument = saved.revision === get().savedRevision && get().journey === get().savedJourney;
        set({
          ...lifecycleOf(saved),
          journey: saved.journey,
          savedJourney: saved.journey,
          savedRevision: saved.revision,
          saveStatus: { state: 'saved' },
          history: sameDocument ? get().history : emptyHistory<Journey>(),
          selection: selectionWithin(saved.journey, get().selection),
        });
      },
      async refreshLifecycle() {
        const id = get().editorJourneyId;
        if (!id) return;
        const saved = await client.journeys.get({ id });
        const state = get();
        if (state.editorJourneyId !== id || state.saveStatus.state === 'saving') return;
        const dirty = state.journey !== state.savedJourney;
        if (!dirty || saved.revision === state.savedRevision) {
          if (dirty && state.journey) {
            // Same document underneath: keep the local edits, take the new lifecycle state.
            const journey = { ...state.journey, status: saved.journey.status };
            set({ ...lifecycleOf(saved), journey, savedJourney: { ...saved.journey } });
          } else {
            get().applySavedJourney(saved);
          }
          return;
        }
        set({
          ...lifecycleOf(saved),
          saveStatus: { state: 'conflict', message: 'This journey was changed in another window.' },
        });
      },
      setSaveFlusher(flush) {
        set({ saveFlusher: flush });
      },
      async settleSaves() {
        await get().saveFlusher?.();
        const status = get().saveStatus;
        if (status.state === 'error' || status.state === 'conflict')
          throw new Error(`Your last changes are not saved yet: ${status.message}`);
      },
      setVersionView(view) {
        set({ versionView: view, versionFocus: null });
      },
      setVersionsOpen(open) {
        set({ versionsOpen: open });
      },
      focusVersionNode(nodeId) {
        set({ versionFocus: { nodeId, seq: (get().versionFocus?.seq ?? 0) + 1 } });
      },
    };
  };
}
