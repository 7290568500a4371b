import type { StateCreator } from 'zustand';
import type { JourneySummary } from '../../../shared/contract/index';
import type { AppClient } from '../api/client';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

export interface JourneysSlice {
  journeys: JourneySummary[];
  journeysStatus: 'idle' | 'loading' | 'ready' | 'error';
  journeysError: string | null;
  loadJourneys(): Promise<void>;
  createJourney(name: string): Promise<string>;
  renameJourney(id: string, name: string): Promise<void>;
  deleteJourney(id: string): Promise<void>;
}

export function createJourneysSlice(client: AppClient): StateCreator<AppState, [], [], JourneysSlice> {
  return (set, get) => ({
    journeys: [],
    journeysStatus: 'idle',
    journeysError: null,
    async loadJourneys() {
      // Only the first load shows a spinner; refreshes keep the list on screen.
      if (get().journeysStatus !== 'ready') set({ journeysStatus: 'loading', journeysError: null });
      try {
        set({ journeys: await client.journeys.list(), journeysStatus: 'ready', journeysError: null });
      } catch (error) {
        set({ journeysStatus: 'error', journeysError: messageOf(error) });
      }
    },
    async createJourney(name) {
      const { journey } = await client.journeys.create({ name });
      await get().loadJourneys();
      return journey.id;
    },
    async renameJourney(id, name) {
      await client.journeys.rename({ id, name });
      await get().loadJourneys();
    },
    async deleteJourney(id) {
      await client.journeys.delete({ id });
      set({ journeys: get().journeys.filter((journey) => journey.id !== id) });
      await get().loadJourneys();
    },
  });
}
