import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { isBackendKeySecret, type SecretInfoView } from '../../../shared/contract/index';
import { secretReference } from '../../../shared/secrets/secret-references';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { formatEdited } from '../ui/format-time';
import { hasErrors, secretFormErrors, secretFormFailure, type SecretFormErrors } from './secret-form';

/** What stands for a stored value: the value itself never comes back from the services. */
const MASK = '••••';

/**
 * Settings → Secrets: webhook credentials and other values journeys refer to as
 * `{{ secrets.NAME }}`. Values go in and are never shown again: each row offers Replace and Delete.
 */
export function SecretsSection() {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const [secrets, setSecrets] = useState<SecretInfoView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      client.secrets.list().then(
        (list) => {
          setSecrets(list);
          setError(null);
        },
        (failure: unknown) => setError(messageOf(failure)),
      ),
    [client],
  );

  useEffect(() => {
    void reload();
    return client.on('secretsChanged', () => void reload());
  }, [client, reload]);

  async function remove(name: string) {
    await client.secrets.delete({ name });
    notify('info', `Deleted the secret “${name}”.`);
    await reload();
  }

  return (
    <section className="settings-section" aria-labelledby="settings-secrets" id="secrets">
      <h2 id="settings-secrets">Secrets</h2>
      <p className="muted">
        Tokens and passwords for webhooks, stored encrypted on this machine. A webhook step uses one as{' '}
        <code>{secretReference('NAME')}</code> in its URL, headers or body; the value is filled in only when the call is
        made, and is never shown again.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {secrets === null ? (
        <p className="muted">Loading…</p>
      ) : secrets.length === 0 ? (
        <p className="muted">No secrets yet.</p>
      ) : (
        <table className="secrets-table" aria-label="Secrets">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th scope="col">Last set</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {secrets.map((secret) => (
              <tr key={secret.name} data-secret={secret.name}>
                <td>
                  <code>{secret.name}</code>
                </td>
                <td aria-label={`Value of ${secret.name}, hidden`}>{MASK}</td>
                <td>{formatEdited(secret.updatedAt)}</td>
                <td>
                  {secret.managed ? (
                    <span className="muted">Set under {isBackendKeySecret(secret.name) ? 'Backends' : 'Channels'}</span>
                  ) : replacing === secret.name ? (
                    <SecretForm
                      fixedName={secret.name}
                      onDone={(saved) => {
                        setReplacing(null);
                        if (saved) notify('info', `Replaced the value of “${secret.name}”.`);
                        void reload();
                      }}
                    />
                  ) : (
                    <div className="settings-actions">
                      <button type="button" className="button small" onClick={() => setReplacing(secret.name)}>
                        Replace
                      </button>
                      <button type="button" className="button small" onClick={() => setDeleting(secret.name)}>
                        Delete
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SecretForm
        fixedName={null}
        onDone={(saved, name) => {
          if (saved) notify('info', `Stored the secret “${name}”. Use it as ${secretReference(name)}.`);
          void reload();
        }}
      />
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete the secret “${deleting ?? ''}”?`}
        description="Journeys that use it no longer validate, and their webhook calls fail until it is added again."
        confirmLabel="Delete"
        onOpenChange={(open) => !open && setDeleting(null)}
        onConfirm={() => remove(deleting!)}
      />
    </section>
  );
}

/** Add (a new name and its value) or Replace (the value of `fixedName`). */
function SecretForm({ fixedName, onDone }: { fixedName: string | null; onDone(saved: boolean, name: string): void }) {
  const client = useClient();
  const [name, setName] = useState('');
  const [value, setValue] = useState('');
  const [errors, setErrors] = useState<SecretFormErrors>({});
  const [busy, setBusy] = useState(false);
  const adding = fixedName === null;
  const idPrefix = adding ? 'secret-new' : `secret-${fixedName}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = secretFormErrors(fixedName === null ? name.trim() : null, value);
    setErrors(found);
    if (hasErrors(found)) return;
    const secretName = fixedName ?? name.trim();
    setBusy(true);
    try {
      await client.secrets.set({ name: secretName, value });
      setName('');
      setValue('');
      onDone(true, secretName);
    } catch (failure) {
      setErrors(secretFormFailure(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="secret-form"
      onSubmit={submit}
      noValidate
      aria-label={adding ? 'Add a secret' : `Replace ${fixedName}`}
    >
      {adding && (
        <label className="field">
          <span className="field-label">Name</span>
          <input
            value={name}
            maxLength={100}
            placeholder="crm_token"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={errors.name ? `${idPrefix}-name-error` : undefined}
          />
          {errors.name && (
            <span id={`${idPrefix}-name-error`} role="alert" className="field-error">
              {errors.name}
            </span>
          )}
        </label>
      )}
      <label className="field">
        <span className="field-label">{adding ? 'Value' : 'New value'}</span>
        <input
          type="password"
          value={value}
          autoComplete="new-password"
          spellCheck={false}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={errors.value ? true : undefined}
          aria-describedby={errors.value ? `${idPrefix}-value-error` : undefined}
        />
        {errors.value && (
          <span id={`${idPrefix}-value-error`} role="alert" className="field-error">
            {errors.value}
          </span>
        )}
      </label>
      <button type="submit" className="button" disabled={busy}>
        {adding ? 'Add secret' : 'Save'}
      </button>
      {!adding && (
        <button type="button" className="button" onClick={() => onDone(false, fixedName)}>
          Cancel
        </button>
      )}
      {errors.form && (
        <p role="alert" className="field-error">
          {errors.form}
        </p>
      )}
    </form>
  );
}
