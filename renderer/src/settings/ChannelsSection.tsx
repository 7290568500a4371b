import { useEffect, useId, useRef, useState } from 'react';
import { ApiError, type ChannelProviderView } from '../../../shared/contract/index';
import { channelLabel, type Channel } from '../../../shared/model/channel';
import {
  providerDescription,
  providersForChannel,
  type ProviderField,
  type ProviderKind,
} from '../../../shared/providers/index';
import { useClient } from '../api/client-context';
import { hrefFor } from '../app/route';
import { messageOf } from '../store/message-of';
import { useAppStore } from '../store/app-store';
import { ConnectionAnswer } from './ConnectionAnswer';
import { DeliveryReportUrlField } from './DeliveryReportUrlField';
import { configOf, formErrors, initialValues, type FormErrors, type FormValues } from './channel-form';

const NO_ERRORS: FormErrors = { fields: {}, form: [] };

type Answer = { ok: true; detail: string } | { ok: false; error: string };

/** The anchor of a channel's provider form: the validator's "set up a provider" leads here. */
export const channelSectionId = (channel: Channel) => `settings-channel-${channel}`;

/**
 * Settings → Channels: one provider per channel, the Outbox by default. Each provider's form is
 * drawn from its description (fields, defaults, help); the provider's own schema checks it on Save
 * and Test connection, and its problems are shown beside the fields they name.
 */
export function ChannelsSection({ focusChannel }: { focusChannel?: Channel }) {
  const client = useClient();
  const headingId = useId();
  const [views, setViews] = useState<ChannelProviderView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    client.channels.list().then(setViews, (failure: unknown) => setError(messageOf(failure)));
  }, [client]);

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Channels</h2>
      <p>
        Every channel delivers into the <a href={hrefFor({ page: 'outbox' })}>Outbox</a> until a provider is configured:
        messages are kept there, shown as the recipient would see them, and reach no one. Passwords and tokens are kept
        encrypted and never shown again after saving.
      </p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <DeliveryReportUrlField />
      {views === null && error === null && <p className="muted">Loading…</p>}
      {views?.map((view) => (
        <ChannelProviderCard
          key={view.channel}
          view={view}
          focused={focusChannel === view.channel}
          onSaved={(saved) =>
            setViews((current) => current?.map((each) => (each.channel === saved.channel ? saved : each)) ?? null)
          }
        />
      ))}
    </section>
  );
}

function ChannelProviderCard({
  view,
  focused,
  onSaved,
}: {
  view: ChannelProviderView;
  focused: boolean;
  onSaved: (view: ChannelProviderView) => void;
}) {
  const client = useClient();
  const notify = useAppStore((s) => s.notify);
  const { channel } = view;
  const label = channelLabel(channel);
  const ref = useRef<HTMLFieldSetElement>(null);
  const selectId = useId();
  const [kind, setKind] = useState<ProviderKind>(view.kind);
  const description = providerDescription(kind);
  const [values, setValues] = useState<FormValues>(() => (description ? initialValues(description, view) : {}));
  // Secret fields whose stored value the user chose to replace (their input is shown).
  const [replacing, setReplacing] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [answer, setAnswer] = useState<Answer | null>(null);
  const [busy, setBusy] = useState<'save' | 'test' | null>(null);

  useEffect(() => {
    if (!focused) return;
    ref.current?.scrollIntoView({ block: 'start' });
    ref.current?.querySelector('select')?.focus();
  }, [focused]);

  function choose(next: ProviderKind) {
    setKind(next);
    const nextDescription = providerDescription(next);
    setValues(nextDescription ? initialValues(nextDescription, view) : {});
    setReplacing(new Set());
    setErrors(NO_ERRORS);
    setAnswer(null);
  }

  const form = () => ({ channel, kind, config: description ? configOf(description, values) : {} });

  function refused(error: unknown) {
    setErrors(error instanceof ApiError ? formErrors(error.issues, error.message) : formErrors([], messageOf(error)));
  }

  async function save() {
    setBusy('save');
    setAnswer(null);
    try {
      const saved = await client.channels.save(form());
      setErrors(NO_ERRORS);
      setReplacing(new Set());
      const savedDescription = providerDescription(saved.kind);
      setValues(savedDescription ? initialValues(savedDescription, saved) : {});
      onSaved(saved);
      notify('info', `${label} now sends through ${savedDescription?.label ?? saved.kind}.`);
    } catch (error) {
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  async function testConnection() {
    setBusy('test');
    setAnswer(null);
    try {
      setAnswer(await client.channels.testConnection(form()));
      setErrors(NO_ERRORS);
    } catch (error) {
      refused(error);
    } finally {
      setBusy(null);
    }
  }

  const options = providersForChannel(channel);
  const savedHere = view.kind === kind;
  return (
    <fieldset
      className="channel-provider"
      id={channelSectionId(channel)}
      ref={ref}
      aria-label={`${label} provider`}
      data-channel={channel}
    >
      <legend>{label}</legend>
      {view.problem && (
        <p role="alert" className="field-error">
          {view.problem}
        </p>
      )}
      <div className="field">
        <label className="field-label" htmlFor={selectId}>
          Provider
        </label>
        <select id={selectId} value={kind} onChange={(event) => choose(event.target.value as ProviderKind)}>
          {options.map((option) => (
            <option key={option.kind} value={option.kind}>
              {option.label}
            </option>
          ))}
          {!options.some((option) => option.kind === kind) && <option value={kind}>{kind} (not available)</option>}
        </select>
      </div>
      {description?.fields.map((field) => (
        <ProviderFieldInput
          key={field.key}
          field={field}
          value={values[field.key]}
          error={errors.fields[field.key]}
          stored={savedHere && view.secretsSet.includes(field.key) && !replacing.has(field.key)}
          onChange={(value) => setValues((current) => ({ ...current, [field.key]: value }))}
          onReplace={() => setReplacing((current) => new Set(current).add(field.key))}
        />
      ))}
      {description?.help && <p className="field-hint">{description.help}</p>}
      {errors.form.map((message) => (
        <p key={message} role="alert" className="field-error">
          {message}
        </p>
      ))}
      <div className="settings-actions">
        <button type="button" className="button primary" onClick={() => void save()} disabled={busy !== null}>
          {busy === 'save' ? 'Saving…' : 'Save'}
        </button>
        {kind !== 'outbox' && (
          <button type="button" className="button" onClick={() => void testConnection()} disabled={busy !== null}>
            {busy === 'test' ? 'Testing…' : 'Test connection'}
          </button>
        )}
        <ConnectionAnswer answer={answer} />
      </div>
    </fieldset>
  );
}

function ProviderFieldInput({
  field,
  value,
  error,
  stored,
  onChange,
  onReplace,
}: {
  field: ProviderField;
  value: string | boolean | undefined;
  error: string | undefined;
  /** A secret with a stored value, not being replaced: shown as dots with Replace. */
  stored: boolean;
  onChange: (value: string | boolean) => void;
  onReplace: () => void;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const described = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const labelText = field.optional ? `${field.label} (optional)` : field.label;
  let input;
  if (field.input === 'secret' && stored) {
    input = (
      <span className="secret-stored">
        <span id={id} data-testid="secret-stored">
          ••••
        </span>
        <button type="button" className="button small" onClick={onReplace}>
          Replace
        </button>
      </span>
    );
  } else if (field.input === 'checkbox') {
    input = (
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(e) => onChange(e.target.checked)}
        {...described}
      />
    );
  } else if (field.input === 'select') {
    input = (
      <select id={id} value={String(value ?? '')} onChange={(e) => onChange(e.target.value)} {...described}>
        {field.optional && <option value="">—</option>}
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  } else if (field.input === 'textarea') {
    input = (
      <textarea
        id={id}
        value={String(value ?? '')}
        placeholder={field.placeholder}
        onChange={(e) => onChange(e.target.value)}
        rows={4}
        {...described}
      />
    );
  } else {
    input = (
      <input
        id={id}
        type={field.input === 'secret' ? 'password' : field.input === 'number' ? 'text' : field.input}
        inputMode={field.input === 'number' ? 'decimal' : undefined}
        autoComplete={field.input === 'secret' ? 'new-password' : 'off'}
        value={String(value ?? '')}
        placeholder={field.placeholder}
        onChange={(e) => onChange(e.target.value)}
        {...described}
      />
    );
  }
  return (
    <div className="field">
      {field.input === 'secret' && stored ? (
        <span className="field-label">{labelText}</span>
      ) : (
        <label className="field-label" htmlFor={id}>
          {labelText}
        </label>
      )}
      {input}
      {field.help && <p className="field-hint">{field.help}</p>}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
