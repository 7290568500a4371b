import { useCallback, useEffect, useId, useState } from 'react';
import { ApiError, type BackendCheck, type BackendView } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ConnectionAnswer } from './ConnectionAnswer';
import {
  backendFormErrors,
  backendInput,
  backendValues,
  NO_BACKEND_ERRORS,
  type BackendField,
  type BackendFormErrors,
  type BackendFormValues,
} from './backend-form';

/**
 * Settings → Backends: the Journey Studio servers journeys are published to ("Publish to…" in
 * the editor). Each is a name, a base URL, a client API key (kept in the secret store, shown by
 * its last four characters), TLS verification and a timeout, with Test connection.
 */
export function BackendsSection() {
  const client = useClient();
  const [views, setViews] = useState<BackendView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A new card's key: a saved new backend becomes a card of its own and the form starts afresh.
  const [fresh, setFresh] = useState(0);

  const reload = useCallback(
    () => client.backends.list().then(setViews, (failure: unknown) => setError(messageOf(failure))),
    [client],
  );
  useEffect(() => void reload(), [reload]);

  return (
    <section className="settings-section" aria-labelledby="settings-backends" id="backends">
      <h2 id="settings-backends">Backends</h2>
      <p>
        Journey Studio servers (<code>journey-studio serve</code>) that run journeys published to them with{' '}
        <strong>Publish to…</strong> in the editor. Make a key for this app on the server with{' '}
        <code>journey-studio api-key create &lt;name&gt;</code>; it is kept encrypted and shown only by its last four
        characters.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      {views === null && error === null && <p className="muted">Loading…</p>}
      {views?.map((view) => (
        <BackendCard key={view.id} view={view} onChanged={() => void reload()} />
      ))}
      <BackendCard
        key={`new-${fresh}`}
        view={null}
        onChanged={() => {
          setFresh((count) => count + 1);
          void reload();
        }}
      />
    </section>
  );
}

function BackendCard({ view, onChanged }: { view: BackendView | null; onChanged: () => void }) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const [values, setValues] = useState<BackendFormValues>(() => backendValues(view));
  const [replacingKey, setReplacingKey] = useState(view?.keyHint == null);
  const [errors, setErrors] = useState<BackendFormErrors>(NO_BACKEND_ERRORS);
  const [answer, setAnswer] = useState<BackendCheck | null>(null);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);
  const [deleting, setDeleting] = useState(false);
  const set = (field: BackendField, value: string | boolean) =>
    setValues((current) => ({ ...current, [field]: value }));

  async function attempt(kind: 'save' | 'test') {
    const built = backendInput(view?.id, values);
    if ('errors' in built) return setErrors(built.errors);
    setBusy(kind);
    setAnswer(null);
    try {
      if (kind === 'test') setAnswer(await client.backends.testConnection(built.input));
      else {
        const saved = await client.backends.save(built.input);
        notify('info', view ? `Saved the backend “${saved.name}”.` : `Added the backend “${saved.name}”.`);
        setValues(backendValues(saved));
        setReplacingKey(false);
        onChanged();
      }
      setErrors(NO_BACKEND_ERRORS);
    } catch (failure) {
      setErrors(
        failure instanceof ApiError
          ? backendFormErrors(failure.issues, failure.message)
          : backendFormErrors([], messageOf(failure)),
      );
    } finally {
      setBusy(null);
    }
  }

  const label = view ? `${view.name} backend` : 'New backend';
  return (
    <fieldset className="channel-provider backend-profile" aria-label={label}>
      <legend>{view ? view.name : 'Add a backend'}</legend>
      <TextField label="Name" value={values.name} error={errors.fields.name} onChange={(v) => set('name', v)} />
      <TextField
        label="Base URL"
        value={values.baseUrl}
        placeholder="https://journeys.example.com/"
        error={errors.fields.baseUrl}
        onChange={(v) => set('baseUrl', v)}
      />
      {replacingKey || !view?.keyHint ? (
        <TextField
          label="API key"
          type="password"
          value={values.apiKey}
          placeholder="jsc_…"
          error={errors.fields.apiKey}
          onChange={(v) => set('apiKey', v)}
        />
      ) : (
        <div className="field">
          <span className="field-label">API key</span>
          <span className="secret-stored">
            <span data-testid="secret-stored">••••{view.keyHint}</span>
            <button type="button" className="button small" onClick={() => setReplacingKey(true)}>
              Replace
            </button>
          </span>
          {errors.fields.apiKey && <p className="field-error">{errors.fields.apiKey}</p>}
        </div>
      )}
      <label className="field checkbox-field">
        <input type="checkbox" checked={values.tlsVerify} onChange={(e) => set('tlsVerify', e.target.checked)} />
        <span>Verify the server’s TLS certificate</span>
      </label>
      <TextField
        label="Timeout (seconds)"
        value={values.timeoutSeconds}
        inputMode="numeric"
        error={errors.fields.timeoutSeconds}
        onChange={(v) => set('timeoutSeconds', v)}
      />
      {view?.warnings.map((warning) => (
        <p key={warning} className="field-hint backend-warning">
          {warning}
        </p>
      ))}
      {errors.form.map((message) => (
        <p key={message} role="alert" className="field-error">
          {message}
        </p>
      ))}
      <div className="settings-actions">
        <button type="button" className="button primary" onClick={() => void attempt('save')} disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : view ? 'Save' : 'Add backend'}
        </button>
        <button type="button" className="button" onClick={() => void attempt('test')} disabled={busy !== null}>
          {busy === 'test' ? 'Testing…' : 'Test connection'}
        </button>
        {view && (
          <button type="button" className="button" onClick={() => setDeleting(true)} disabled={busy !== null}>
            Delete
          </button>
        )}
        <ConnectionAnswer
          answer={
            answer?.ok === false && answer.status !== null
              ? { ok: false, error: `${answer.status}: ${answer.error}` }
              : answer
          }
        />
      </div>
      {view && (
        <ConfirmDialog
          open={deleting}
          title={`Delete the backend “${view.name}”?`}
          description="Its stored key is deleted too. Journeys published there keep running there; this app no longer shows or controls them. The publish history keeps its name."
          confirmLabel="Delete"
          onOpenChange={setDeleting}
          onConfirm={async () => {
            await client.backends.delete({ id: view.id });
            notify('info', `Deleted the backend “${view.name}”.`);
            onChanged();
          }}
        />
      )}
    </fieldset>
  );
}

function TextField({
  label,
  value,
  error,
  onChange,
  type = 'text',
  placeholder,
  inputMode,
}: {
  label: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  type?: 'text' | 'password';
  placeholder?: string;
  inputMode?: 'numeric';
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        inputMode={inputMode}
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
