import { createContext, useContext } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { AppClient } from '../api/client';
import { createAudienceSlice, type AudienceSlice } from './audience-slice';
import { createJourneysSlice, type JourneysSlice } from './journeys-slice';
import { createNoticesSlice, type NoticesSlice } from './notices-slice';
import { createProfilesSlice, type ProfilesSlice } from './profiles-slice';
import { createTemplatesSlice, type TemplatesSlice } from './templates-slice';
import { createEditorSlice, type EditorSlice } from '../editor/state/editor-slice';
import { createProblemsSlice, type ProblemsSlice } from '../editor/problems/problems-slice';

export type AppState = JourneysSlice &
  NoticesSlice &
  TemplatesSlice &
  ProfilesSlice &
  EditorSlice &
  AudienceSlice &
  ProblemsSlice;
export type AppStore = StoreApi<AppState>;

/** One store of slices; later slices (canvas, templates, audience) join here. */
export function createAppStore(client: AppClient): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createJourneysSlice(client)(...args),
    ...createNoticesSlice(...args),
    ...createTemplatesSlice(client)(...args),
    ...createProfilesSlice(client)(...args),
    ...createEditorSlice(client)(...args),
    ...createAudienceSlice(client)(...args),
    ...createProblemsSlice(...args),
  }));
}

export const AppStoreContext = createContext<AppStore | null>(null);

export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error('useAppStoreApi must be used inside <AppStoreContext.Provider>');
  return store;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}
