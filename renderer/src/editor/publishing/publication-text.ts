import type { JourneyState } from '../../../../shared/api-v1/journeys';
import type { Publication, PublishOutcome } from '../../../../shared/contract/index';

/** Which version runs on the backend, and which of this journey's versions it is. */
export function runningVersionText(publication: Publication): string {
  const version = publication.state?.activeVersion ?? null;
  if (version === null) return `not started there yet (version ${publication.publishedVersion} from here is waiting)`;
  const here = publication.localVersionRunning;
  const origin = here === null ? 'published from elsewhere' : `version ${here} here`;
  return `version ${version} ${publication.state?.status === 'stopped' ? 'ran' : 'runs'} there (${origin})`;
}

export function countsText(state: JourneyState): string {
  const { entered, inFlight, converted } = state.counts;
  return `${entered} entered, ${inFlight} in flight, ${converted} converted`;
}

/** Start for a journey that is not running there; Stop for one that is. */
export function remoteMoves(state: JourneyState | null): { start: boolean; stop: boolean } {
  if (state === null) return { start: false, stop: false };
  return {
    start: state.status === 'draft' || state.status === 'ready' || state.status === 'paused',
    stop: state.status === 'active' || state.status === 'paused',
  };
}

/** What the Publish to… dialog says once the backend has answered. */
export function outcomeText(outcome: PublishOutcome): { tone: 'ok' | 'error'; text: string } {
  const { record } = outcome;
  if (record.result === 'published') {
    const state = outcome.publication?.state;
    const there =
      state?.activeVersion == null
        ? 'It is there as a new journey, not started yet: Start runs it as version 1.'
        : `Version ${state.activeVersion} runs there now.`;
    return { tone: 'ok', text: `Published version ${record.version} to ${record.backendName}. ${there}` };
  }
  const verb = record.result === 'refused' ? 'refused it' : 'could not be reached';
  return { tone: 'error', text: `${record.backendName} ${verb}: ${record.detail ?? ''}` };
}
