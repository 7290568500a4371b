import { useEffect } from 'react';
import { useClient } from '../../api/client-context';
import { useAppStoreApi } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { startAutosave } from './autosave';
import { clearDraft, readDraft } from './local-draft';

/**
 * Everything that keeps an open journey and the store in step: loading, autosave, recovering an
 * unsaved draft, following saves made in other windows, and saving when the page goes away.
 */
export function useEditorSession(journeyId: string): void {
  const store = useAppStoreApi();
  const client = useClient();

  useEffect(() => {
    const storage = window.localStorage;
    const autosave = startAutosave(store, client, { storage });
    store.getState().setSaveFlusher(autosave.flush);
    let live = true;

    void store
      .getState()
      .openJourney(journeyId)
      .then(() => {
        const state = store.getState();
        if (!live || state.editorLoad.state !== 'ready' || !state.journey) return;
        const draft = readDraft(storage, journeyId);
        if (!draft) return;
        if (state.readOnly) {
          // Went live (or stopped) since: the kept edits cannot apply to a read-only document.
          clearDraft(storage, journeyId);
          state.notify('error', 'Unsaved changes from an earlier session were dropped: the journey is read-only now.');
        } else if (draft.baseRevision === state.savedRevision) {
          state.edit(() => draft.journey);
          state.notify(
            'info',
            `Recovered changes that had not been saved (${new Date(draft.savedAt).toLocaleString()}).`,
          );
        } else {
          clearDraft(storage, journeyId);
          state.notify(
            'error',
            'Unsaved changes from an earlier session were dropped: the journey was changed elsewhere since.',
          );
        }
      });

    const offChanged = client.on('journeyChanged', (event) => {
      const state = store.getState();
      if (event.id !== journeyId) return;
      // Activated, paused, a draft started or discarded (here or elsewhere): status and editability follow.
      if (event.change === 'lifecycle') {
        // Our own lifecycle calls already applied their answer (same revision); only others' need reading.
        if (event.revision <= state.savedRevision) return;
        void state
          .refreshLifecycle()
          .catch((error: unknown) => state.notify('error', `The journey could not be refreshed: ${messageOf(error)}`));
        return;
      }
      if (event.change !== 'updated' || event.revision <= state.savedRevision) return;
      if (state.saveStatus.state === 'saving') return;
      if (state.journey === state.savedJourney) {
        void state.reloadFromStore();
      } else {
        state.setSaveStatus({ state: 'conflict', message: 'This journey was changed in another window.' });
      }
    });

    const onPageHide = () => {
      autosave.persistDraftNow();
      void autosave.flush();
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);

    return () => {
      live = false;
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      offChanged();
      if (store.getState().saveFlusher === autosave.flush) store.getState().setSaveFlusher(null);
      // Leaving the editor inside the app: save what is pending, then let go.
      autosave.persistDraftNow();
      void autosave.flush().finally(() => {
        autosave.stop();
        if (store.getState().editorJourneyId === journeyId) store.getState().closeJourney();
      });
    };
  }, [client, journeyId, store]);
}
