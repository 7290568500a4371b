import { compileFilter, type Contact, type FieldDefinition } from '../../../shared/audience/index';
import type { JourneyNode, JourneySettings } from '../../../shared/model/index';
import { audienceEventNames, enrolsLater } from '../../../shared/model/nodes/entry';
import type { Store } from '../store/store';
import type { Run, StoredEvent } from './engine-store';
import { eventAsContact } from './executors/condition';

type EntryNode = Extract<JourneyNode, { kind: 'entry' }>;

/** Entries that enrol existing contacts at activation (rather than on events). */
export function isAudienceEntry(node: JourneyNode): node is EntryNode {
  return node.kind === 'entry' && ['all', 'list', 'filter'].includes(node.config.audience.type);
}

/** Audience entries that also enrol contacts who match after activation (when they change). */
export function enrolsLaterEntry(node: JourneyNode): node is EntryNode {
  return node.kind === 'entry' && enrolsLater(node.config);
}

export function audiencePredicate(
  node: EntryNode,
  store: Store,
  fields: readonly FieldDefinition[],
  now: number,
): (contact: Contact) => boolean {
  const audience = node.config.audience;
  switch (audience.type) {
    case 'all':
      return () => true;
    case 'list': {
      const { listId } = audience;
      return (contact) => listId !== null && store.lists.isMember(listId, contact.customerId);
    }
    case 'filter':
      return compileFilter(audience.filter, {
        fields,
        now: new Date(now),
        listMembership: (listId, customerId) => store.lists.isMember(listId, customerId),
      });
    default:
      return () => false;
  }
}

/** An event's property as text, or null when it has none. */
function textProperty(event: StoredEvent, key: string): string | null {
  const value = event.properties[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/**
 * The journey's order parameters: persona and movement type must agree when the event names
 * them; courier accounts, languages and order types, when the journey lists any, must include
 * the event's.
 */
function orderParametersMatch(settings: JourneySettings, event: StoredEvent): boolean {
  const persona = textProperty(event, 'persona');
  if (persona !== null && persona !== settings.persona) return false;
  const movement = textProperty(event, 'movementType');
  if (movement !== null && movement !== settings.movementType) return false;
  const listed = (values: readonly string[], key: string) => {
    if (values.length === 0) return true;
    const value = textProperty(event, key);
    return value !== null && values.includes(value);
  };
  return (
    listed(settings.courierAccounts, 'courierAccount') &&
    listed(settings.languages, 'language') &&
    listed(settings.orderTypes, 'orderType')
  );
}

/** Whether an event starts a run at this entry: name and property rules, or the order event and its parameters. */
export function eventEntryMatches(node: JourneyNode, settings: JourneySettings, event: StoredEvent): boolean {
  if (node.kind !== 'entry') return false;
  const audience = node.config.audience;
  if (!audienceEventNames(audience).includes(event.name)) return false;
  if (audience.type === 'customEvent') {
    if (audience.propertyRules.length === 0) return true;
    const filter = {
      combinator: 'and' as const,
      groups: [{ combinator: 'and' as const, rules: audience.propertyRules }],
    };
    const subject = eventAsContact(
      event.properties,
      audience.propertyRules.map((rule) => rule.field),
      new Date(event.occurredAt).toISOString(),
    );
    return compileFilter(filter, { fields: subject.fields, now: new Date(event.receivedAt) })(subject.contact);
  }
  return audience.type === 'orderEvent' && orderParametersMatch(settings, event);
}

/** never: once per contact; always: again once the last run ended; after a period: also not sooner than that after the last start. */
export function reEntryAllows(reEntry: JourneySettings['reEntry'], latest: Run | undefined, now: number): boolean {
  if (latest === undefined) return true;
  switch (reEntry.mode) {
    case 'never':
      return false;
    case 'always':
      return latest.status === 'ended';
    case 'after-period':
      return latest.status === 'ended' && now - latest.startedAt >= reEntry.periodHours * 3600_000;
  }
}
