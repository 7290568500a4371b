import { dueTime, type Clock, type TimerDue, type TimerHandle } from '../ports/clock';

/** setTimeout cannot wait longer than this (about 24.8 days); longer waits are re-armed. */
export const MAX_TIMEOUT_MS = 2 ** 31 - 1;

export interface RealClockOptions {
  /**
   * Unref'd timers do not keep the process alive: a host that is shutting down is not held open
   * by a wait that is days away. On by default.
   */
  unref?: boolean;
}

/** The wall clock: Date.now and setTimeout. */
export function createRealClock(options: RealClockOptions = {}): Clock {
  const unref = options.unref ?? true;
  const pending = new Map<number, NodeJS.Timeout>();
  let nextId = 1;

  const now = () => Date.now();

  function arm(id: number, at: number, fire: () => void): void {
    const wait = Math.min(Math.max(0, at - now()), MAX_TIMEOUT_MS);
    const timeout = setTimeout(() => {
      if (now() < at) return arm(id, at, fire);
      pending.delete(id);
      fire();
    }, wait);
    if (unref) timeout.unref();
    pending.set(id, timeout);
  }

  return {
    now,
    setTimer(due: TimerDue, fire: () => void): TimerHandle {
      const id = nextId++;
      arm(id, dueTime({ now }, due), fire);
      return { id };
    },
    clearTimer(handle: TimerHandle): void {
      clearTimeout(pending.get(handle.id));
      pending.delete(handle.id);
    },
  };
}
