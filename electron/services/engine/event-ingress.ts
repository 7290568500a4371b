/**
 * The one way an event enters the sending half: the events API, the CLI's send-event, the app's
 * "Send test event" dialog and clicks in the outbox all call `ingest`. It validates nothing itself
 * (callers parse with the contract's schemas first); it upserts the contact's fields when given,
 * appends to `engine_events` idempotently and tells the engine there is work.
 */
export interface InboundEvent {
  customerId: string;
  name: string;
  properties: Record<string, unknown>;
  /** Epoch milliseconds; the receive time when the sender gave none. */
  occurredAt: number;
  /** A repeated key is accepted once: the first event's id is answered again. */
  idempotencyKey?: string;
  /** Customer fields to upsert on the contact before the event is recorded. */
  customer?: Record<string, unknown>;
  source: 'api' | 'cli' | 'app' | 'outbox';
}

export interface IngestedEvent {
  eventId: string;
  /** True when the idempotency key had been seen: nothing new was recorded. */
  duplicate: boolean;
}

export interface EventIngress {
  ingest(events: readonly InboundEvent[]): IngestedEvent[];
}

/** Told after events are committed, so a running engine wakes at once instead of on its next timer. */
export type EventsRecordedListener = () => void;
