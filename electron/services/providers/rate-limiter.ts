import type { Clock } from '../ports/clock';

export interface RateLimiter {
  /** Resolves when one more call may go out; calls queue in order. */
  take(): Promise<void>;
  /** Drops the queue's timer; pending takes resolve at once. */
  close(): void;
}

/**
 * At most `perSecond` calls in any second, spaced evenly, on the given clock: a large journey is
 * paced to the provider's limit instead of being refused by it.
 */
export function createRateLimiter(perSecond: number, clock: Clock): RateLimiter {
  if (!(perSecond > 0)) throw new Error(`A rate limit must be above 0 per second (got ${perSecond})`);
  const spacing = 1000 / perSecond;
  let nextFree = 0;
  const waiting = new Set<{ release: () => void; timer: ReturnType<Clock['setTimer']> }>();
  return {
    take() {
      const now = clock.now();
      const at = Math.max(now, nextFree);
      nextFree = at + spacing;
      if (at <= now) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const entry = {
          release: resolve,
          timer: clock.setTimer({ at }, () => {
            waiting.delete(entry);
            resolve();
          }),
        };
        waiting.add(entry);
      });
    },
    close() {
      for (const entry of waiting) {
        clock.clearTimer(entry.timer);
        entry.release();
      }
      waiting.clear();
    },
  };
}
