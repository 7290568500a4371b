import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import type { Contact } from '../../../../shared/audience/index';
import { useClient } from '../../api/client-context';
import type { FieldListing } from '../../store/audience-slice';
import { messageOf } from '../../store/message-of';
import { contactInputOf, formValuesOf } from './contact-form-values';
import { FormDialogFooter } from '../../ui/FormDialogFooter';

interface ContactDialogProps {
  fields: readonly FieldListing[];
  /** The contact to edit; absent to add one. */
  contact?: Contact;
  onClose(): void;
  onSaved(contact: Contact): void;
}

function FieldInput({ field, value, onChange }: { field: FieldListing; value: string; onChange(value: string): void }) {
  if (field.type === 'boolean' || field.type === 'choice') {
    const options = field.type === 'boolean' ? ['true', 'false'] : (field.options ?? []);
    return (
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">(not set)</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {field.type === 'boolean' ? (option === 'true' ? 'Yes' : 'No') : option}
          </option>
        ))}
      </select>
    );
  }
  const type = field.type === 'date' ? 'date' : field.type === 'number' ? 'number' : 'text';
  return (
    <input type={type} step="any" value={value} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
  );
}

/** Adds or edits a contact: one input per field, checked by the service (which names every bad field). */
export function ContactDialog({ fields, contact, onClose, onSaved }: ContactDialogProps) {
  const client = useClient();
  const editable = fields.filter((field) => field.key !== 'createdAt' && !(contact && field.key === 'customerId'));
  const [values, setValues] = useState(() => formValuesOf(contact, editable));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const input = contactInputOf(values, editable, contact === undefined);
      const saved = await client.contacts.save({
        contact: contact ? { ...input, customerId: contact.customerId } : input,
      });
      onSaved(saved);
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog wide-dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">{contact ? `Edit ${contact.customerId}` : 'Add contact'}</Dialog.Title>
          <form className="dialog-form" onSubmit={submit}>
            {editable.map((field) => (
              <label key={field.key} className="field">
                <span className="field-label">{field.label}</span>
                <FieldInput
                  field={field}
                  value={values[field.key] ?? ''}
                  onChange={(value) => setValues({ ...values, [field.key]: value })}
                />
              </label>
            ))}
            <FormDialogFooter error={error} busy={busy} submitLabel={contact ? 'Save contact' : 'Add contact'} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
