import { useId, useState } from 'react';
import { parseEventPackage } from '../../../shared/guided/catalogue';
import type { EventPackage } from '../../../shared/guided/package-schema';
import type { FormattedIssue } from '../../../shared/model/format-zod-issues';
import { messageOf } from '../store/message-of';

interface EventDraft {
  key: string;
  label: string;
  description: string;
  lifecycleOrder: string;
  /** The sample payload as JSON text, so any field and value type can be typed. */
  payload: string;
}

interface PackageDraft {
  id: string;
  label: string;
  description: string;
  persona: 'customer' | 'seller';
  events: EventDraft[];
}

function draftOf(pkg: EventPackage | null): PackageDraft {
  if (pkg === null)
    return {
      id: '',
      label: '',
      description: '',
      persona: 'customer',
      events: [{ key: '', label: '', description: '', lifecycleOrder: '10', payload: '{\n  "orderId": "ORD-1"\n}' }],
    };
  return {
    ...pkg,
    events: pkg.events.map((event) => ({
      ...event,
      lifecycleOrder: String(event.lifecycleOrder),
      payload: JSON.stringify(event.samplePayload, null, 2),
    })),
  };
}

/** The package the form describes, or what is wrong with it, each problem with its field path. */
function packageOf(draft: PackageDraft): { ok: true; value: EventPackage } | { ok: false; issues: FormattedIssue[] } {
  const payloadIssues: FormattedIssue[] = [];
  const events = draft.events.map(({ payload, lifecycleOrder, ...event }, index) => {
    let samplePayload: unknown = {};
    try {
      samplePayload = JSON.parse(payload.trim() === '' ? '{}' : payload);
    } catch (failure) {
      payloadIssues.push({ path: `events[${index}].samplePayload`, message: `Not valid JSON: ${messageOf(failure)}` });
    }
    return { ...event, lifecycleOrder: lifecycleOrder.trim() === '' ? NaN : Number(lifecycleOrder), samplePayload };
  });
  const parsed = parseEventPackage({ ...draft, events });
  if (payloadIssues.length === 0) return parsed;
  return { ok: false, issues: [...payloadIssues, ...(parsed.ok ? [] : parsed.issues)] };
}

interface CustomPackageEditorProps {
  initial: EventPackage | null;
  onCancel(): void;
  /** Rejects with the service's message when the setting is refused (e.g. a key another package uses). */
  onSave(pkg: EventPackage): Promise<void>;
}

/** The form for a custom package and its events, checked by the package schema before it is stored. */
export function CustomPackageEditor({ initial, onCancel, onSave }: CustomPackageEditorProps) {
  const titleId = useId();
  const [draft, setDraft] = useState(() => draftOf(initial));
  const [issues, setIssues] = useState<FormattedIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const setEvent = (index: number, change: Partial<EventDraft>) =>
    setDraft({ ...draft, events: draft.events.map((event, i) => (i === index ? { ...event, ...change } : event)) });
  const issueAt = (path: string) =>
    issues.filter(
      (issue) => issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
    );

  async function save() {
    const result = packageOf(draft);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    setBusy(true);
    try {
      await onSave(result.value);
    } catch (failure) {
      setIssues([{ path: '', message: messageOf(failure) }]);
    } finally {
      setBusy(false);
    }
  }

  const field = (label: string, path: string, value: string, onChange: (value: string) => void, placeholder = '') => (
    <label className="field">
      <span className="field-label">{label}</span>
      <input
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        aria-invalid={issueAt(path).length > 0 ? true : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </label>
  );

  return (
    <form
      className="custom-package-editor"
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3 id={titleId}>{initial === null ? 'New custom package' : `Edit “${initial.label}”`}</h3>
      {field('Package id', 'id', draft.id, (id) => setDraft({ ...draft, id }), 'loyalty')}
      {field('Package label', 'label', draft.label, (label) => setDraft({ ...draft, label }), 'Loyalty')}
      {field('Package description', 'description', draft.description, (description) =>
        setDraft({ ...draft, description }),
      )}
      <label className="field">
        <span className="field-label">Persona</span>
        <select
          value={draft.persona}
          onChange={(event) => setDraft({ ...draft, persona: event.target.value as PackageDraft['persona'] })}
        >
          <option value="customer">Customer</option>
          <option value="seller">Seller</option>
        </select>
      </label>
      {draft.events.map((event, index) => (
        <fieldset key={index} className="custom-event">
          <legend>Event {index + 1}</legend>
          {field(
            'Event key',
            `events[${index}].key`,
            event.key,
            (key) => setEvent(index, { key }),
            'loyalty.points_earned',
          )}
          {field('Event label', `events[${index}].label`, event.label, (label) => setEvent(index, { label }))}
          {field('Event description', `events[${index}].description`, event.description, (description) =>
            setEvent(index, { description }),
          )}
          {field('Lifecycle order', `events[${index}].lifecycleOrder`, event.lifecycleOrder, (lifecycleOrder) =>
            setEvent(index, { lifecycleOrder }),
          )}
          <label className="field">
            <span className="field-label">Sample payload (JSON: each field with an example value)</span>
            <textarea
              rows={4}
              spellCheck={false}
              value={event.payload}
              aria-invalid={issueAt(`events[${index}].samplePayload`).length > 0 ? true : undefined}
              onChange={(change) => setEvent(index, { payload: change.target.value })}
            />
          </label>
          <button
            type="button"
            className="button small"
            disabled={draft.events.length === 1}
            onClick={() => setDraft({ ...draft, events: draft.events.filter((_, i) => i !== index) })}
          >
            Remove event
          </button>
        </fieldset>
      ))}
      <div>
        <button
          type="button"
          className="button small"
          onClick={() =>
            setDraft({
              ...draft,
              events: [
                ...draft.events,
                {
                  key: '',
                  label: '',
                  description: '',
                  lifecycleOrder: String((draft.events.length + 1) * 10),
                  payload: '{}',
                },
              ],
            })
          }
        >
          + Add event
        </button>
      </div>
      {issues.length > 0 && (
        <ul role="alert" className="field-error">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>
              {issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`}
            </li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button primary" disabled={busy}>
          Save package
        </button>
      </div>
    </form>
  );
}
