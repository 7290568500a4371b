import { useEffect } from 'react';
import { useStore } from '@xyflow/react';

/** Below this zoom step text is unreadable; steps are drawn as coloured blocks with their title. */
export const DETAIL_ZOOM = 0.4;
/** Below this even titles are a few pixels high; steps are plain coloured blocks, as in the minimap. */
export const OVERVIEW_ZOOM = 0.15;

/**
 * Level of detail for the canvas: toggles one class on the canvas element when the zoom crosses
 * DETAIL_ZOOM. CSS then stops painting what cannot be read, which is most of the cost of panning a
 * large journey; no node re-renders, and nothing changes size, so edges stay where they are.
 */
export function ZoomDetail({ target }: { target: HTMLElement | null }) {
  const zoomedOut = useStore((state) => state.transform[2] < DETAIL_ZOOM);
  const overview = useStore((state) => state.transform[2] < OVERVIEW_ZOOM);
  useEffect(() => {
    target?.classList.toggle('zoomed-out', zoomedOut);
    target?.classList.toggle('zoomed-overview', overview);
  }, [target, zoomedOut, overview]);
  return null;
}
