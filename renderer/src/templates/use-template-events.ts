import { useEffect } from 'react';
import { useClient } from '../api/client-context';
import { useAppStore } from '../store/app-store';

/** Another window, tab or the canvas changed templates or sample profiles: refresh what is listed. */
export function useTemplateEvents(): void {
  const client = useClient();
  const loadTemplates = useAppStore((s) => s.loadTemplates);
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  useEffect(() => client.on('templateChanged', () => void loadTemplates()), [client, loadTemplates]);
  useEffect(() => client.on('profilesChanged', () => void loadProfiles()), [client, loadProfiles]);
}
