import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store/app-store';

/** "Preview as": the sample profile every preview renders with, default first. */
export function ProfileSwitcher() {
  const id = useId();
  const { profiles, status, chosen, setPreviewProfile } = useAppStore(
    useShallow((s) => ({
      profiles: s.profiles,
      status: s.profilesStatus,
      chosen: s.previewProfileId,
      setPreviewProfile: s.setPreviewProfile,
    })),
  );
  const fallback = profiles.find((p) => p.isDefault)?.id ?? profiles[0]?.id ?? '';
  return (
    <div className="inline-field">
      <label htmlFor={id}>Preview as</label>
      <select
        id={id}
        value={chosen ?? fallback}
        disabled={profiles.length === 0}
        onChange={(event) => setPreviewProfile(event.target.value)}
      >
        {profiles.length === 0 && <option value="">{status === 'error' ? 'Profiles not loaded' : 'Loading…'}</option>}
        {profiles.map((profile) => (
          <option key={profile.id} value={profile.id}>
            {profile.isDefault ? `${profile.name} (default)` : profile.name}
          </option>
        ))}
      </select>
    </div>
  );
}
