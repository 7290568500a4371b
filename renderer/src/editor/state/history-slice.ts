import type { StateCreator } from 'zustand';
import type { Journey } from '../../../../shared/model/index';
import type { AppState } from '../../store/app-store';
import type { LifecycleSlice } from './lifecycle-slice';
import { beginGesture, emptyHistory, endGesture, record, redo, undo, type History } from './history';
import { selectionWithin } from './selection-slice';
import type { VersionViewSlice } from './version-view-slice';

export type EditPhase = 'step' | 'gesture-start' | 'gesture-update' | 'gesture-end';

/** Edits to the open document and their undo history. */
export interface HistorySlice {
  history: History<Journey>;
  /** Applies a pure edit; phases let a drag or a typing burst become one undo step. */
  edit(op: (journey: Journey) => Journey, phase?: EditPhase): void;
  undo(): void;
  redo(): void;
}

/** Shown when an edit is refused; says what to do instead. */
export function refusedEditMessage(
  state: Pick<VersionViewSlice, 'versionView'> &
    Pick<LifecycleSlice, 'liveVersion'> &
    Partial<Pick<LifecycleSlice, 'publishedHistory'>> & { status: Journey['status'] | undefined },
): string {
  if (state.versionView)
    return 'This is a read-only view of an earlier version. Go back to the current journey to edit it.';
  if (state.publishedHistory?.length)
    return 'This journey was published from elsewhere and is read-only here. Publish a new version from the Journey Studio that designed it.';
  if (state.status === 'active' || state.status === 'paused') {
    return state.liveVersion === null
      ? 'The live journey is read-only. Choose Edit to start a draft.'
      : `Version ${state.liveVersion} is live and read-only. Choose Edit to start draft version ${state.liveVersion + 1}.`;
  }
  return `A${state.status === 'archived' ? 'n archived' : ' stopped'} journey is read-only.`;
}

export const createHistorySlice: StateCreator<AppState, [], [], HistorySlice> = (set, get) => {
  let lastRefusal = 0;

  /** Undo and redo may take away what is selected (undoing an add); the selection follows. */
  function step(move: typeof undo) {
    const { journey, history, selection } = get();
    if (!journey) return;
    const result = move(history, journey);
    if (result)
      set({ journey: result.state, history: result.history, selection: selectionWithin(result.state, selection) });
  }

  return {
    history: emptyHistory<Journey>(),
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
      step(undo);
    },
    redo() {
      step(redo);
    },
  };
};
