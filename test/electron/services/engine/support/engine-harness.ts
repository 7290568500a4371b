import {
  createNode,
  type Journey,
  type JourneyNode,
  type JourneySettings,
  type NodeKind,
  type NodeOfKind,
} from '../../../../../shared/model/index';
import type { Channel } from '../../../../../shared/model/index';
import { createVirtualClock, type VirtualClock } from '../../../../../electron/services/runtime/virtual-clock';
import type { EngineHostOptions, StartCoreOptions } from '../../../../../electron/services/app-services';
import type { ContactInput } from '../../../../../shared/audience/index';
import { useCores } from '../../support/connect';

/** Monday 5 January 2026, 12:00 UTC. */
export const START = Date.UTC(2026, 0, 5, 12, 0);

export interface Step<K extends NodeKind = NodeKind> {
  id: string;
  kind: K;
  config?: Partial<NodeOfKind<K>['config']>;
  /** output id → target step id */
  to?: Record<string, string>;
  /** The step's name on the canvas; the kind's default unless given. */
  label?: string;
}

export function step<K extends NodeKind>(
  id: string,
  kind: K,
  config: Partial<NodeOfKind<K>['config']> = {},
  to: Record<string, string> = {},
  label?: string,
): Step<K> {
  return { id, kind, config, to, ...(label === undefined ? {} : { label }) };
}

/** The entry every event-started test journey uses: a custom event with no property rules. */
export function eventEntry(eventName: string, next: string): Step<'entry'> {
  return step('entry', 'entry', { audience: { type: 'customEvent', eventName, propertyRules: [] } }, { next });
}

/** An entry on the order-lifecycle package's `eventKey` event (`shipped`, …). */
export function orderEntry(eventKey: string, next: string, id = 'entry'): Step<'entry'> {
  return step(id, 'entry', { audience: { type: 'orderEvent', packageId: 'order-lifecycle', eventKey } }, { next });
}

export interface OutboxRow {
  id: string;
  idempotency_key: string;
  channel: string;
  recipient: string;
  journey_id: string;
  node_id: string;
  run_id: number;
  contact_id: string;
  rendered: string;
  created_at: number;
}

/** The steps as a journey's nodes (a kind's defaults under the config given) and edges. */
export function graphOf(steps: readonly Step[]): Pick<Journey, 'nodes' | 'edges'> {
  const nodes = steps.map((s, index): JourneyNode => {
    const node = createNode(s.kind, { id: s.id, position: { x: index * 300, y: 0 } });
    // A config with its own discriminator (a delay's mode) replaces the defaults rather than merging.
    const config = s.config && 'mode' in s.config ? s.config : { ...node.config, ...s.config };
    return { ...node, ...(s.label === undefined ? {} : { label: s.label }), config } as JourneyNode;
  });
  const edges = steps.flatMap((s) =>
    Object.entries(s.to ?? {}).map(([handle, target]) => ({
      id: `${s.id}-${handle}`,
      source: s.id,
      sourceHandle: handle,
      target,
    })),
  );
  return { nodes, edges };
}

/**
 * A core running the engine on a virtual clock over a real SQLite file, with helpers to build and
 * activate journeys through the same API the app uses, send events, and move time.
 */
export function useEngineCores(tempDir: () => string) {
  const connect = useCores(tempDir);
  return (
    options: {
      clock?: VirtualClock;
      dataDir?: string;
      engine?: EngineHostOptions;
      host?: StartCoreOptions['host'];
    } = {},
  ) => {
    const clock = options.clock ?? createVirtualClock(START);
    const { client, core } = connect({
      clock,
      ...(options.host ? { host: options.host } : {}),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      engine: { leaseMs: 24 * 3600_000, watchMs: null, ...options.engine },
    });
    const engine = core.engine!;
    const db = core.context.store.db;

    const idle = () => engine.idle();

    /** Moves time to `target`, letting the engine finish each due batch at its due time. */
    async function advanceTo(target: number): Promise<void> {
      await idle();
      for (;;) {
        const next = clock.nextDue();
        if (next === null || next > target) break;
        clock.advanceTo(next);
        await idle();
      }
      clock.advanceTo(target);
      await idle();
    }

    async function templates() {
      for (const channel of ['email', 'sms', 'whatsapp', 'push', 'telegram'] as const)
        await client.settings.set({ key: `channels.${channel}.provider`, value: 'local' });
    }

    async function smsTemplate(body = 'Hi {{ customer.customerId }}') {
      await templates();
      return client.templates.create({
        channel: 'sms',
        name: `SMS ${body.slice(0, 20)}`,
        content: { body, senderId: 'SHOP' },
      });
    }

    async function template(channel: Channel, content: Record<string, unknown>) {
      await templates();
      return client.templates.create({ channel, name: `${channel} template`, content } as never);
    }

    async function launch(steps: Step[], settings: Partial<JourneySettings> = {}, name = 'Journey'): Promise<Journey> {
      const created = await client.journeys.create({ name });
      const journey = { ...created.journey, ...graphOf(steps), settings: { ...created.journey.settings, ...settings } };
      const saved = await client.journeys.save({ journey, expectedRevision: created.revision });
      const activated = await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
      await idle();
      return activated.journey;
    }

    async function contact(input: Partial<ContactInput> & { customerId: string }) {
      await client.contacts.save({ contact: { ...input } as Record<string, unknown> } as never);
    }

    async function send(customerId: string, name: string, properties: Record<string, unknown> = {}) {
      const [result] = core.ingress.ingest([{ customerId, name, properties, occurredAt: clock.now(), source: 'api' }]);
      await idle();
      return result!;
    }

    const outbox = () => db.prepare('SELECT * FROM outbox_messages ORDER BY created_at, rowid').all() as OutboxRow[];
    const runs = () =>
      db.prepare('SELECT * FROM engine_runs ORDER BY id').all() as {
        id: number;
        contact_id: string;
        node_id: string;
        status: string;
        outcome: string | null;
        version: number;
      }[];
    const stepLog = (runId?: number) =>
      (
        db
          .prepare(`SELECT * FROM engine_step_log ${runId === undefined ? '' : 'WHERE run_id = ?'} ORDER BY id`)
          .all(...(runId === undefined ? [] : [runId])) as {
          node_id: string;
          decision: string;
          detail: string;
          at: number;
        }[]
      ).map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
    const counters = (journeyId: string) =>
      Object.fromEntries(
        (
          db
            .prepare('SELECT node_id, counter, value FROM engine_node_counters WHERE journey_id = ?')
            .all(journeyId) as { node_id: string; counter: string; value: number }[]
        ).map((row) => [`${row.node_id}.${row.counter}`, row.value]),
      );

    return {
      client,
      core,
      engine,
      clock,
      db,
      idle,
      advanceTo,
      smsTemplate,
      template,
      launch,
      contact,
      send,
      outbox,
      runs,
      stepLog,
      counters,
    };
  };
}
