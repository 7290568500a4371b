import type { AutosaveStatus } from './debounced-saver';

const TEXT: Record<AutosaveStatus['state'], string> = {
  saved: 'Saved',
  pending: 'Waiting to save',
  saving: 'Saving…',
  error: 'Not saved',
};

/** Polite status so a screen reader hears "Saved" without being interrupted while typing. */
export function SaveState({ status }: { status: AutosaveStatus }) {
  return (
    <p className={`save-state ${status.state}`} role="status">
      {TEXT[status.state]}
      {status.state === 'error' && (
        <span className="field-error">
          {' '}
          — {status.message}. Trying again in {Math.round(status.retryInMs / 1000)} s.
        </span>
      )}
    </p>
  );
}
