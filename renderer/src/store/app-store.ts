import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { AppClient } from '../api/client';
import { createJourneysSlice, type JourneysSlice } from './journeys-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';

export type AppState = JourneysSlice & NoticesSlice;
export type AppStore = StoreApi<AppState>;

/** One store of slices; later slices (canvas, templates, audience) join here. */
export function createAppStore(client: AppClient): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createJourneysSlice(client)(...args),
    ...createNoticesSlice(...args),
  }));
}

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStore must be used inside <AppStoreContext.Provider>');
  return useStore(store, selector);
}
