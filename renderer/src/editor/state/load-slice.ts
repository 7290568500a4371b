import type { StateCreator, StoreApi } from 'zustand';
import type { Journey } from '../../../../shared/model/index';
import type { AppClient } from '../../api/client';
import { takeOpeningJourney } from '../../api/opening-journey';
import type { AppState } from '../../store/app-store';
import { messageOf } from '../../store/message-of';
import { inferDirection } from '../canvas/flow-mapping';
import type { Direction } from '../nodes/flow-types';
import { emptyHistory } from './history';
import { lifecycleOf, NO_LIFECYCLE } from './lifecycle-slice';
import { EMPTY_SELECTION } from './selection-slice';
import { NO_VERSION_VIEW } from './version-view-slice';

/** Which journey the editor has open, and the document itself. */
export interface LoadSlice {
  editorJourneyId: string | null;
  editorLoad: { state: 'idle' | 'loading' | 'ready' } | { state: 'error'; message: string };
  journey: Journey | null;
  /** Which way handles face; read from the layout on load and set by "tidy up". */
  direction: Direction;
  openJourney(id: string): Promise<void>;
  closeJourney(): void;
  setDirection(direction: Direction): void;
}

/** Reads the stored journey into the editor, unless another journey was opened meanwhile. */
export async function loadStoredJourney(
  client: AppClient,
  id: string,
  store: Pick<StoreApi<AppState>, 'getState' | 'setState'>,
) {
  // The page may have asked for this journey already, before the app was set up.
  const [saved, publishedHistory] = await Promise.all([
    takeOpeningJourney(id) ?? client.journeys.get({ id }),
    client.publishedJourneys.history({ id }),
  ]);
  const { journey, revision } = saved;
  if (store.getState().editorJourneyId !== id) return;
  store.setState({
    ...lifecycleOf(saved, publishedHistory.length > 0),
    publishedHistory,
    journey,
    savedJourney: journey,
    savedRevision: revision,
    editorLoad: { state: 'ready' },
    saveStatus: { state: 'saved' },
    // Loading is never an undo step, and older steps would undo someone else's saved work.
    history: emptyHistory<Journey>(),
    selection: EMPTY_SELECTION,
    direction: inferDirection(journey),
  });
}

export function createLoadSlice(client: AppClient): StateCreator<AppState, [], [], LoadSlice> {
  return (set, get) => ({
    editorJourneyId: null,
    editorLoad: { state: 'idle' },
    journey: null,
    direction: 'LR',
    async openJourney(id) {
      set({
        editorJourneyId: id,
        editorLoad: { state: 'loading' },
        journey: null,
        savedJourney: null,
        versionView: null,
      });
      try {
        await loadStoredJourney(client, id, { getState: get, setState: set });
      } catch (error) {
        if (get().editorJourneyId === id) set({ editorLoad: { state: 'error', message: messageOf(error) } });
      }
    },
    closeJourney() {
      set({
        ...NO_LIFECYCLE,
        ...NO_VERSION_VIEW,
        editorJourneyId: null,
        editorLoad: { state: 'idle' },
        journey: null,
        savedJourney: null,
        history: emptyHistory<Journey>(),
        selection: EMPTY_SELECTION,
      });
    },
    setDirection(direction) {
      set({ direction });
    },
  });
}
