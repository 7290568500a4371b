import { useEffect, useState } from 'react';
import { fieldValue, type Contact } from '../../../../shared/audience/index';
import { useClient } from '../../api/client-context';
import type { FieldListing } from '../../store/audience-slice';
import { messageOf } from '../../store/message-of';
import { displayValue } from './display-values';

interface ContactDetailProps {
  customerId: string;
  fields: readonly FieldListing[];
  /** Bumped when contacts change, so the panel shows the stored state. */
  version: number;
  onEdit(contact: Contact): void;
  onDelete(contact: Contact): void;
  onClose(): void;
}

type Loaded = { customerId: string; version: number } & (
  { contact: Contact; lists: { id: string; name: string }[]; error: null } | { contact: null; lists: []; error: string }
);

/** One contact: every field's value and the lists it belongs to (removable from each). */
export function ContactDetail({ customerId, fields, version, onEdit, onDelete, onClose }: ContactDetailProps) {
  const client = useClient();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    client.contacts.get({ customerId }).then(
      ({ contact, lists }) => current && setLoaded({ customerId, version, contact, lists, error: null }),
      (error: unknown) =>
        current && setLoaded({ customerId, version, contact: null, lists: [], error: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [client, customerId, version, reloads]);

  const shown = loaded?.customerId === customerId ? loaded : null;

  async function removeFrom(listId: string) {
    await client.lists.removeMembers({ id: listId, customerIds: [customerId] });
    setReloads((n) => n + 1);
  }

  return (
    <section className="side-panel" aria-label="Contact details">
      <header className="page-header">
        <h2>{customerId}</h2>
        <button type="button" className="icon-button" aria-label="Close details" onClick={onClose}>
          ×
        </button>
      </header>
      {shown === null && <p className="muted">Loading…</p>}
      {shown?.error && <p className="field-error">{shown.error}</p>}
      {shown?.contact && (
        <>
          <dl className="detail-fields">
            {fields.map((field) => {
              const text = displayValue(fieldValue(shown.contact, field.key), field.type);
              return (
                <div key={field.key} style={{ display: 'contents' }}>
                  <dt>{field.label}</dt>
                  <dd>{text === '' ? <span className="muted">—</span> : text}</dd>
                </div>
              );
            })}
          </dl>
          <h2>Lists</h2>
          {shown.lists.length === 0 && <p className="muted">Not in any list.</p>}
          <ul className="list-entries" aria-label="Lists of this contact">
            {shown.lists.map((list) => (
              <li key={list.id}>
                <span style={{ flex: 1 }}>{list.name}</span>
                <button
                  type="button"
                  className="button small"
                  aria-label={`Remove from ${list.name}`}
                  onClick={() => void removeFrom(list.id)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={() => onEdit(shown.contact)}>
              Edit
            </button>
            <button type="button" className="button danger" onClick={() => onDelete(shown.contact)}>
              Delete
            </button>
          </div>
        </>
      )}
    </section>
  );
}
