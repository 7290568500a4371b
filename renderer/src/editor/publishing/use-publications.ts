import { useCallback, useEffect, useState } from 'react';
import type { Publication } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { onPublicationsChanged } from './publication-signal';

/** How often the state on the backends is read again while the journey is on screen. */
export const PUBLICATIONS_POLL_MS = 5_000;

interface Loaded {
  journeyId: string;
  publications: Publication[] | null;
  error: string | null;
}

/**
 * Where the journey is published, with the state on each backend, kept in sync by polling while
 * the page is visible (a hidden tab asks nothing, and asks at once when it shows again).
 */
export function usePublications(journeyId: string) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let stopped = false;
    const read = async () => {
      try {
        const publications = await client.publisher.publications({ journeyId });
        if (!stopped) setLoaded({ journeyId, publications, error: null });
      } catch (failure) {
        if (!stopped)
          setLoaded((last) => ({ journeyId, publications: last?.publications ?? null, error: messageOf(failure) }));
      }
    };
    const schedule = () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      if (stopped || document.visibilityState !== 'visible') return;
      // The next read is planned once this one has answered, so a slow backend never stacks reads.
      timer = setTimeout(() => void read().finally(schedule), PUBLICATIONS_POLL_MS);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'visible') void read().finally(schedule);
      else schedule();
    };
    void read().finally(schedule);
    document.addEventListener('visibilitychange', onVisibility);
    const unsubscribe = onPublicationsChanged((changed) => {
      if (changed === journeyId) void read();
    });
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
      unsubscribe();
    };
  }, [client, journeyId]);

  /** A backend's fresh answer (after Start or Stop) replaces what was shown for it. */
  const replace = useCallback(
    (publication: Publication) =>
      setLoaded((last) => ({
        journeyId,
        error: null,
        publications: last?.publications?.map((each) =>
          each.backendId === publication.backendId ? publication : each,
        ) ?? [publication],
      })),
    [journeyId],
  );

  const current = loaded?.journeyId === journeyId ? loaded : null;
  return { publications: current?.publications ?? null, error: current?.error ?? null, replace };
}
