import { z } from 'zod';
import { ApiError } from '../../../shared/contract/index';
import { contactFromInput } from '../audience/contact-values';
import { currentFields } from '../audience/fields-service';
import type { Clock } from '../ports/clock';
import type { Store } from '../store/store';
import type { EventIngress, EventsRecordedListener, InboundEvent, IngestedEvent } from './event-ingress';

export interface SqliteEventIngressOptions {
  store: Store;
  clock: Pick<Clock, 'now'>;
  newId: () => string;
  /** Called once per ingest call that recorded at least one new event, after its commit. */
  onRecorded?: EventsRecordedListener;
  /** Called once per ingest call that changed at least one contact, after its commit. */
  onContactsChanged?: () => void;
}

const ExistingIdSchema = z.string();

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
 * The event ingress over the shared SQLite store: one transaction per call, so a batch is
 * recorded whole or not at all; a repeated idempotency key (also within the batch) answers the
 * first event's id and changes nothing, not even the contact.
 */
export function createSqliteEventIngress(options: SqliteEventIngressOptions): EventIngress {
  const { store } = options;
  const selectByKey = store.db.prepare('SELECT id FROM engine_events WHERE idempotency_key = ?').pluck();
  const insert = store.db.prepare(
    `INSERT INTO engine_events (id, idempotency_key, customer_id, name, properties, occurred_at, received_at, source)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  const record = store.db.transaction((events: readonly InboundEvent[]) => {
    const receivedAt = options.clock.now();
    const results: IngestedEvent[] = [];
    let recorded = 0;
    let contactsChanged = 0;
    for (const event of events) {
      if (event.idempotencyKey !== undefined) {
        const existing = selectByKey.get(event.idempotencyKey);
        if (existing !== undefined) {
          results.push({ eventId: ExistingIdSchema.parse(existing), duplicate: true });
          continue;
        }
      }
      if (event.customer !== undefined && Object.keys(event.customer).length > 0) {
        store.contacts.put(customerContact(store, event.customerId, event.customer, new Date(receivedAt)));
        contactsChanged++;
      }
      const eventId = options.newId();
      insert.run(
        eventId,
        event.idempotencyKey ?? null,
        event.customerId,
        event.name,
        JSON.stringify(event.properties),
        event.occurredAt,
        receivedAt,
        event.source,
      );
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
