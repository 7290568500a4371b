import type { SavedJourney } from '../../../shared/contract/index';
import type { StoredJourney } from '../store/journeys-repository';

/** What every method that answers with a journey sends: its working document and lifecycle state. */
export function toSaved(stored: StoredJourney): SavedJourney {
  return {
    journey: stored.journey,
    revision: stored.revision,
    liveVersion: stored.liveVersion,
    draftOpen: stored.draftOpen,
  };
}
