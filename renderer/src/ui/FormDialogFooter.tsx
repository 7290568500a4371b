import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';

/** The end of every form dialog: what went wrong (if anything), Cancel, and the submit button. */
export function FormDialogFooter({
  error,
  busy,
  submitLabel,
  errorId,
}: {
  error: string | null;
  busy: boolean;
  submitLabel: ReactNode;
  /** For a field that names the error with aria-describedby. */
  errorId?: string;
}) {
  return (
    <>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <button type="button" className="button">
            Cancel
          </button>
        </Dialog.Close>
        <button type="submit" className="button primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </>
  );
}
