import { useEffect, useState } from 'react';
import type { PublishedJourney } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';

/**
 * The journeys published to this server through its journey API, by id: asked for on mount and
 * again whenever a journey changes (a publish through the API creates or changes one).
 */
export function usePublishedJourneys(): ReadonlyMap<string, PublishedJourney> {
  const client = useClient();
  const [published, setPublished] = useState<ReadonlyMap<string, PublishedJourney>>(new Map());
  useEffect(() => {
    let stopped = false;
    async function load() {
      try {
        const rows = await client.publishedJourneys.list();
        if (!stopped) setPublished(new Map(rows.map((row) => [row.journeyId, row])));
      } catch {
        // A label only: a failed read keeps the last one until the next change.
      }
    }
    void load();
    const unsubscribe = client.on('journeyChanged', () => void load());
    return () => {
      stopped = true;
      unsubscribe();
    };
  }, [client]);
  return published;
}
