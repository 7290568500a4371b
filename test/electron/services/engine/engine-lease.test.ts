import { describe, expect, it } from 'vitest';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { useTempDir } from '../../../support/temp-dir';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-lease-');
const connect = useEngineCores(tempDir);

function tagged(sentBy: string[], name: string) {
  return (outbox: MessageProvider): MessageProvider => ({
    name,
    send: (message, key) => {
      sentBy.push(name);
      return outbox.send(message, key);
    },
  });
}

describe('one sender per data folder', () => {
  it('the second process stands by; it takes over when the lease expires; no message is sent twice', async () => {
    const dataDir = tempDir();
    const sentBy: string[] = [];
    const lease = { leaseMs: 9000, watchMs: 1000 };
    const first = connect({
      dataDir,
      clock: createVirtualClock(START),
      engine: { ...lease, provider: tagged(sentBy, 'first') },
    });
    const second = connect({
      dataDir,
      clock: createVirtualClock(START),
      engine: { ...lease, provider: tagged(sentBy, 'second') },
    });
    expect(first.engine.isLeader()).toBe(true);
    expect(second.engine.isLeader()).toBe(false);

    const sms = await first.smsTemplate();
    await first.contact({ customerId: 'a', phone: '+34600000001' });
    await first.launch([
      eventEntry('go', 'msg'),
      step('msg', 'message', { channel: 'sms', templateId: sms.id }, { next: 'exit' }),
      step('exit', 'exit'),
    ]);
    // Recorded through the standby's ingress (as the CLI would): the leader notices the commit.
    await second.send('a', 'go', { n: 1 });
    expect(first.outbox()).toHaveLength(0);
    await first.advanceTo(START + 1000);
    await second.advanceTo(START + 1000);
    expect(first.outbox()).toHaveLength(1);

    // The first process stops renewing (as if killed); after its lease runs out the second sends.
    await second.send('a', 'go', { n: 2 });
    await second.advanceTo(START + 6000);
    expect(second.engine.isLeader()).toBe(false);
    await second.advanceTo(START + 12_000);
    expect(second.engine.isLeader()).toBe(true);
    expect(second.outbox()).toHaveLength(1); // re-entry "never": the second event starts nothing
    await second.contact({ customerId: 'b', phone: '+34600000002' });
    await second.send('b', 'go');
    expect(second.outbox()).toHaveLength(2);
    // The first process wakes up: it finds the lease taken and stands down.
    await first.advanceTo(START + 20_000);
    expect(first.engine.isLeader()).toBe(false);
    await first.send('b', 'go');
    expect(sentBy).toEqual(['first', 'second']);
    const keys = first.db.prepare('SELECT idempotency_key, count(*) AS n FROM outbox_messages GROUP BY 1').all() as {
      n: number;
    }[];
    expect(keys.every((row) => row.n === 1)).toBe(true);
  });

  it('the ingress accepts a repeated idempotency key once and answers the first event id', async () => {
    const e = connect();
    const [first] = e.core.ingress.ingest([
      {
        customerId: 'a',
        name: 'go',
        properties: {},
        occurredAt: START,
        idempotencyKey: 'k1',
        source: 'api',
        customer: { email: 'a@example.com' },
      },
    ]);
    const [again] = e.core.ingress.ingest([
      { customerId: 'a', name: 'go', properties: {}, occurredAt: START, idempotencyKey: 'k1', source: 'cli' },
    ]);
    expect(first!.duplicate).toBe(false);
    expect(again).toEqual({ eventId: first!.eventId, duplicate: true });
    expect(e.db.prepare('SELECT count(*) FROM engine_events').pluck().get()).toBe(1);
    expect((await e.client.contacts.get({ customerId: 'a' })).contact.email).toBe('a@example.com');
  });
});
