import type { FieldErrors } from './field-errors';

/**
 * Says that what the form shows has not reached the journey yet. The live region is always
 * rendered so screen readers announce the message when it appears.
 */
export function DraftNote({ errors }: { errors: FieldErrors }) {
  const count = Object.keys(errors).length;
  return (
    <div role="status" className="inspector-draft-note-region">
      {count > 0 && (
        <p className="inspector-draft-note">
          {count === 1 ? 'One field needs' : `${count} fields need`} fixing before this change is saved to the journey.
          Selecting something else discards it.
        </p>
      )}
    </div>
  );
}
