/** When a timer fires: at an epoch time in milliseconds, or after a delay from now. */
export type TimerDue = { at: number } | { delay: number };

/** Opaque: only the clock that made it can clear it. */
export interface TimerHandle {
  readonly id: number;
}

/**
 * Time as the core sees it. Everything that waits (journey waits, retries, clean-ups) asks this
 * port rather than Date and setTimeout, so tests can replace it with a virtual clock and move
 * time forward on purpose.
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  setTimer(due: TimerDue, fire: () => void): TimerHandle;
  /** Clearing a timer that has fired or was cleared already does nothing. */
  clearTimer(handle: TimerHandle): void;
}

export function dueTime(clock: Pick<Clock, 'now'>, due: TimerDue): number {
  return 'at' in due ? due.at : clock.now() + Math.max(0, due.delay);
}
