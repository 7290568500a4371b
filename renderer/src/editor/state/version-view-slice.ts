import type { StateCreator } from 'zustand';
import type { AppState } from '../../store/app-store';
import type { VersionView } from '../versions/version-view';

export interface VersionViewSlice {
  /** A frozen version or a comparison shown on the canvas instead of the document; never editable. */
  versionView: VersionView | null;
  /** The version history beside the canvas. */
  versionsOpen: boolean;
  /** A step the version canvas should centre; `seq` lets the same step be asked for twice. */
  versionFocus: { nodeId: string; seq: number } | null;
  /** The step picked on the version canvas, whose settings the side panel shows read-only. */
  versionNodeId: string | null;
  setVersionView(view: VersionView | null): void;
  setVersionsOpen(open: boolean): void;
  focusVersionNode(nodeId: string): void;
  selectVersionNode(nodeId: string | null): void;
}

/** Nothing of the version history shown: how a journey opens and closes. */
export const NO_VERSION_VIEW = {
  versionView: null,
  versionsOpen: false,
  versionFocus: null,
  versionNodeId: null,
} as const;

export const createVersionViewSlice: StateCreator<AppState, [], [], VersionViewSlice> = (set, get) => ({
  ...NO_VERSION_VIEW,
  setVersionView(view) {
    set({ versionView: view, versionFocus: null, versionNodeId: null });
  },
  setVersionsOpen(open) {
    set({ versionsOpen: open });
  },
  focusVersionNode(nodeId) {
    set({ versionFocus: { nodeId, seq: (get().versionFocus?.seq ?? 0) + 1 } });
  },
  selectVersionNode(nodeId) {
    set({ versionNodeId: nodeId });
  },
});
