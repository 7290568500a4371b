import type { Journey } from '../model/index';
import { audienceEventNames } from '../model/nodes/entry';
import { MESSAGE_EVENTS } from './message-events';

/** The names every entry of the journey starts runs on, in the order of its entries. */
function entryEventNames(journey: Journey): string[] {
  return journey.nodes.flatMap((node) => (node.kind === 'entry' ? audienceEventNames(node.config.audience) : []));
}

/** The event a contact enters on, when an entry starts on one: the first entry's custom event, or its order event by key. */
export function entryEventName(journey: Journey): string | null {
  return entryEventNames(journey)[0] ?? null;
}

/**
 * Every event name the journey reacts to: each name its entries start on (an order event under
 * each name the engine accepts), the events its waits and retargeting steps wait for, its goal,
 * and clicks and opens (which a message's recipient can always do). An event outside this list
 * changes nothing in a run of the journey.
 */
export function eventsJourneyReactsTo(journey: Journey): string[] {
  const names = new Set<string>(entryEventNames(journey));
  for (const node of journey.nodes) {
    if (node.kind === 'waitForEvent')
      names.add(node.config.event === 'custom' ? node.config.customEventName : MESSAGE_EVENTS[node.config.event]);
    if (node.kind === 'retarget') names.add(node.config.conversionEvent);
  }
  if (journey.settings.goal) names.add(journey.settings.goal.eventName);
  names.add(MESSAGE_EVENTS.clicked);
  names.add(MESSAGE_EVENTS.opened);
  names.delete('');
  return [...names];
}
