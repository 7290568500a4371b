import { useEffect, useState } from 'react';
import type { JourneyFigures } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';

const REFRESH_MS = 5000;

/** In flight, entered and converted per journey, asked for again every few seconds while shown. */
export function useJourneyFigures(): ReadonlyMap<string, JourneyFigures> {
  const client = useClient();
  const [figures, setFigures] = useState<ReadonlyMap<string, JourneyFigures>>(new Map());
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    async function load() {
      try {
        const rows = await client.stats.dashboard();
        if (!stopped) setFigures(new Map(rows.map((row) => [row.journeyId, row])));
      } catch {
        // The figures are extra: a failed refresh keeps the last ones and tries again.
      }
      if (!stopped) timer = setTimeout(() => void load(), REFRESH_MS);
    }
    void load();
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
    };
  }, [client]);
  return figures;
}
