import { useEffect } from 'react';
import { useClient } from '../../api/client-context';
import { mergeSparks, mergeStatistics, statisticsStore, useStatistics } from './statistics-store';

/** The overlay asks at most this often while it is shown (the engine may be running). */
export const STATISTICS_POLL_MS = 1000;
/** Charts change slowly (minute buckets); they are asked for less often. */
const CHARTS_EVERY = 5;

/**
 * While statistics are shown, asks for the version's figures once a second and lays them over the
 * previous ones (unchanged steps keep their objects, so their badges do not render again). Stops
 * as soon as they are hidden or the page is left; never two requests at once.
 */
export function useStatisticsPolling(journeyId: string): void {
  const client = useClient();
  const enabled = useStatistics((s) => s.enabled && s.journeyId === journeyId);
  const version = useStatistics((s) => s.version);

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let round = 0;
    const asked = version ?? undefined;
    async function poll() {
      try {
        const stats = await client.stats.journey({ journeyId, ...(asked ? { version: asked } : {}) });
        if (stopped) return;
        const { steps, ...loaded } = stats;
        const state = statisticsStore.getState();
        statisticsStore.setState({ loaded, steps: mergeStatistics(state.steps, steps), error: null });
        if (round % CHARTS_EVERY === 0) {
          const charts = await client.stats.charts({ journeyId, ...(asked ? { version: asked } : {}) });
          if (stopped) return;
          statisticsStore.setState({ charts, sparks: mergeSparks(statisticsStore.getState().sparks, charts) });
        }
      } catch (error) {
        if (!stopped) statisticsStore.setState({ error: (error as Error).message });
      }
      round += 1;
      if (!stopped) timer = setTimeout(() => void poll(), STATISTICS_POLL_MS);
    }
    void poll();
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [client, enabled, journeyId, version]);
}
