import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { AudienceEstimateSchema } from '../../../shared/contract/index';
import type { Filter } from '../../../shared/model/index';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';

export type AudienceEstimate = z.infer<typeof AudienceEstimateSchema>;
export type EstimateRequest = { filter: Filter } | { listId: string } | { all: true };

export type EstimateState =
  | { state: 'idle' }
  | { state: 'loading'; previous: AudienceEstimate | null }
  | { state: 'ready'; estimate: AudienceEstimate }
  | { state: 'error'; message: string };

/** Long enough that typing a value does not ask for a count per keystroke. */
export const ESTIMATE_DEBOUNCE_MS = 400;

/**
 * A live count for an audience, asked again (debounced) whenever the request changes. The request
 * is compared by its JSON so a re-render with an equal filter does not ask again.
 */
export function useAudienceEstimate(request: EstimateRequest | null): EstimateState {
  const client = useClient();
  const key = request === null ? null : JSON.stringify(request);
  // The answer remembers which request it is for; a newer request shows "loading" over the last count.
  const [answer, setAnswer] = useState<{ key: string; estimate: AudienceEstimate | null; error: string | null } | null>(
    null,
  );
  useEffect(() => {
    if (key === null) return;
    let current = true;
    const timer = setTimeout(() => {
      client.audience.estimate(JSON.parse(key) as EstimateRequest).then(
        (estimate) => current && setAnswer({ key, estimate, error: null }),
        (error: unknown) => current && setAnswer({ key, estimate: null, error: messageOf(error) }),
      );
    }, ESTIMATE_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [client, key]);
  if (key === null) return { state: 'idle' };
  if (answer === null || answer.key !== key) return { state: 'loading', previous: answer?.estimate ?? null };
  if (answer.estimate) return { state: 'ready', estimate: answer.estimate };
  return { state: 'error', message: answer.error ?? 'Unknown error' };
}
