import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/contract/index';
import { createSqliteEventIngress } from '../../../../electron/services/engine/sqlite-event-ingress';
import { createSqliteEngineStore } from '../../../../electron/services/engine/sqlite-engine-store';
import type { InboundEvent } from '../../../../electron/services/engine/event-ingress';
import { openStore, type Store } from '../../../../electron/services/store/store';
import { useTempDir } from '../../../support/temp-dir';

const tempDir = useTempDir();

function setUp() {
  const store: Store = openStore(tempDir());
  let next = 0;
  let recorded = 0;
  let contactsChanged = 0;
  const ingress = createSqliteEventIngress({
    store,
    events: createSqliteEngineStore(store.db),
    clock: { now: () => Date.UTC(2026, 4, 1, 12) },
    newId: () => `event-${++next}`,
    onRecorded: () => recorded++,
    onContactsChanged: () => contactsChanged++,
  });
  const rows = () => store.db.prepare('SELECT * FROM engine_events ORDER BY received_at, id').all();
  return { store, ingress, rows, counts: () => ({ recorded, contactsChanged }) };
}

const event = (overrides: Partial<InboundEvent> = {}): InboundEvent => ({
  customerId: 'c-1',
  name: 'order.shipped',
  properties: { orderId: 'A-17', total: 42.5 },
  occurredAt: Date.UTC(2026, 4, 1, 11),
  source: 'api',
  ...overrides,
});

describe('SQLite event ingress', () => {
  it('records an event with its times, source and properties, and tells the listener after commit', () => {
    const { store, ingress, rows, counts } = setUp();
    expect(ingress.ingest([event()])).toEqual([{ eventId: 'event-1', duplicate: false }]);
    expect(rows()).toEqual([
      {
        id: 'event-1',
        idempotency_key: null,
        customer_id: 'c-1',
        name: 'order.shipped',
        properties: '{"orderId":"A-17","total":42.5}',
        occurred_at: Date.UTC(2026, 4, 1, 11),
        received_at: Date.UTC(2026, 4, 1, 12),
        source: 'api',
        processed_at: null,
      },
    ]);
    expect(counts()).toEqual({ recorded: 1, contactsChanged: 0 });
    store.close();
  });

  it('accepts a repeated idempotency key once, answering the first event id, also within one batch', () => {
    const { store, ingress, rows, counts } = setUp();
    const first = ingress.ingest([event({ idempotencyKey: 'k-1' })]);
    const again = ingress.ingest([
      event({ idempotencyKey: 'k-1', name: 'something.else', customer: { email: 'x@example.com' } }),
    ]);
    expect(again).toEqual([{ eventId: first[0]!.eventId, duplicate: true }]);
    expect(ingress.ingest([event({ idempotencyKey: 'k-2' }), event({ idempotencyKey: 'k-2' })])).toEqual([
      { eventId: 'event-2', duplicate: false },
      { eventId: 'event-2', duplicate: true },
    ]);
    expect(rows()).toHaveLength(2);
    // A duplicate changes nothing: no contact was written, and the listener heard only of new events.
    expect(store.contacts.find('c-1')).toBeUndefined();
    expect(counts()).toEqual({ recorded: 2, contactsChanged: 0 });
    store.close();
  });

  it('upserts the contact from `customer` before recording, keeping fields it does not name', () => {
    const { store, ingress, counts } = setUp();
    ingress.ingest([event({ customer: { email: 'Ada@Example.com', language: 'en' } })]);
    expect(store.contacts.find('c-1')).toMatchObject({ customerId: 'c-1', email: 'Ada@example.com', language: 'en' });
    ingress.ingest([event({ customer: { language: 'de' } })]);
    expect(store.contacts.find('c-1')).toMatchObject({ email: 'Ada@example.com', language: 'de' });
    expect(counts()).toEqual({ recorded: 2, contactsChanged: 2 });
    store.close();
  });

  it('refuses a batch with a bad customer field whole, naming customer.<field>, and records nothing', () => {
    const { store, ingress, rows, counts } = setUp();
    let thrown: unknown;
    try {
      ingress.ingest([event({ customerId: 'c-2' }), event({ customer: { email: 'not an address', shoeSize: 3 } })]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ApiError);
    expect((thrown as ApiError).code).toBe('BAD_INPUT');
    expect((thrown as ApiError).issues?.map((issue) => issue.path)).toEqual(['customer.email', 'customer.shoeSize']);
    expect(rows()).toEqual([]);
    expect(counts()).toEqual({ recorded: 0, contactsChanged: 0 });
    store.close();
  });
});
