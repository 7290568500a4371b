import { describe, expect, it } from 'vitest';
import { startCore } from '../../../../electron/services/app-services';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir('journey-studio-core-');

describe('the core lifecycle', () => {
  it('tells time by the clock it was given', async () => {
    const clock = createVirtualClock(Date.UTC(2026, 4, 1, 9));
    const core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test', clock });
    try {
      expect(core.context.now().toISOString()).toBe('2026-05-01T09:00:00.000Z');
      clock.advance(60_000);
      const saved = await core.dispatcher.dispatch('lists', 'create', { name: 'VIP' });
      expect(saved).toMatchObject({ ok: true, value: { createdAt: '2026-05-01T09:01:00.000Z' } });
    } finally {
      await core.stop();
    }
  });

  it('runs background work on its timers and stops it before the database closes', async () => {
    const clock = createVirtualClock();
    const core = startCore({ dataDir: tempDir(), host: 'browser', appVersion: 'test', clock });
    const ticks: number[] = [];
    let listsAtStop: number | null = null;
    await core.background.add({
      name: 'ticker',
      start: () => {
        let timer = clock.setTimer({ delay: 1000 }, function tick() {
          ticks.push(core.context.store.lists.list().length);
          timer = clock.setTimer({ delay: 1000 }, tick);
        });
        return () => {
          clock.clearTimer(timer);
          // Stopping work may still use the database: it closes after.
          listsAtStop = core.context.store.lists.list().length;
        };
      },
    });
    clock.advance(2500);
    expect(ticks).toEqual([0, 0]);

    await core.stop();
    expect(listsAtStop).toBe(0);
    expect(clock.pendingCount()).toBe(0);
    expect(() => core.context.store.lists.list()).toThrow();
    await expect(core.background.add({ name: 'late', start: () => () => {} })).rejects.toThrow(/has stopped/);
    await core.stop();
  });
});
