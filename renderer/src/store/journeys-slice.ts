import type { StateCreator } from 'zustand';
import type { JourneySummary } from '../../../shared/contract/index';
import type { AppClient } from '../api/client';
import { DEFAULT_LIST_VIEW, type JourneyListView } from '../dashboard/journey-list-view';
import { importJourneyFile, type ImportResult } from '../dashboard/import/journey-file';
import type { AppState } from './app-store';
import { messageOf } from './message-of';

export type DashboardTab = 'journeys' | 'trash';

export interface JourneysSlice {
  journeys: JourneySummary[];
  trash: JourneySummary[];
  journeysStatus: 'idle' | 'loading' | 'ready' | 'error';
  journeysError: string | null;
  // Kept in the store, not the page, so search, filter and tab survive a trip to the editor and back.
  journeyListView: JourneyListView;
  dashboardTab: DashboardTab;
  setJourneyListView(change: Partial<JourneyListView>): void;
  setDashboardTab(tab: DashboardTab): void;
  loadJourneys(): Promise<void>;
  createJourney(name: string): Promise<string>;
  renameJourney(id: string, name: string): Promise<void>;
  /** Resolves with the copy's id and the name the service chose for it. */
  duplicateJourney(id: string): Promise<{ id: string; name: string }>;
  deleteJourney(id: string): Promise<void>;
  restoreJourney(id: string): Promise<void>;
  purgeJourney(id: string): Promise<void>;
  /** Imports a .journey.json picked or dropped in the page as a new draft journey. */
  importJourney(file: File): Promise<ImportResult>;
  /** The desktop app's open dialog; null when cancelled. */
  importJourneyFromDialog(): Promise<ImportResult | null>;
}

const without = (list: JourneySummary[], id: string) => list.filter((journey) => journey.id !== id);

export function createJourneysSlice(client: AppClient): StateCreator<AppState, [], [], JourneysSlice> {
  return (set, get) => {
    // Change events can start several loads at once; only the newest may write, or an older,
    // slower answer would bring back a row the user just deleted.
    let latestLoad = 0;

    return {
      journeys: [],
      trash: [],
      journeysStatus: 'idle',
      journeysError: null,
      journeyListView: DEFAULT_LIST_VIEW,
      dashboardTab: 'journeys',
      setJourneyListView(change) {
        set({ journeyListView: { ...get().journeyListView, ...change } });
      },
      setDashboardTab(tab) {
        set({ dashboardTab: tab });
      },
      async loadJourneys() {
        const load = ++latestLoad;
        const firstLoad = get().journeysStatus !== 'ready';
        // Only the first load shows a spinner; refreshes keep the list on screen.
        if (firstLoad) set({ journeysStatus: 'loading', journeysError: null });
        try {
          const [journeys, trash] = await Promise.all([client.journeys.list(), client.journeys.listTrash()]);
          if (load === latestLoad) set({ journeys, trash, journeysStatus: 'ready', journeysError: null });
        } catch (error) {
          if (load !== latestLoad) return;
          // A failed refresh must not blank a list the user is working in: say so and keep it.
          if (firstLoad) set({ journeysStatus: 'error', journeysError: messageOf(error) });
          else get().notify('error', `The journey list could not be refreshed: ${messageOf(error)}`);
        }
      },
      async createJourney(name) {
        const { journey } = await client.journeys.create({ name });
        // The caller opens the new journey at once; the list catches up in the background.
        void get().loadJourneys();
        return journey.id;
      },
      async renameJourney(id, name) {
        await client.journeys.rename({ id, name });
        await get().loadJourneys();
      },
      async duplicateJourney(id) {
        const { journey } = await client.journeys.duplicate({ id });
        await get().loadJourneys();
        return { id: journey.id, name: journey.name };
      },
      async deleteJourney(id) {
        await client.journeys.delete({ id });
        const moved = get().journeys.find((journey) => journey.id === id);
        set({
          journeys: without(get().journeys, id),
          trash: moved ? [{ ...moved, deletedAt: new Date().toISOString() }, ...without(get().trash, id)] : get().trash,
        });
        await get().loadJourneys();
      },
      async restoreJourney(id) {
        await client.journeys.restore({ id });
        set({ trash: without(get().trash, id) });
        await get().loadJourneys();
      },
      async purgeJourney(id) {
        await client.journeys.purge({ id });
        set({ trash: without(get().trash, id) });
        await get().loadJourneys();
      },
      async importJourney(file) {
        const result = await importJourneyFile(client, file);
        await get().loadJourneys();
        return result;
      },
      async importJourneyFromDialog() {
        const result = await client.exchange.importFromFile();
        if (result) await get().loadJourneys();
        return result;
      },
    };
  };
}
