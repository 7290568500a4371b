import { describe, expect, it, vi } from 'vitest';
import { createRealClock, MAX_TIMEOUT_MS } from '../../../../electron/services/runtime/real-clock';

describe('the real clock', () => {
  it('tells the wall-clock time', () => {
    const before = Date.now();
    const now = createRealClock().now();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('fires timers in due order, at or after their due time', async () => {
    const clock = createRealClock({ unref: false });
    const start = clock.now();
    const fired: { name: string; late: number }[] = [];
    const done = new Promise<void>((resolve) => {
      clock.setTimer({ at: start + 30 }, () => {
        fired.push({ name: 'second', late: clock.now() - (start + 30) });
        resolve();
      });
      clock.setTimer({ delay: 5 }, () => fired.push({ name: 'first', late: clock.now() - (start + 5) }));
    });
    await done;
    expect(fired.map((f) => f.name)).toEqual(['first', 'second']);
    for (const { late } of fired) expect(late).toBeGreaterThanOrEqual(0);
  });

  it('never fires a cleared timer', async () => {
    const clock = createRealClock({ unref: false });
    const fired: string[] = [];
    const cleared = clock.setTimer({ delay: 1 }, () => fired.push('cleared'));
    clock.clearTimer(cleared);
    // The later timer is the signal: once it has fired, the earlier one would have too.
    await new Promise<void>((resolve) => clock.setTimer({ delay: 20 }, resolve));
    expect(fired).toEqual([]);
  });
});

describe('the real clock over waits longer than setTimeout can hold', () => {
  it('re-arms a 30-day wait instead of firing it early', () => {
    vi.useFakeTimers({ now: Date.UTC(2026, 0, 1) });
    try {
      const clock = createRealClock();
      const DAY = 86_400_000;
      let firedAt: number | null = null;
      clock.setTimer({ delay: 30 * DAY }, () => (firedAt = clock.now()));
      expect(30 * DAY).toBeGreaterThan(MAX_TIMEOUT_MS);
      vi.advanceTimersByTime(29 * DAY);
      expect(firedAt).toBeNull();
      vi.advanceTimersByTime(DAY);
      expect(firedAt).toBe(Date.UTC(2026, 0, 31));
    } finally {
      vi.useRealTimers();
    }
  });
});
