import { navigate } from '../../app/route';
import type { AppStore } from '../../store/app-store';

/** Back to the document being edited: the version or comparison goes, and so does `?version=` in the address. */
export function backToCurrent(store: AppStore): void {
  const { editorJourneyId, versionView, setVersionView } = store.getState();
  setVersionView(null);
  if (editorJourneyId && versionView?.kind === 'version') navigate({ page: 'editor', journeyId: editorJourneyId });
}

/** Closes the history; a version or comparison on screen closes with it. */
export function closeVersionHistory(store: AppStore): void {
  store.getState().setVersionsOpen(false);
  if (store.getState().versionView) backToCurrent(store);
}
