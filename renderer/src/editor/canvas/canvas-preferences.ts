import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface CanvasPreferences {
  snapToGrid: boolean;
  /** Shown or hidden by the user; null until they choose, when the canvas's size decides. */
  minimapOpen: boolean | null;
  toggleSnap(): void;
  setMinimapOpen(open: boolean): void;
}

/** How this person likes the canvas, kept on this machine rather than in any journey. */
export const useCanvasPreferences = create<CanvasPreferences>()(
  persist(
    (set, get) => ({
      snapToGrid: true,
      minimapOpen: null,
      toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
      setMinimapOpen: (open) => set({ minimapOpen: open }),
    }),
    { name: 'journey-studio.canvas-preferences' },
  ),
);
