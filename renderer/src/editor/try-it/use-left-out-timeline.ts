import { useEffect, useState } from 'react';
import type { SimulatedContact, SimulationResult } from '../../../../shared/contract/index';
import { useClient } from '../../api/client-context';
import { messageOf } from '../../store/message-of';
import { fillTimeline, tryItStore } from './try-it-store';

export type TimelineFetch = { state: 'none' } | { state: 'loading' } | { state: 'failed'; message: string };

/**
 * A large run sends back only its first profiles' timelines. Picking another runs the same input
 * again for that profile's timeline alone: the simulation is deterministic, so it is the one the
 * first run had.
 */
export function useLeftOutTimeline(result: SimulationResult, contact: SimulatedContact | undefined): TimelineFetch {
  const client = useClient();
  const [failure, setFailure] = useState<{ customerId: string; message: string } | null>(null);
  const customerId = contact?.timelineLeftOut ? contact.customerId : null;
  useEffect(() => {
    const runInput = tryItStore.getState().runInput;
    if (customerId === null || runInput === null) return;
    let current = true;
    client.simulation
      .run({ ...runInput, timelinesFor: 0, timelineOf: [customerId] })
      .then((again) => {
        const found = again.contacts.find((candidate) => candidate.customerId === customerId);
        if (found === undefined || found.timelineLeftOut)
          throw new Error(`running it again gave no timeline of ${customerId}.`);
        if (current) fillTimeline(result, found);
      })
      .catch((error: unknown) => {
        if (current) setFailure({ customerId, message: messageOf(error) });
      });
    return () => {
      current = false;
    };
  }, [client, result, customerId]);
  if (customerId === null) return { state: 'none' };
  if (failure?.customerId === customerId) return { state: 'failed', message: failure.message };
  return { state: 'loading' };
}
