import type { Journey } from '../model/index';

/**
 * The names the sending half records about messages (the engine's MESSAGE_EVENTS): "wait for
 * click" waits for `message.clicked` on the run's last message, and so on.
 */
const MESSAGE_EVENT_NAMES = {
  clicked: 'message.clicked',
  opened: 'message.opened',
  delivered: 'message.delivered',
} as const;

/** The event a contact enters on, when the entry starts on one: a custom event, or an order event by its key. */
export function entryEventName(journey: Journey): string | null {
  for (const node of journey.nodes) {
    if (node.kind !== 'entry') continue;
    const audience = node.config.audience;
    if (audience.type === 'customEvent' && audience.eventName !== '') return audience.eventName;
    if (audience.type === 'orderEvent' && audience.eventKey !== null) return audience.eventKey;
  }
  return null;
}

/**
 * Every event name the journey reacts to: its entry event, the events its waits and retargeting
 * steps wait for, its goal, and clicks and opens (which a message's recipient can always do). An
 * event outside this list changes nothing in a run of the journey.
 */
export function eventsJourneyReactsTo(journey: Journey): string[] {
  const names = new Set<string>();
  const entry = entryEventName(journey);
  if (entry !== null) names.add(entry);
  for (const node of journey.nodes) {
    if (node.kind === 'waitForEvent')
      names.add(node.config.event === 'custom' ? node.config.customEventName : MESSAGE_EVENT_NAMES[node.config.event]);
    if (node.kind === 'retarget') names.add(node.config.conversionEvent);
  }
  if (journey.settings.goal) names.add(journey.settings.goal.eventName);
  names.add(MESSAGE_EVENT_NAMES.clicked);
  names.add(MESSAGE_EVENT_NAMES.opened);
  names.delete('');
  return [...names];
}
