/**
 * Undo/redo over immutable snapshots. Documents share structure between versions, so keeping a
 * snapshot per step costs only what changed. A gesture (a drag, typing in one field) is begun once,
 * updated many times, and recorded as a single step when it ends.
 */
export interface History<T> {
  past: T[];
  future: T[];
  /** The state before the gesture under way, if any. */
  gestureBase: T | null;
}

export const HISTORY_LIMIT = 200;

export function emptyHistory<T>(): History<T> {
  return { past: [], future: [], gestureBase: null };
}

/** A finished edit from `before`: one undo step. */
export function record<T>(history: History<T>, before: T): History<T> {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1) : history.past.slice();
  past.push(before);
  return { past, future: [], gestureBase: null };
}

export function beginGesture<T>(history: History<T>, current: T): History<T> {
  return history.gestureBase === null ? { ...history, gestureBase: current } : history;
}

/** Ends a gesture; records a step only if the state actually changed during it. */
export function endGesture<T>(history: History<T>, current: T): History<T> {
  const base = history.gestureBase;
  if (base === null) return history;
  if (base === current) return { ...history, gestureBase: null };
  return record(history, base);
}

export function undo<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const settled = endGesture(history, current);
  const previous = settled.past[settled.past.length - 1];
  if (previous === undefined) return null;
  return {
    history: { past: settled.past.slice(0, -1), future: [current, ...settled.future], gestureBase: null },
    state: previous,
  };
}

export function redo<T>(history: History<T>, current: T): { history: History<T>; state: T } | null {
  const next = history.future[0];
  if (next === undefined) return null;
  return {
    history: { past: [...history.past, current], future: history.future.slice(1), gestureBase: null },
    state: next,
  };
}
