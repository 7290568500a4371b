import type { Rect, Viewport } from '@xyflow/react';

/**
 * The lowest zoom Fit goes to. Above it step titles are readable and the cards keep their handles
 * (full detail starts at DETAIL_ZOOM); a journey too big for the pane at this zoom is shown from its
 * start and scrolled, rather than shrunk into blank boxes. Zooming out by hand still goes further.
 */
export const MIN_FIT_ZOOM = 0.5;
/** Fit never enlarges a small journey beyond its natural size. */
export const MAX_FIT_ZOOM = 1;
/** Room left around the journey, in screen pixels. */
export const FIT_PADDING = 40;

export interface PaneSize {
  width: number;
  height: number;
}

/**
 * The viewport that shows `bounds` (flow coordinates) in a pane of `pane` pixels: as large as fits,
 * between MIN_FIT_ZOOM and MAX_FIT_ZOOM. Along an axis where the journey fits it is centred; along
 * one where it does not, its start (top or left, where a journey begins) is shown.
 */
export function fittedViewport(bounds: Rect, pane: PaneSize): Viewport {
  const room = { width: Math.max(1, pane.width - 2 * FIT_PADDING), height: Math.max(1, pane.height - 2 * FIT_PADDING) };
  const natural = Math.min(room.width / Math.max(1, bounds.width), room.height / Math.max(1, bounds.height));
  const zoom = Math.min(MAX_FIT_ZOOM, Math.max(MIN_FIT_ZOOM, natural));
  const axis = (start: number, size: number, paneSize: number, roomSize: number) =>
    size * zoom <= roomSize ? (paneSize - size * zoom) / 2 - start * zoom : FIT_PADDING - start * zoom;
  return {
    x: axis(bounds.x, bounds.width, pane.width, room.width),
    y: axis(bounds.y, bounds.height, pane.height, room.height),
    zoom,
  };
}
