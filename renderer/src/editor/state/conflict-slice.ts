import type { StateCreator } from 'zustand';
import type { AppClient } from '../../api/client';
import type { AppState } from '../../store/app-store';
import { loadStoredJourney } from './load-slice';

/** The two ways out of a save conflict (another window saved first). */
export interface ConflictSlice {
  /** Replaces the document with the stored one, dropping local changes. */
  reloadFromStore(): Promise<void>;
  /** Keeps this window's document and saves it over the newer stored one. */
  overwriteStore(): Promise<void>;
}

export function createConflictSlice(client: AppClient): StateCreator<AppState, [], [], ConflictSlice> {
  return (set, get) => ({
    async reloadFromStore() {
      const id = get().editorJourneyId;
      if (id) await loadStoredJourney(client, id, { getState: get, setState: set });
    },
    async overwriteStore() {
      const id = get().editorJourneyId;
      if (!id) return;
      const { revision } = await client.journeys.get({ id });
      set({ savedRevision: revision, saveStatus: { state: 'pending' } });
    },
  });
}
