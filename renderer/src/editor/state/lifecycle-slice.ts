import type { StateCreator } from 'zustand';
import type { ReceivedPublish, SavedJourney } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import type { AppState } from '../../store/app-store';
import { isReadOnly } from '../lifecycle/lifecycle-view';
import { emptyHistory } from './history';
import { selectionWithin } from './selection-slice';

/** Where the open journey is in its lifecycle, and following it when it moves. */
export interface LifecycleSlice {
  /** The frozen version the sender runs; null until first activated. */
  liveVersion: number | null;
  /** A live journey is being edited as its next version. */
  draftOpen: boolean;
  /** Derived from status, draftOpen and where it was made: edits are refused and nothing is saved. */
  readOnly: boolean;
  /**
   * For a journey published to this server through its journey API ("published from elsewhere"):
   * its publish history, newest first; empty for a journey made here. Such a journey is read-only.
   */
  publishedHistory: readonly ReceivedPublish[];
  /**
   * Takes the answer of a lifecycle call (activate, startDraft, restore…) as the new saved state.
   * The document may be a different version now, so undo history does not carry over.
   */
  applySavedJourney(saved: SavedJourney): void;
  /** Another window moved the journey through its lifecycle: follow it without losing local work. */
  refreshLifecycle(): Promise<void>;
}

/** No journey open. */
export const NO_LIFECYCLE = { liveVersion: null, draftOpen: false, readOnly: false, publishedHistory: [] } as const;

export function lifecycleOf(
  saved: SavedJourney,
  publishedFromElsewhere: boolean,
): Pick<LifecycleSlice, 'liveVersion' | 'draftOpen' | 'readOnly'> {
  // Older stores answer without lifecycle fields; they hold drafts only.
  const liveVersion = saved.liveVersion ?? null;
  const draftOpen = saved.draftOpen ?? false;
  return {
    liveVersion,
    draftOpen,
    readOnly: isReadOnly({ status: saved.journey.status, draftOpen, publishedFromElsewhere }),
  };
}

export function createLifecycleSlice(client: AppClient): StateCreator<AppState, [], [], LifecycleSlice> {
  return (set, get) => ({
    ...NO_LIFECYCLE,
    applySavedJourney(saved) {
      if (get().editorJourneyId !== saved.journey.id) return;
      const sameDocument = saved.revision === get().savedRevision && get().journey === get().savedJourney;
      set({
        ...lifecycleOf(saved, get().publishedHistory.length > 0),
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
      // A journey published from elsewhere changes by a new version there: its history follows.
      const [saved, publishedHistory] = await Promise.all([
        client.journeys.get({ id }),
        client.publishedJourneys.history({ id }),
      ]);
      if (get().editorJourneyId === id) set({ publishedHistory });
      const state = get();
      if (state.editorJourneyId !== id || state.saveStatus.state === 'saving') return;
      const dirty = state.journey !== state.savedJourney;
      if (!dirty || saved.revision === state.savedRevision) {
        if (dirty && state.journey) {
          // Same document underneath: keep the local edits, take the new lifecycle state.
          const journey = { ...state.journey, status: saved.journey.status };
          set({
            ...lifecycleOf(saved, get().publishedHistory.length > 0),
            journey,
            savedJourney: { ...saved.journey },
          });
        } else {
          get().applySavedJourney(saved);
        }
        return;
      }
      set({
        ...lifecycleOf(saved, get().publishedHistory.length > 0),
        saveStatus: { state: 'conflict', message: 'This journey was changed in another window.' },
      });
    },
  });
}
