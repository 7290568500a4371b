import { useAppStore } from '../../store/app-store';

/** Always says where the user's work stands: unsaved, saving, saved, or why not. */
export function SaveIndicator() {
  const status = useAppStore((s) => s.saveStatus);
  const reloadFromStore = useAppStore((s) => s.reloadFromStore);
  const overwriteStore = useAppStore((s) => s.overwriteStore);
  switch (status.state) {
    case 'saved':
      return (
        <span role="status" className="save-indicator saved">
          Saved
        </span>
      );
    case 'pending':
    case 'saving':
      return (
        <span role="status" className="save-indicator saving">
          Saving…
        </span>
      );
    case 'error':
      return (
        <span role="alert" className="save-indicator error" title={status.message}>
          Not saved: {status.message} Retrying in {Math.round(status.retryInMs / 1000)} s.
        </span>
      );
    case 'conflict':
      return (
        <span role="alert" className="save-indicator error">
          {status.message}{' '}
          <button type="button" className="button small" onClick={() => void reloadFromStore()}>
            Load their version
          </button>{' '}
          <button type="button" className="button small" onClick={() => void overwriteStore()}>
            Keep mine
          </button>
        </span>
      );
  }
}
