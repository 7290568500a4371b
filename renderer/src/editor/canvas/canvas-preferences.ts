import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface CanvasPreferences {
  snapToGrid: boolean;
  toggleSnap(): void;
}

/** How this person likes the canvas, kept on this machine rather than in any journey. */
export const useCanvasPreferences = create<CanvasPreferences>()(
  persist(
    (set, get) => ({
      snapToGrid: true,
      toggleSnap: () => set({ snapToGrid: !get().snapToGrid }),
    }),
    { name: 'journey-studio.canvas-preferences' },
  ),
);
