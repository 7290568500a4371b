import { withStoredCredentials } from './stored-credentials';
import { ApiError } from '../../../../shared/contract/index';
import type { Journey } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import type { AppStore } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { clearDraft, writeDraft } from './local-draft';

export interface AutosaveOptions {
  debounceMs?: number;
  maxRetryMs?: number;
  storage?: Storage;
}

export interface Autosaver {
  /** Saves now if anything is unsaved; resolves when the store has it (or the attempt failed). */
  flush(): Promise<void>;
  /** Synchronous last resort when the page is going away: keep the unsaved document locally. */
  persistDraftNow(): void;
  stop(): void;
}

/**
 * Persists every change shortly after it happens. A failed save is retried with a growing pause and
 * shown; a save refused because another window saved first stops and asks the user.
 */
export function startAutosave(store: AppStore, client: AppClient, options: AutosaveOptions = {}): Autosaver {
  const debounceMs = options.debounceMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const storage = options.storage ?? window.localStorage;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let inFlight: Promise<void> | null = null;
  let retryMs = 1000;

  // A read-only journey (live without a draft, stopped, archived) is never saved: the store would
  // refuse it, and there is nothing of the user's to keep.
  const isDirty = () => {
    const { journey, savedJourney, readOnly } = store.getState();
    return journey !== null && journey !== savedJourney && !readOnly;
  };

  function schedule(delay: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      void flush();
    }, delay);
  }

  async function saveOnce(): Promise<void> {
    const { journey, savedRevision, saveStatus, setSaveStatus, markSaved } = store.getState();
    if (!journey || !isDirty() || saveStatus.state === 'conflict') return;
    const sent: Journey = journey;
    setSaveStatus({ state: 'saving' });
    try {
      const result = await client.journeys.save({ journey: sent, expectedRevision: savedRevision });
      if (store.getState().editorJourneyId !== sent.id) return;
      const stored = withStoredCredentials(sent, result.journey);
      markSaved(stored, result.revision);
      // Nothing was edited meanwhile: show the references the store keeps instead of typed secrets.
      if (stored !== sent && store.getState().journey === sent) store.setState({ journey: stored });
      retryMs = 1000;
      if (isDirty()) {
        setSaveStatus({ state: 'pending' });
        schedule(debounceMs);
      } else {
        clearDraft(storage, sent.id);
        setSaveStatus({ state: 'saved' });
      }
    } catch (error) {
      if (store.getState().editorJourneyId !== sent.id) return;
      if (error instanceof ApiError && error.code === 'CONFLICT') {
        setSaveStatus({ state: 'conflict', message: error.message });
        return;
      }
      setSaveStatus({ state: 'error', message: messageOf(error), retryInMs: retryMs });
      schedule(retryMs);
      retryMs = Math.min(retryMs * 2, maxRetryMs);
    }
  }

  function flush(): Promise<void> {
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (inFlight) return inFlight.then(() => (isDirty() ? flush() : undefined));
    inFlight = saveOnce().finally(() => {
      inFlight = null;
    });
    return inFlight;
  }

  function persistDraftNow() {
    const { journey, savedRevision } = store.getState();
    if (journey && isDirty()) writeDraft(storage, journey, savedRevision);
  }

  const unsubscribe = store.subscribe((state, previous) => {
    // "Overwrite with mine" after a conflict: save at once against the store's newer revision.
    if (state.saveStatus.state === 'pending' && previous.saveStatus.state === 'conflict') {
      schedule(0);
      return;
    }
    if (state.journey === previous.journey || !state.journey) return;
    if (state.journey === state.savedJourney || state.readOnly) return;
    if (
      state.saveStatus.state !== 'saving' &&
      state.saveStatus.state !== 'conflict' &&
      state.saveStatus.state !== 'error'
    ) {
      state.setSaveStatus({ state: 'pending' });
    }
    if (state.saveStatus.state !== 'conflict') schedule(debounceMs);
  });

  return {
    flush,
    persistDraftNow,
    stop() {
      if (timer) clearTimeout(timer);
      unsubscribe();
    },
  };
}
