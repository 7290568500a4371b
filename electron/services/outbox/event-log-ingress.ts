import type { EventIngress, IngestedEvent, InboundEvent } from '../engine/event-ingress';
import type { Db } from '../store/database';

export interface EventLogIngressOptions {
  now: () => number;
  newId: () => string;
  /** Told after the events are committed. */
  onRecorded?: () => void;
}

/**
 * The smallest EventIngress: appends to `engine_events` idempotently, in one transaction. It does
 * not upsert customer fields (`customer` is ignored); the outbox never sends any.
 */
export function createEventLogIngress(db: Db, options: EventLogIngressOptions): EventIngress {
  const insert = db.prepare(
    `INSERT OR IGNORE INTO engine_events
       (id, idempotency_key, customer_id, name, properties, occurred_at, received_at, source)
     VALUES (@id, @idempotencyKey, @customerId, @name, @properties, @occurredAt, @receivedAt, @source)`,
  );
  const byKey = db.prepare('SELECT id FROM engine_events WHERE idempotency_key = ?');
  const ingestAll = db.transaction((events: readonly InboundEvent[]): IngestedEvent[] => {
    const receivedAt = options.now();
    return events.map((event) => {
      const id = options.newId();
      const { changes } = insert.run({
        id,
        idempotencyKey: event.idempotencyKey ?? null,
        customerId: event.customerId,
        name: event.name,
        properties: JSON.stringify(event.properties),
        occurredAt: event.occurredAt,
        receivedAt,
        source: event.source,
      });
      if (changes === 1) return { eventId: id, duplicate: false };
      return { eventId: (byKey.get(event.idempotencyKey) as { id: string }).id, duplicate: true };
    });
  });
  return {
    ingest(events) {
      const ingested = ingestAll(events);
      if (ingested.some((event) => !event.duplicate)) options.onRecorded?.();
      return ingested;
    },
  };
}
