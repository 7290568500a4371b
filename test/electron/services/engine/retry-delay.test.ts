import { describe, expect, it } from 'vitest';
import { RETRY_BACKOFF_MS, retryDelayMs, sendKey } from '../../../../electron/services/engine/executors/message';

describe('retry backoff', () => {
  const keys = Array.from({ length: 200 }, (_, run) => sendKey(run + 1, 'msg', 0));

  it('doubles per attempt, within half and one and a half times the nominal wait', () => {
    for (const key of keys)
      for (const attempt of [1, 2, 3]) {
        const nominal = RETRY_BACKOFF_MS * 2 ** (attempt - 1);
        const delay = retryDelayMs(key, attempt);
        expect(delay).toBeGreaterThanOrEqual(nominal / 2);
        expect(delay).toBeLessThan(nominal * 1.5);
      }
  });

  it('spreads messages refused together over the window, and keeps one send’s schedule on replay', () => {
    const firstWaits = keys.map((key) => retryDelayMs(key, 1));
    expect(new Set(firstWaits).size).toBeGreaterThan(190);
    // Spread over the window: each fifth of [30 s, 90 s) gets some of the 200 sends.
    const fifths = new Set(
      firstWaits.map((wait) => Math.floor((wait - RETRY_BACKOFF_MS / 2) / (RETRY_BACKOFF_MS / 5))),
    );
    expect([...fifths].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(keys.map((key) => retryDelayMs(key, 1))).toEqual(firstWaits);
  });
});
