import type { Clock, TimerDue, TimerHandle } from '../../../../../electron/services/ports/clock';
import { dueTime } from '../../../../../electron/services/ports/clock';

/** Where a fast clock starts and how much faster than the wall clock it runs. */
export interface ScaledTime {
  /** Wall-clock milliseconds at which this clock read `origin` too. */
  origin: number;
  /** Clock milliseconds per wall-clock millisecond. */
  speed: number;
}

/** Clock time for a wall-clock time: every process given the same ScaledTime agrees on it. */
export function scaledNow(time: ScaledTime, wall = Date.now()): number {
  return Math.floor(time.origin + (wall - time.origin) * time.speed);
}

/**
 * A wall clock that runs `speed` times faster from `origin`: minutes of journey time pass in
 * moments, yet time never stops, so a process killed and started again reads on where its
 * predecessor was (the crash tests run real processes on it).
 */
export function createScaledClock(time: ScaledTime): Clock {
  const pending = new Map<number, NodeJS.Timeout>();
  let nextId = 1;
  const now = () => scaledNow(time);

  function arm(id: number, at: number, fire: () => void): void {
    const wait = Math.min(Math.max(0, Math.ceil((at - now()) / time.speed)), 2 ** 31 - 1);
    const timeout = setTimeout(() => {
      if (now() < at) return arm(id, at, fire);
      pending.delete(id);
      fire();
    }, wait);
    timeout.unref();
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
