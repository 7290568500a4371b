import { useEffect, useState } from 'react';
import { sampleCustomer } from '../../../../shared/audience/sample-customer';
import { Dialog } from 'radix-ui';
import { useAppStore, useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { ProfileEditor } from './ProfileEditor';
import { DialogCloseFooter } from '../../ui/DialogCloseFooter';

/** Lists the workspace's sample profiles and edits one at a time. */
export function SampleProfilesDialog({ open, onOpenChange }: { open: boolean; onOpenChange(open: boolean): void }) {
  const profiles = useAppStore((s) => s.profiles);
  const createProfile = useAppStore((s) => s.createProfile);
  const store = useAppStoreApi();
  const loadFields = useAppStore((s) => s.loadFields);
  const previewProfileId = useAppStore((s) => s.previewProfileId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selected =
    profiles.find((p) => p.id === selectedId) ?? profiles.find((p) => p.id === previewProfileId) ?? profiles[0];

  // A new profile starts with every defined customer field, so templates using them preview filled in.
  useEffect(() => {
    if (open) void loadFields();
  }, [open, loadFields]);

  async function create() {
    setError(null);
    try {
      const taken = new Set(profiles.map((p) => p.name));
      let n = profiles.length + 1;
      while (taken.has(`Profile ${n}`)) n += 1;
      if (store.getState().fieldsStatus !== 'ready') await loadFields();
      const data = { customer: sampleCustomer(store.getState().fields), order: {}, event: {} };
      const profile = await createProfile(`Profile ${n}`, data);
      setSelectedId(profile.id);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog wide" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Sample profiles</Dialog.Title>
          <div className="profiles-layout">
            <div className="profile-list">
              <ul aria-label="Sample profiles">
                {profiles.map((profile) => (
                  <li key={profile.id}>
                    <button
                      type="button"
                      className="profile-item"
                      aria-current={profile.id === selected?.id ? 'true' : undefined}
                      onClick={() => setSelectedId(profile.id)}
                    >
                      {profile.name}
                      {profile.isDefault && <span className="badge">Default</span>}
                    </button>
                  </li>
                ))}
              </ul>
              <button type="button" className="button small" onClick={() => void create()}>
                + New profile
              </button>
              {error && (
                <p role="alert" className="field-error">
                  {error}
                </p>
              )}
            </div>
            {selected ? (
              <ProfileEditor key={selected.id} profile={selected} onDeleted={() => setSelectedId(null)} />
            ) : (
              <p className="placeholder">No sample profiles yet.</p>
            )}
          </div>
          <DialogCloseFooter />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
