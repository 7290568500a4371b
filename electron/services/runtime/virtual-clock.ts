import { dueTime, type Clock, type TimerDue, type TimerHandle } from '../ports/clock';

interface PendingTimer {
  id: number;
  at: number;
  fire: () => void;
}

/** A clock that only moves when told to: tests step through waits without sleeping. */
export interface VirtualClock extends Clock {
  /**
   * Moves time forward by `ms`, firing every timer that falls due on the way in due order (ties in
   * the order they were set), each with now() at its due time; timers set by a fired timer fire
   * too when they fall due before the end. Returns how many fired.
   */
  advance(ms: number): number;
  /** Moves to an absolute time (never backwards), as advance does. */
  advanceTo(at: number): number;
  /** Timers not yet fired or cleared. */
  pendingCount(): number;
  /** The due time of the next timer, or null when none is set. */
  nextDue(): number | null;
}

export function createVirtualClock(start = Date.UTC(2026, 0, 1)): VirtualClock {
  let current = start;
  let nextId = 1;
  const timers: PendingTimer[] = [];

  const now = () => current;
  const earliest = (): PendingTimer | undefined =>
    timers.reduce<PendingTimer | undefined>(
      (best, timer) => (!best || timer.at < best.at || (timer.at === best.at && timer.id < best.id) ? timer : best),
      undefined,
    );

  function advanceTo(target: number): number {
    if (!Number.isFinite(target)) throw new RangeError(`Cannot move a virtual clock to ${target}.`);
    let fired = 0;
    for (let timer = earliest(); timer && timer.at <= target; timer = earliest()) {
      timers.splice(timers.indexOf(timer), 1);
      current = Math.max(current, timer.at);
      fired += 1;
      timer.fire();
    }
    current = Math.max(current, target);
    return fired;
  }

  return {
    now,
    setTimer(due: TimerDue, fire: () => void): TimerHandle {
      const id = nextId++;
      // A time in the past fires on the next advance, never before the current time.
      timers.push({ id, at: Math.max(current, dueTime({ now }, due)), fire });
      return { id };
    },
    clearTimer(handle: TimerHandle): void {
      const index = timers.findIndex((timer) => timer.id === handle.id);
      if (index >= 0) timers.splice(index, 1);
    },
    advance: (ms) => {
      if (!(ms >= 0)) throw new RangeError(`A virtual clock only moves forward; got ${ms} ms.`);
      return advanceTo(current + ms);
    },
    advanceTo,
    pendingCount: () => timers.length,
    nextDue: () => earliest()?.at ?? null,
  };
}
