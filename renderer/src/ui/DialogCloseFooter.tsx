import { Dialog } from 'radix-ui';

/** The end of a dialog that only shows something: one Close button. */
export function DialogCloseFooter({
  className = 'dialog-actions',
  primary = false,
}: {
  className?: string;
  primary?: boolean;
}) {
  return (
    <div className={className}>
      <Dialog.Close asChild>
        <button type="button" className={primary ? 'button primary' : 'button'}>
          Close
        </button>
      </Dialog.Close>
    </div>
  );
}
