import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import { FIELD_TYPES, FIELD_TYPE_LABELS, fieldKeyProblem, type FieldType } from '../../../../shared/audience/index';
import type { FieldListing } from '../../store/audience-slice';
import { messageOf } from '../../store/message-of';
import { formatOptionLines, parseOptionLines } from './choice-options';
import { FormDialogFooter } from '../../ui/FormDialogFooter';

export interface FieldDraft {
  key: string;
  label: string;
  description: string;
  type: FieldType;
  options: string[] | undefined;
}

interface FieldDialogProps {
  /** The field being edited; absent when defining a new one (then key and type can be chosen). */
  editing?: FieldListing;
  onClose(): void;
  onSubmit(draft: FieldDraft): Promise<void>;
}

/** Defines a custom field, or edits one's label, description and options (key and type stay). */
export function FieldDialog({ editing, onClose, onSubmit }: FieldDialogProps) {
  const [key, setKey] = useState(editing?.key ?? '');
  const [label, setLabel] = useState(editing?.label ?? '');
  const [description, setDescription] = useState(editing?.description ?? '');
  const [type, setType] = useState<FieldType>(editing?.type ?? 'text');
  const [optionText, setOptionText] = useState(formatOptionLines(editing?.options));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The key's rules are shared, so the obvious mistakes are caught before a round trip.
    const keyProblem = editing ? null : fieldKeyProblem(key.trim());
    if (keyProblem) return setError(keyProblem);
    if (label.trim() === '') return setError('Enter a label');
    const options = type === 'choice' ? parseOptionLines(optionText) : undefined;
    if (options?.length === 0) return setError('A choice field needs at least one option');
    setBusy(true);
    setError(null);
    try {
      await onSubmit({ key: key.trim(), label: label.trim(), description, type, options });
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
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">
            {editing ? `Edit “${editing.label}”` : 'New customer field'}
          </Dialog.Title>
          <form className="dialog-form" onSubmit={submit}>
            {!editing && (
              <label className="field">
                <span className="field-label">Key</span>
                <input
                  autoFocus
                  value={key}
                  spellCheck={false}
                  placeholder="loyaltyTier"
                  onChange={(event) => setKey(event.target.value)}
                />
                <span className="field-hint">
                  Templates use it as {'{{ customer.'}
                  {key || 'key'}
                  {' }}'}.
                </span>
              </label>
            )}
            <label className="field">
              <span className="field-label">Label</span>
              <input autoFocus={Boolean(editing)} value={label} onChange={(event) => setLabel(event.target.value)} />
            </label>
            {!editing && (
              <label className="field">
                <span className="field-label">Type</span>
                <select value={type} onChange={(event) => setType(event.target.value as FieldType)}>
                  {FIELD_TYPES.map((option) => (
                    <option key={option} value={option}>
                      {FIELD_TYPE_LABELS[option]}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {type === 'choice' && (
              <label className="field">
                <span className="field-label">Options</span>
                <textarea rows={4} value={optionText} onChange={(event) => setOptionText(event.target.value)} />
                <span className="field-hint">One option per line.</span>
              </label>
            )}
            <label className="field">
              <span className="field-label">Description</span>
              <textarea rows={2} value={description} onChange={(event) => setDescription(event.target.value)} />
            </label>
            <FormDialogFooter error={error} busy={busy} submitLabel={editing ? 'Save' : 'Create field'} />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
