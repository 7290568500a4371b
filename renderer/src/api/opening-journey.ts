import { ApiError } from '../../../shared/contract/api-error';
import type { Transport } from '../../../shared/contract/client';
import type { SavedJourney } from '../../../shared/contract/lifecycle-services';

let opening: { id: string; answer: Promise<SavedJourney> } | null = null;

/**
 * A page that opens straight on a journey (a reload, a link, the app reopening where it was) asks
 * for it at once, while the browser is still compiling and running the rest of the app: the answer
 * is then there, or on its way, when the editor wants it.
 */
export function requestOpeningJourney(transport: Transport, hash: string): void {
  const route = /^#\/journeys\/([^/?#]+)/.exec(hash);
  if (!route) return;
  const id = decodeURIComponent(route[1]!);
  const answer = transport.invoke('journeys', 'get', { id }).then((envelope) => {
    if (envelope.ok) return envelope.value as SavedJourney;
    throw ApiError.fromPayload(envelope.error);
  });
  // Read by the editor when it opens; until then a failure is not unhandled.
  answer.catch(() => {});
  opening = { id, answer };
}

/**
 * The journey asked for on opening, once, to the first editor that opens it; null for any other
 * journey or later. Whatever was not taken by the first editor to open is dropped.
 */
export function takeOpeningJourney(id: string): Promise<SavedJourney> | null {
  const taken = opening?.id === id ? opening.answer : null;
  opening = null;
  return taken;
}
