import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { MIN_PROBLEMS_HEIGHT } from './panel-height';

const KEY_STEP = 24;

interface PanelResizerProps {
  height: number;
  max: number;
  /** A new height from a drag or a key; the caller clamps and keeps it. */
  onResize(height: number): void;
}

/**
 * The top edge of the problems panel: dragging it up makes the list taller and the canvas shorter.
 * A separator with a value, so it is also resized from the keyboard (arrows, Home, End).
 */
export function PanelResizer({ height, max, onResize }: PanelResizerProps) {
  const drag = useRef<{ startY: number; startHeight: number } | null>(null);

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: height };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start) onResize(start.startHeight + start.startY - event.clientY);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next =
      event.key === 'ArrowUp'
        ? height + KEY_STEP
        : event.key === 'ArrowDown'
          ? height - KEY_STEP
          : event.key === 'Home'
            ? MIN_PROBLEMS_HEIGHT
            : event.key === 'End'
              ? max
              : null;
    if (next === null) return;
    event.preventDefault();
    onResize(next);
  };

  return (
    <div
      role="separator"
      aria-orientation="horizontal"
      aria-label="Resize the problems panel"
      aria-valuemin={MIN_PROBLEMS_HEIGHT}
      aria-valuemax={max}
      aria-valuenow={height}
      tabIndex={0}
      className="journey-problems-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onKeyDown={onKeyDown}
    />
  );
}
