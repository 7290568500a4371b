import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import { messageOf } from '../store/message-of';
import { FormDialogFooter } from './FormDialogFooter';

interface NameDialogProps {
  open: boolean;
  title: string;
  label: string;
  submitLabel: string;
  initialValue?: string;
  onOpenChange(open: boolean): void;
  /** Where focus goes on close when the element that opened the dialog may be gone (a deleted row). */
  onCloseAutoFocus?(event: Event): void;
  /** Rejecting keeps the dialog open and shows the message under the field. */
  onSubmit(value: string): Promise<void>;
}

/** A dialog asking for one name: used to create and to rename. */
export function NameDialog({
  open,
  title,
  label,
  submitLabel,
  initialValue = '',
  onOpenChange,
  onCloseAutoFocus,
  onSubmit,
}: NameDialogProps) {
  const [value, setValue] = useState(initialValue);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function reset(nextOpen: boolean) {
    if (nextOpen) {
      setValue(initialValue);
      setError(null);
    }
    onOpenChange(nextOpen);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = value.trim();
    if (!trimmed) {
      setError('Please enter a name.');
      return;
    }
    setBusy(true);
    try {
      await onSubmit(trimmed);
      onOpenChange(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Root open={open} onOpenChange={reset}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined} onCloseAutoFocus={onCloseAutoFocus}>
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          <form onSubmit={submit}>
            <label className="field">
              <span className="field-label">{label}</span>
              <input
                autoFocus
                value={value}
                maxLength={200}
                onChange={(event) => setValue(event.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? 'name-dialog-error' : undefined}
              />
            </label>
            <FormDialogFooter error={error} busy={busy} submitLabel={submitLabel} errorId="name-dialog-error" />
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
