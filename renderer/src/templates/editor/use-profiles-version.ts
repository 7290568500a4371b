import { useEffect } from 'react';
import { useAppStore } from '../../store/app-store';

/**
 * Loads the sample profiles once and returns a key that changes whenever one of them does, so
 * previews re-render after a profile's data is edited even though its id stays the same.
 */
export function useProfilesVersion(): string {
  const loadProfiles = useAppStore((s) => s.loadProfiles);
  const status = useAppStore((s) => s.profilesStatus);
  const version = useAppStore((s) =>
    s.profiles.map((p) => `${p.id}@${p.updatedAt}${p.isDefault ? '*' : ''}`).join(','),
  );
  useEffect(() => {
    if (status === 'idle') void loadProfiles();
  }, [status, loadProfiles]);
  return version;
}
