import { describe, expect, it } from 'vitest';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';

const START = Date.UTC(2026, 0, 1);

describe('the virtual clock', () => {
  it('stands still until advanced', () => {
    const clock = createVirtualClock(START);
    expect(clock.now()).toBe(START);
    expect(clock.advance(1500)).toBe(0);
    expect(clock.now()).toBe(START + 1500);
  });

  it('fires due timers in due order, each seeing its own due time, and leaves later ones pending', () => {
    const clock = createVirtualClock(START);
    const fired: string[] = [];
    clock.setTimer({ delay: 300 }, () => fired.push(`c@${clock.now() - START}`));
    clock.setTimer({ at: START + 100 }, () => fired.push(`a@${clock.now() - START}`));
    clock.setTimer({ delay: 200 }, () => fired.push(`b@${clock.now() - START}`));
    clock.setTimer({ delay: 5000 }, () => fired.push('late'));

    expect(clock.advance(1000)).toBe(3);
    expect(fired).toEqual(['a@100', 'b@200', 'c@300']);
    expect(clock.now()).toBe(START + 1000);
    expect(clock.pendingCount()).toBe(1);
    expect(clock.nextDue()).toBe(START + 5000);
  });

  it('fires timers due at the same time in the order they were set', () => {
    const clock = createVirtualClock(START);
    const fired: number[] = [];
    for (const n of [1, 2, 3]) clock.setTimer({ delay: 50 }, () => fired.push(n));
    clock.advance(50);
    expect(fired).toEqual([1, 2, 3]);
  });

  it('fires timers set by fired timers when they fall due within the same advance', () => {
    const clock = createVirtualClock(START);
    const fired: number[] = [];
    const tick = () => {
      fired.push(clock.now() - START);
      clock.setTimer({ delay: 100 }, tick);
    };
    clock.setTimer({ delay: 100 }, tick);
    clock.setTimer({ delay: 250 }, () => fired.push(-(clock.now() - START)));
    expect(clock.advance(450)).toBe(5);
    expect(fired).toEqual([100, 200, -250, 300, 400]);
    expect(clock.nextDue()).toBe(START + 500);
  });

  it('never fires a cleared timer, and clearing twice or after firing is harmless', () => {
    const clock = createVirtualClock(START);
    const fired: string[] = [];
    const kept = clock.setTimer({ delay: 10 }, () => fired.push('kept'));
    const cleared = clock.setTimer({ delay: 10 }, () => fired.push('cleared'));
    clock.setTimer({ delay: 5 }, () => clock.clearTimer(cleared));
    clock.advance(20);
    clock.clearTimer(cleared);
    clock.clearTimer(kept);
    expect(fired).toEqual(['kept']);
    expect(clock.pendingCount()).toBe(0);
  });

  it('fires a timer set in the past on the next advance, without moving time back', () => {
    const clock = createVirtualClock(START);
    let seen = 0;
    clock.setTimer({ at: START - 60_000 }, () => (seen = clock.now()));
    clock.advance(0);
    expect(seen).toBe(START);
  });

  it('refuses to move backwards', () => {
    const clock = createVirtualClock(START);
    expect(() => clock.advance(-1)).toThrow(/only moves forward/);
    clock.advanceTo(START - 10);
    expect(clock.now()).toBe(START);
  });
});
