import { summarizeJourney } from '../../../../shared/journey/summary';
import { channelLabel, stepDisplayName, type Audience, type Journey } from '../../../../shared/model/index';
import type { Diagnostic } from '../../../../shared/validation/index';
import type { EstimateRequest } from '../../audience/use-audience-estimate';

/** Who enters at one entry step: what to count, or why it cannot be counted ahead of time. */
export interface EntryAudienceFact {
  stepId: string;
  stepName: string;
  request: EstimateRequest | null;
  /** Said instead of a count: an event-triggered entry, or an audience still to choose. */
  note: string | null;
}

/** What a lifecycle confirmation states about the journey it acts on. */
export interface LifecycleFacts {
  entries: EntryAudienceFact[];
  /** "Email, SMS" — every channel the journey may message on, fallbacks included; null without messages. */
  channels: string | null;
  warnings: string[];
  errors: number;
}

function entryFact(id: string, name: string, chosen: Audience): EntryAudienceFact {
  const base = { stepId: id, stepName: name };
  switch (chosen.type) {
    case 'all':
      return { ...base, request: { all: true }, note: null };
    case 'list':
      return chosen.listId === null
        ? { ...base, request: null, note: 'No list chosen yet.' }
        : { ...base, request: { listId: chosen.listId }, note: null };
    case 'filter':
      return { ...base, request: { filter: chosen.filter }, note: null };
    case 'customEvent':
      return {
        ...base,
        request: null,
        note: `Contacts enter when ${chosen.eventName === '' ? 'the event' : `“${chosen.eventName}”`} happens; no count ahead of time.`,
      };
    case 'orderEvent':
      return { ...base, request: null, note: 'Contacts enter with each order event; no count ahead of time.' };
  }
}

export function lifecycleFacts(
  journey: Journey,
  diagnostics: readonly Pick<Diagnostic, 'severity' | 'message'>[],
): LifecycleFacts {
  const entries = journey.nodes.flatMap((node) =>
    node.kind === 'entry' ? [entryFact(node.id, stepDisplayName(node), node.config.audience)] : [],
  );
  const { channels } = summarizeJourney(journey);
  return {
    entries,
    channels: channels.length ? channels.map(channelLabel).join(', ') : null,
    warnings: diagnostics.filter((item) => item.severity === 'warning').map((item) => item.message),
    errors: diagnostics.filter((item) => item.severity === 'error').length,
  };
}
