import { useState } from 'react';
import type { SampleProfile } from '../../../../shared/templates/index';
import { TextArea } from '../../editor/inspector/fields/TextArea';
import { TextField } from '../../editor/inspector/fields/TextField';
import { useAppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { checkProfileJson, profileJsonText } from './profile-json';

/** One profile's name and JSON data; mounted per profile so switching profiles starts a fresh draft. */
export function ProfileEditor({ profile, onDeleted }: { profile: SampleProfile; onDeleted(): void }) {
  const updateProfile = useAppStore((s) => s.updateProfile);
  const setDefaultProfile = useAppStore((s) => s.setDefaultProfile);
  const deleteProfile = useAppStore((s) => s.deleteProfile);
  const [name, setName] = useState(profile.name);
  const [text, setText] = useState(() => profileJsonText(profile.data));
  const [outcome, setOutcome] = useState<{ tone: 'error' | 'info'; message: string } | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [busy, setBusy] = useState(false);
  const checked = checkProfileJson(text);

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setOutcome(null);
    try {
      await action();
      setOutcome({ tone: 'info', message: done });
    } catch (failure) {
      setOutcome({ tone: 'error', message: messageOf(failure) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="profile-editor">
      <TextField
        label="Profile name"
        value={name}
        onChange={setName}
        error={name.trim() === '' ? 'A sample profile needs a name.' : undefined}
      />
      <TextArea
        label="Profile data (JSON)"
        rows={14}
        spellCheck={false}
        value={text}
        hint='An object with "customer", "order" and "event" objects, as the templates read them: {{ customer.first_name }}.'
        error={checked.ok ? undefined : checked.message}
        onChange={setText}
      />
      <div className="profile-actions">
        <button
          type="button"
          className="button primary small"
          disabled={busy || !checked.ok || name.trim() === ''}
          onClick={() =>
            checked.ok &&
            void run(() => updateProfile(profile.id, { name: name.trim(), data: checked.data }), 'Profile saved.')
          }
        >
          Save profile
        </button>
        <button
          type="button"
          className="button small"
          disabled={busy || profile.isDefault}
          onClick={() => void run(() => setDefaultProfile(profile.id), `“${profile.name}” is the default now.`)}
        >
          {profile.isDefault ? 'Default profile' : 'Make default'}
        </button>
        {confirmingDelete ? (
          <>
            <button
              type="button"
              className="button small danger"
              disabled={busy}
              onClick={() =>
                void (async () => {
                  setBusy(true);
                  try {
                    await deleteProfile(profile.id);
                    onDeleted();
                  } catch (failure) {
                    setOutcome({ tone: 'error', message: messageOf(failure) });
                    setBusy(false);
                  }
                })()
              }
            >
              Delete “{profile.name}”
            </button>
            <button type="button" className="button small" onClick={() => setConfirmingDelete(false)}>
              Keep it
            </button>
          </>
        ) : (
          <button
            type="button"
            className="button small danger"
            disabled={busy}
            onClick={() => setConfirmingDelete(true)}
          >
            Delete profile
          </button>
        )}
      </div>
      {outcome && (
        <p
          role={outcome.tone === 'error' ? 'alert' : 'status'}
          className={outcome.tone === 'error' ? 'field-error' : 'muted'}
        >
          {outcome.message}
        </p>
      )}
    </div>
  );
}
