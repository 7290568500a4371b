import type { JourneySettings } from '../model/journey-settings';
import { eventMatchesSearch, eventsInLifecycleOrder, findEvent, type CatalogueEvent } from './catalogue';
import { allPackages, type PackageSettings } from './package-settings';
import { PARAMETER_LABELS, PARAMETER_PROPERTIES, OPTIONAL_PARAMETERS } from './parameter-settings';

export interface OrderEventGroup {
  packageId: string;
  packageLabel: string;
  events: CatalogueEvent[];
}

/** Where the event an entry starts on stands in the catalogue. */
export type ChosenOrderEvent =
  | { state: 'none' }
  | { state: 'offered'; event: CatalogueEvent }
  /** Its package is switched off in Settings → Packages: the entry still runs, but the wizard no longer offers it. */
  | { state: 'disabled'; event: CatalogueEvent }
  /** No package has the key (a custom package removed, or a key typed by hand). */
  | { state: 'unknown'; eventKey: string };

export interface OrderEventChoices {
  /** Enabled packages with their events matching the search, in lifecycle order; packages with none left out. */
  groups: OrderEventGroup[];
  /** How many events match the search, and how many the enabled packages have. */
  shown: number;
  total: number;
  chosen: ChosenOrderEvent;
}

/** The order events an entry step can start on: the enabled packages' events, searched, in lifecycle order. */
export function orderEventChoices(
  settings: PackageSettings,
  query: string,
  eventKey: string | null,
): OrderEventChoices {
  const packages = allPackages(settings);
  const enabled = packages.filter((entry) => entry.enabled).map((entry) => entry.pkg);
  const offered = eventsInLifecycleOrder(enabled);
  const matching = query.trim() === '' ? offered : offered.filter((event) => eventMatchesSearch(event, query));
  const groups: OrderEventGroup[] = [];
  for (const event of matching) {
    const last = groups.at(-1);
    if (last?.packageId === event.packageId) last.events.push(event);
    else groups.push({ packageId: event.packageId, packageLabel: event.packageLabel, events: [event] });
  }
  return { groups, shown: matching.length, total: offered.length, chosen: chosenEvent(packages, eventKey) };
}

function chosenEvent(packages: ReturnType<typeof allPackages>, eventKey: string | null): ChosenOrderEvent {
  if (eventKey === null) return { state: 'none' };
  const offered = findEvent(
    packages.filter((entry) => entry.enabled).map((entry) => entry.pkg),
    eventKey,
  );
  if (offered !== undefined) return { state: 'offered', event: offered };
  const switchedOff = findEvent(
    packages.map((entry) => entry.pkg),
    eventKey,
  );
  return switchedOff === undefined ? { state: 'unknown', eventKey } : { state: 'disabled', event: switchedOff };
}

/** One condition an order event must meet to start the journey, in words. */
export interface EntryMatchRule {
  label: string;
  /** The event property it reads (`name` for the event key). */
  property: string;
  rule: string;
}

const PERSONA_WORDS: Record<JourneySettings['persona'], string> = { customer: 'Customer', seller: 'Seller' };
const MOVEMENT_WORDS: Record<JourneySettings['movementType'], string> = { forward: 'Forward', reverse: 'Reverse' };

/**
 * What an order event must carry to start this entry, as the engine checks it: its name is the
 * key; persona and movement type must agree when the event names them; a parameter the journey
 * lists values for must be one of them, and one it lists none for takes any value.
 */
export function entryMatchRules(eventKey: string | null, settings: JourneySettings): EntryMatchRule[] {
  const rules: EntryMatchRule[] = [
    { label: 'Event', property: 'name', rule: eventKey === null ? 'no event chosen yet' : eventKey },
    {
      label: 'Persona',
      property: 'persona',
      rule: `${PERSONA_WORDS[settings.persona]}, when the event names one`,
    },
    {
      label: 'Movement type',
      property: 'movementType',
      rule: `${MOVEMENT_WORDS[settings.movementType]}, when the event names one`,
    },
  ];
  for (const name of OPTIONAL_PARAMETERS) {
    const values = settings[name];
    rules.push({
      label: PARAMETER_LABELS[name],
      property: PARAMETER_PROPERTIES[name],
      rule: values.length === 0 ? 'any' : `one of ${values.join(', ')}`,
    });
  }
  return rules;
}
