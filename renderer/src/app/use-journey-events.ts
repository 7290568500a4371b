import { useEffect } from 'react';
import { useClient } from '../api/client-context';
import { useAppStore } from '../store/app-store';

/** Another window or tab changed a journey: refresh the list so every view agrees. */
export function useJourneyEvents(): void {
  const client = useClient();
  const loadJourneys = useAppStore((s) => s.loadJourneys);
  useEffect(() => client.on('journeyChanged', () => void loadJourneys()), [client, loadJourneys]);
}
