import { ApiError } from '../../../shared/contract/index';
import { contactFromInput } from '../audience/contact-values';
import { currentFields } from '../audience/fields-service';
import type { Clock } from '../ports/clock';
import type { Store } from '../store/store';
import type { EngineStore } from './engine-store';
import type { EventIngress, EventsRecordedListener, InboundEvent, IngestedEvent } from './event-ingress';

export interface SqliteEventIngressOptions {
  store: Store;
  /** Where events are recorded: the engine's own storage port, which reads them back. */
  events: Pick<EngineStore, 'eventIdByKey' | 'insertEvent'>;
  clock: Pick<Clock, 'now'>;
  newId: () => string;
  /** Called once per ingest call that recorded at least one new event, after its commit. */
  onRecorded?: EventsRecordedListener;
  /** Called once per ingest call that changed at least one contact, after its commit. */
  onContactsChanged?: () => void;
}

/**
 * Customer fields checked and normalised exactly as the contact form does; problems name the
 * `customer.<field>` path the sender wrote. Throws BAD_INPUT.
 */
export function customerContact(store: Store, customerId: string, customer: Record<string, unknown>, now: Date) {
  try {
    return contactFromInput({ ...customer, customerId }, store.contacts.find(customerId), {
      fields: currentFields(store),
      now,
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.issues === undefined) throw error;
    const issues = error.issues.map((issue) => ({
      path: issue.path.replace(/^contact\./, 'customer.'),
      message: issue.message,
    }));
    throw new ApiError('BAD_INPUT', issues.map((issue) => `${issue.path}: ${issue.message}`).join('; '), issues);
  }
}

/**
 * The event ingress over the shared SQLite store, recording through the engine's storage port: one transaction per call, so a batch is
 * recorded whole or not at all; a repeated idempotency key (also within the batch) answers the
 * first event's id and changes nothing, not even the contact.
 */
export function createSqliteEventIngress(options: SqliteEventIngressOptions): EventIngress {
  const { store, events: log } = options;

  const record = store.db.transaction((events: readonly InboundEvent[]) => {
    const receivedAt = options.clock.now();
    const results: IngestedEvent[] = [];
    let recorded = 0;
    let contactsChanged = 0;
    for (const event of events) {
      if (event.idempotencyKey !== undefined) {
        const existing = log.eventIdByKey(event.idempotencyKey);
        if (existing !== undefined) {
          results.push({ eventId: existing, duplicate: true });
          continue;
        }
      }
      if (event.customer !== undefined && Object.keys(event.customer).length > 0) {
        store.contacts.put(customerContact(store, event.customerId, event.customer, new Date(receivedAt)));
        contactsChanged++;
      }
      const { id: eventId } = log.insertEvent({
        id: options.newId(),
        idempotencyKey: event.idempotencyKey ?? null,
        customerId: event.customerId,
        name: event.name,
        properties: event.properties,
        occurredAt: event.occurredAt,
        receivedAt,
        source: event.source,
      });
      recorded++;
      results.push({ eventId, duplicate: false });
    }
    return { results, recorded, contactsChanged };
  });

  return {
    ingest(events) {
      if (events.length === 0) return [];
      const { results, recorded, contactsChanged } = record(events);
      if (contactsChanged > 0) options.onContactsChanged?.();
      if (recorded > 0) options.onRecorded?.();
      return results;
    },
  };
}
