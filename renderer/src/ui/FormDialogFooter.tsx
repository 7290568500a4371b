import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';

/** The end of every form dialog: what went wrong (if anything), Cancel, and the submit button. */
export function FormDialogFooter({ error, busy, submitLabel }: { error: string | null; busy: boolean; submitLabel: ReactNode }) {
  return (
    <>
      {error && (
        <p role="alert" className="field-error">
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
