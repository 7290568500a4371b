import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type AppCore } from '../../../../electron/services/app-services';
import type { MessageProvider } from '../../../../electron/services/providers/provider';
import { createVirtualClock } from '../../../../electron/services/runtime/virtual-clock';
import { contract, createClient } from '../../../../shared/contract/index';
import { putSmsContacts, seededStep } from '../../../support/engine-seed';
import { inProcessTransport } from '../../../support/in-process-transport';
import { useTempDir } from '../../../support/temp-dir';
import { until } from '../../../support/until';
import { bundleEngineChild, startEngineProcess, type EngineProcess } from './support/engine-process';
import { START, step, useEngineCores, eventEntry } from './support/engine-harness';

const tempDir = useTempDir('journey-studio-engine-lease-');
const connect = useEngineCores(tempDir);
const root = path.resolve(__dirname, '../../../..');
const processes: EngineProcess[] = [];
const cores: AppCore[] = [];
afterEach(async () => {
  await Promise.all(processes.splice(0).map((engine) => engine.kill()));
  await Promise.all(cores.splice(0).map((core) => core.stop()));
});

/** A data folder with `contacts` SMS contacts and an active journey: event "go" → SMS → exit. */
async function eventJourneyFolder(dataDir: string, contacts: number): Promise<AppCore> {
  const core = startCore({ dataDir, host: 'browser', appVersion: 'test' });
  cores.push(core);
  const client = createClient(contract, inProcessTransport(core));
  await client.settings.set({ key: 'channels.sms.provider', value: 'local' });
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'Hello',
    content: { body: 'Hi {{ customer.customerId }}', senderId: 'SHOP' },
  });
  putSmsContacts(core.context.store, contacts, 3);
  const created = await client.journeys.create({ name: 'Lease' });
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'customEvent', eventName: 'go', propertyRules: [] } }),
    seededStep('msg', 'message', { channel: 'sms', templateId: sms.id }),
    seededStep('exit', 'exit'),
  ];
  const edges = [
    { id: 'entry-next', source: 'entry', sourceHandle: 'next', target: 'msg' },
    { id: 'msg-next', source: 'msg', sourceHandle: 'next', target: 'exit' },
  ];
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
  return core;
}

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

  it(
    'two engine processes on one folder: one sends; killed with SIGKILL, the other takes over within the lease; no message twice',
    { timeout: 60_000 },
    async () => {
      const dataDir = tempDir();
      const leaseMs = 1500;
      const watchMs = 100;
      // This process records events as the CLI or the events API would; it runs no engine.
      const shop = await eventJourneyFolder(dataDir, 180);
      const go = (from: number, to: number) =>
        shop.ingress.ingest(
          Array.from({ length: to - from }, (_, i) => ({
            customerId: `c${String(from + i).padStart(3, '0')}`,
            name: 'go',
            properties: {},
            occurredAt: Date.now(),
            source: 'cli' as const,
          })),
        );
      const bundle = path.join(tempDir(), 'engine-child.cjs');
      await bundleEngineChild(root, bundle);
      const start = async () => {
        const engine = await startEngineProcess(root, bundle, {
          dataDir,
          engine: { leaseMs, watchMs, batchSize: 10 },
          reportSends: true,
        });
        processes.push(engine);
        return engine;
      };

      const first = await start();
      await first.waitFor('leading', 5000);
      const second = await start();
      await second.waitFor('standing by', 5000);
      go(0, 60);
      await until(() => first.sent.length === 60, 20_000);
      expect(second.sent).toEqual([]);
      expect(second.leading()).toBe(false);

      go(60, 120);
      await until(() => first.sent.length > 60, 20_000); // killed while it works through the second batch
      await first.kill();
      const killedAt = Date.now();
      await second.waitFor('leading', leaseMs + 5000);
      const takeover = Date.now() - killedAt;
      expect(takeover).toBeLessThanOrEqual(leaseMs + 1000);
      go(120, 180); // recorded after the kill: only the second process can send these

      const db = new Database(path.join(dataDir, 'journey-studio.sqlite'), { readonly: true });
      try {
        const count = () => db.prepare('SELECT count(*) FROM outbox_messages').pluck().get() as number;
        await until(() => count() === 180, 20_000);
        expect(second.sent.length).toBeGreaterThanOrEqual(60);
        const perContact = db.prepare('SELECT contact_id, count(*) AS n FROM outbox_messages GROUP BY 1').all() as {
          n: number;
        }[];
        expect(perContact).toHaveLength(180);
        expect(perContact.every((row) => row.n === 1)).toBe(true);
        // A key the second process sent again is one the first had handed to the outbox when it died.
        const firstKeys = new Set(first.sent);
        expect(second.sent.filter((key) => firstKeys.has(key)).length).toBeLessThanOrEqual(10);
      } finally {
        db.close();
      }
    },
  );

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
