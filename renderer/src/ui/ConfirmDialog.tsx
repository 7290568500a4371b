import { useState, type ReactNode } from 'react';
import { AlertDialog } from 'radix-ui';
import { messageOf } from '../store/message-of';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  description: string;
  confirmLabel: string;
  /** A destructive confirmation (the default) or one that starts something, such as Activate. */
  tone?: 'danger' | 'primary';
  /** What will happen, in detail, below the description. */
  children?: ReactNode;
  onOpenChange(open: boolean): void;
  /** Where focus goes on close when the element that opened the dialog may be gone (a deleted row). */
  onCloseAutoFocus?(event: Event): void;
  onConfirm(): Promise<void>;
}

export function ConfirmDialog({
  open,
  title,
  description,
  confirmLabel,
  tone = 'danger',
  children,
  onOpenChange,
  onCloseAutoFocus,
  onConfirm,
}: ConfirmDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirm() {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      onOpenChange(false);
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog" onCloseAutoFocus={onCloseAutoFocus}>
          <AlertDialog.Title className="dialog-title">{title}</AlertDialog.Title>
          <AlertDialog.Description className="dialog-description">{description}</AlertDialog.Description>
          {children}
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <AlertDialog.Cancel asChild>
              <button type="button" className="button">
                Cancel
              </button>
            </AlertDialog.Cancel>
            {/* Not AlertDialog.Action: that closes immediately, before the outcome is known. */}
            <button type="button" className={`button ${tone}`} disabled={busy} onClick={confirm}>
              {confirmLabel}
            </button>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
