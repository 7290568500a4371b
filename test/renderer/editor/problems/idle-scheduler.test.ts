import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleScheduler } from '../../../../renderer/src/editor/problems/idle-scheduler';

describe('the idle scheduler', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, a quiet interval after the last of a burst of requests', () => {
    let runs = 0;
    const scheduler = createIdleScheduler(() => runs++, { delayMs: 150, maxWaitMs: 1000 });
    scheduler.schedule();
    vi.advanceTimersByTime(100);
    scheduler.schedule();
    vi.advanceTimersByTime(100);
    scheduler.schedule();
    expect(runs).toBe(0);
    vi.advanceTimersByTime(149);
    expect(runs).toBe(0);
    vi.advanceTimersByTime(1);
    expect(runs).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(1);
  });

  it('does not let a steady stream of requests hold the work back past the ceiling', () => {
    let runs = 0;
    const scheduler = createIdleScheduler(() => runs++, { delayMs: 150, maxWaitMs: 500 });
    // A keystroke every 100 ms for two seconds.
    for (let elapsed = 0; elapsed < 2000; elapsed += 100) {
      scheduler.schedule();
      vi.advanceTimersByTime(100);
    }
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBeLessThanOrEqual(4);
  });

  it('waits for idle time after the quiet interval, and can be flushed or cancelled', () => {
    let runs = 0;
    const idle: (() => void)[] = [];
    const scheduler = createIdleScheduler(() => runs++, {
      delayMs: 150,
      maxWaitMs: 1000,
      whenIdle: (run) => {
        idle.push(run);
        return () => {
          if (idle.includes(run)) idle.splice(idle.indexOf(run), 1);
        };
      },
    });
    scheduler.schedule();
    vi.advanceTimersByTime(150);
    expect(runs).toBe(0);
    expect(idle).toHaveLength(1);
    idle[0]!();
    expect(runs).toBe(1);

    scheduler.schedule();
    scheduler.flush();
    expect(runs).toBe(2);
    scheduler.flush();
    expect(runs).toBe(2);

    scheduler.schedule();
    vi.advanceTimersByTime(150);
    scheduler.cancel();
    expect(idle).toHaveLength(0);
    vi.advanceTimersByTime(1000);
    expect(runs).toBe(2);
  });
});
