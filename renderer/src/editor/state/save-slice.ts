import type { StateCreator } from 'zustand';
import type { Journey } from '../../../../shared/model/index';
import type { AppState } from '../../store/app-store';

export type SaveStatus =
  | { state: 'saved' }
  | { state: 'pending' }
  | { state: 'saving' }
  | { state: 'error'; message: string; retryInMs: number }
  | { state: 'conflict'; message: string };

/** What is saved of the open document; the autosaver (autosave.ts) does the saving. */
export interface SaveSlice {
  /** The revision the store holds of what we last saved or loaded; saves send it to detect other writers. */
  savedRevision: number;
  /** The document as last saved, so "dirty" is a pointer comparison. */
  savedJourney: Journey | null;
  saveStatus: SaveStatus;
  /** Marks a save outcome; called by the autosaver. */
  markSaved(journey: Journey, revision: number): void;
  setSaveStatus(status: SaveStatus): void;
  /** Registered by the autosaver so lifecycle calls can save pending edits first. */
  saveFlusher: (() => Promise<void>) | null;
  setSaveFlusher(flush: (() => Promise<void>) | null): void;
  /** Saves pending edits now; rejects when they could not be saved, so nothing acts on a stale document. */
  settleSaves(): Promise<void>;
}

export const createSaveSlice: StateCreator<AppState, [], [], SaveSlice> = (set, get) => ({
  savedRevision: 0,
  savedJourney: null,
  saveStatus: { state: 'saved' },
  saveFlusher: null,
  markSaved(journey, revision) {
    set({ savedJourney: journey, savedRevision: revision });
  },
  setSaveStatus(status) {
    set({ saveStatus: status });
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
});
