import type { StateCreator } from 'zustand';
import type { AppClient } from '../../api/client';
import type { AppState } from '../../store/app-store';
import { createConflictSlice, type ConflictSlice } from './conflict-slice';
import { createHistorySlice, type HistorySlice } from './history-slice';
import { createLifecycleSlice, type LifecycleSlice } from './lifecycle-slice';
import { createLoadSlice, type LoadSlice } from './load-slice';
import { createSaveSlice, type SaveSlice } from './save-slice';
import { createSelectionSlice, type SelectionSlice } from './selection-slice';
import { createVersionViewSlice, type VersionViewSlice } from './version-view-slice';

/** The editor's part of the app store, one slice per concern. */
export type EditorSlice = LoadSlice &
  SaveSlice &
  ConflictSlice &
  LifecycleSlice &
  VersionViewSlice &
  HistorySlice &
  SelectionSlice;

export function createEditorSlice(client: AppClient): StateCreator<AppState, [], [], EditorSlice> {
  return (...args) => ({
    ...createLoadSlice(client)(...args),
    ...createSaveSlice(...args),
    ...createConflictSlice(client)(...args),
    ...createLifecycleSlice(client)(...args),
    ...createVersionViewSlice(...args),
    ...createHistorySlice(...args),
    ...createSelectionSlice(...args),
  });
}
