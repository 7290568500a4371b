import type { Contact } from '../../../shared/audience/index';
import { contactFromInput } from '../audience/contact-values';
import { currentFields } from '../audience/fields-service';
import type { Store } from '../store/store';
import type { EngineStore } from './engine-store';
import type { EventIngress, EventsRecordedListener, IngestedEvent, InboundEvent } from './event-ingress';

export interface IngressDeps {
  store: Store;
  engineStore: EngineStore;
  now: () => number;
  newId: () => string;
}

export interface ListenableIngress extends EventIngress {
  /** Called after each committed batch that recorded something new. */
  onRecorded(listener: EventsRecordedListener): () => void;
}

/**
 * Upserts the contact (when `customer` is given) and appends the event, all events of a call in
 * one transaction: either the whole batch is recorded or none of it (a bad customer field throws
 * BAD_INPUT naming it). A repeated idempotency key answers the first event's id.
 */
export function createEventIngress({ store, engineStore, now, newId }: IngressDeps): ListenableIngress {
  const listeners = new Set<EventsRecordedListener>();
  return {
    ingest(events: readonly InboundEvent[]): IngestedEvent[] {
      const receivedAt = now();
      const results = store.transaction(() => {
        const fields = currentFields(store);
        return events.map((event): IngestedEvent => {
          if (event.customer !== undefined) {
            const existing = store.contacts.find(event.customerId);
            const contact: Contact = contactFromInput(
              {
                ...(existing === undefined ? { createdAt: new Date(receivedAt).toISOString() } : {}),
                ...event.customer,
                customerId: event.customerId,
              },
              existing,
              { fields, now: new Date(receivedAt) },
            );
            store.contacts.put(contact);
          }
          const { id, duplicate } = engineStore.insertEvent({
            id: newId(),
            idempotencyKey: event.idempotencyKey ?? null,
            customerId: event.customerId,
            name: event.name,
            properties: event.properties,
            occurredAt: event.occurredAt,
            receivedAt,
            source: event.source,
          });
          return { eventId: id, duplicate };
        });
      });
      if (results.some((result) => !result.duplicate)) for (const listener of listeners) listener();
      return results;
    },
    onRecorded(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
