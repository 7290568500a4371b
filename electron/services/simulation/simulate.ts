import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContactSchema, type Contact, type CustomField, type FieldDefinition } from '../../../shared/audience/index';
import {
  ApiError,
  delayMs,
  ScriptedEventSchema,
  type ScriptedEvent,
  type SimulatedContact,
  type SimulatedStep,
  type SimulationResult,
  type Template,
} from '../../../shared/contract/index';
import type { Journey } from '../../../shared/model/index';
import { startCore, type AppCore } from '../app-services';
import type { MjmlRenderer } from '../rendering/mjml-renderer';
import { contactFromInput } from '../audience/contact-values';
import { currentFields } from '../audience/fields-service';
import { createVirtualClock, type VirtualClock } from '../runtime/virtual-clock';
import { explainDecision } from '../stats/branch-reasons';
import { MESSAGE_EVENTS } from '../engine/message-events';
import { entryEventName, eventsJourneyReactsTo } from '../../../shared/journey/journey-events';
import { localTime } from './local-time';

export interface SimulationSpec {
  /** The document to run (a draft or a frozen version), with the templates its messages name. */
  journey: Journey;
  templates: readonly Template[];
  fields: readonly CustomField[];
  /** Stored contacts, or contacts as the contacts API takes them (`customerId` and their fields). */
  profiles: readonly Record<string, unknown>[];
  /**
   * Where each profile came from in the caller's input, for error messages (`profiles[2]`, or
   * `profiles[0] (generated-5)` for one of a batch); `profiles[<index>]` when absent.
   */
  profileSources?: readonly string[];
  /** Sent for every profile at the start; by default the entry's own event, when it starts on one. */
  entryEvent?: { name: string; properties?: Record<string, unknown> };
  events?: readonly ScriptedEvent[];
  /** Epoch ms the simulated clock starts at. */
  start: number;
  /** How long the journey runs in simulated time; 60 days by default. */
  horizonMs?: number;
  /** The version number the result names (null for a draft). */
  version?: number | null;
  mjmlWorkerPath?: string;
  /** Timelines for the first this many profiles and those of `timelineOf`; every profile's when absent. */
  timelinesFor?: number;
  timelineOf?: readonly string[];
  /** A running MJML worker to render with instead of starting one from `mjmlWorkerPath`; left running. */
  mjml?: MjmlRenderer;
}

export class SimulationError extends Error {}

const DEFAULT_HORIZON_MS = 60 * 86_400_000;
/** The scratch engine is the only one on its database: its lease never needs renewing within the horizon. */
const SCRATCH_LEASE_MS = 10 * 366 * 86_400_000;

/**
 * Webhooks are not called in a simulation (they would reach real systems): each call is answered
 * here with an empty 200, and the timeline shows the request the engine built.
 */
const simulatedFetch: typeof fetch = async () =>
  new Response('', { status: 200, headers: { 'x-journey-studio-simulated': '1' } });

/** Runs the journey in a scratch data folder with the real engine on a virtual clock, then removes the folder. */
export async function simulate(spec: SimulationSpec): Promise<SimulationResult> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'journey-studio-simulation-'));
  const clock = createVirtualClock(spec.start);
  let core: AppCore | null = null;
  try {
    core = startCore({
      dataDir,
      host: 'browser',
      appVersion: 'simulation',
      clock,
      secretKey: randomBytes(32),
      mjmlWorkerPath: spec.mjmlWorkerPath,
      sharedMjml: spec.mjml,
      engine: { leaseMs: SCRATCH_LEASE_MS, watchMs: null, fetch: simulatedFetch, holder: 'simulation' },
    });
    // Speed over durability: the scratch database is thrown away afterwards.
    core.context.store.db.pragma('synchronous = OFF');
    const customerIds = seed(core, spec);
    for (const [index, customerId] of (spec.timelineOf ?? []).entries())
      if (!customerIds.includes(customerId))
        throw new SimulationError(`timelineOf[${index}]: "${customerId}" is not one of the simulated profiles.`);
    await play(core, clock, spec, customerIds);
    return collect(core, spec, customerIds);
  } finally {
    if (core !== null) await core.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Writes the spec into a scratch core's database; returns the simulated customer ids in order. */
export function seed(core: AppCore, spec: SimulationSpec): string[] {
  const { store } = core.context;
  const now = new Date(spec.start).toISOString();
  // One transaction, and no "contacts changed" news: the engine has nothing to do until the script starts.
  return store.transaction(() => {
    for (const field of spec.fields) store.fields.insert(field, now);
    for (const template of spec.templates) store.templates.put(template);
    const fields = currentFields(store);
    const customerIds = new Set<string>();
    for (const [index, profile] of spec.profiles.entries()) {
      const source = spec.profileSources?.[index] ?? `profiles[${index}]`;
      const customerId = typeof profile.customerId === 'string' ? profile.customerId.trim() : '';
      if (customerId === '') throw new SimulationError(`${source}.customerId: a profile needs a customer ID.`);
      if (customerIds.has(customerId))
        throw new SimulationError(`${source}.customerId: "${customerId}" is simulated twice.`);
      customerIds.add(customerId);
      // A stored contact goes in as it is; fields typed in are checked and normalised as the contacts API does.
      const stored = 'createdAt' in profile ? ContactSchema.safeParse(profile) : null;
      if (stored?.success) store.contacts.put(stored.data);
      else store.contacts.put(contactOf(profile, source, fields, new Date(spec.start)));
    }
    // The document becomes the scratch database's live version, frozen with its templates, as Activate does.
    const journey: Journey = { ...spec.journey, status: 'active' };
    store.journeys.insert(journey);
    const frozen = store.versions.freeze(journey, [...spec.templates], now);
    store.journeys.save(journey, 1, { liveVersion: frozen.version, draftOpen: false });
    return [...customerIds];
  });
}

function contactOf(profile: Record<string, unknown>, source: string, fields: FieldDefinition[], now: Date): Contact {
  try {
    return contactFromInput(profile, undefined, { fields, now });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const issues = (error.issues ?? []).map((issue) => `${issue.path}: ${issue.message}`).join('; ');
    throw new SimulationError(`${source}: ${error.message}${issues ? ` (${issues})` : ''}`);
  }
}

interface TimedEvent {
  at: number;
  customerId: string;
  name: string;
  properties: Record<string, unknown>;
}

function entryEventOf(spec: SimulationSpec): { name: string; properties: Record<string, unknown> } | null {
  if (spec.entryEvent) return { name: spec.entryEvent.name, properties: spec.entryEvent.properties ?? {} };
  const name = entryEventName(spec.journey);
  return name === null ? null : { name, properties: {} };
}

/** An event the journey never reacts to would change nothing: most likely a misspelt name. */
function checkEventName(name: string, field: string, journey: Journey): void {
  const known = eventsJourneyReactsTo(journey);
  if (known.includes(name)) return;
  throw new SimulationError(
    `${field}: "${name}" is not an event this journey reacts to, so it would change nothing; it reacts to ${known.map((known) => `"${known}"`).join(', ')}.`,
  );
}

function scriptOf(spec: SimulationSpec, customerIds: readonly string[]): TimedEvent[] {
  const timed: TimedEvent[] = [];
  const entry = entryEventOf(spec);
  if (spec.entryEvent) checkEventName(spec.entryEvent.name, 'entryEvent.name', spec.journey);
  if (entry) for (const customerId of customerIds) timed.push({ at: spec.start, customerId, ...entry });
  for (const [index, raw] of (spec.events ?? []).entries()) {
    const parsed = ScriptedEventSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new SimulationError(
        `events[${index}]${issue.path.map((key) => `.${String(key)}`).join('')}: ${issue.message}`,
      );
    }
    const event = parsed.data;
    checkEventName(event.name, `events[${index}].name`, spec.journey);
    if (event.customerId !== undefined && !customerIds.includes(event.customerId))
      throw new SimulationError(
        `events[${index}].customerId: "${event.customerId}" is not one of the simulated profiles.`,
      );
    const at = spec.start + delayMs(event.after);
    for (const customerId of event.customerId === undefined ? customerIds : [event.customerId])
      timed.push({ at, customerId, name: event.name, properties: event.properties });
  }
  // Stable: events at the same time keep the script's order.
  return timed
    .map((event, order) => ({ event, order }))
    .sort((a, b) => a.event.at - b.event.at || a.order - b.order)
    .map(({ event }) => event);
}

/** A click or open names a message; without one, the contact's latest message at that moment. */
function withMessageKey(core: AppCore, event: TimedEvent): TimedEvent {
  const isMessageEvent = event.name === MESSAGE_EVENTS.clicked || event.name === MESSAGE_EVENTS.opened;
  if (!isMessageEvent || typeof event.properties.idempotencyKey === 'string') return event;
  const latest = core.context.store.db
    .prepare(
      'SELECT id, idempotency_key FROM outbox_messages WHERE contact_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1',
    )
    .get(event.customerId) as { id: string; idempotency_key: string } | undefined;
  if (latest === undefined) return event;
  return {
    ...event,
    properties: { messageId: latest.id, idempotencyKey: latest.idempotency_key, ...event.properties },
  };
}

/** Drives the scratch core's engine through the script on its virtual clock, up to the horizon. */
export async function play(core: AppCore, clock: VirtualClock, spec: SimulationSpec, customerIds: readonly string[]) {
  const engine = core.engine!;
  const end = spec.start + (spec.horizonMs ?? DEFAULT_HORIZON_MS);
  const advanceTo = async (target: number) => {
    await engine.idle();
    for (;;) {
      const next = clock.nextDue();
      if (next === null || next > target) break;
      clock.advanceTo(next);
      await engine.idle();
    }
    clock.advanceTo(target);
    await engine.idle();
  };
  await advanceTo(spec.start);
  const script = scriptOf(spec, customerIds);
  for (let index = 0; index < script.length;) {
    const at = script[index]!.at;
    if (at > end) break;
    await advanceTo(at);
    const batch: TimedEvent[] = [];
    while (index < script.length && script[index]!.at === at) batch.push(withMessageKey(core, script[index++]!));
    core.ingress.ingest(
      batch.map((event) => ({
        customerId: event.customerId,
        name: event.name,
        properties: event.properties,
        occurredAt: at,
        source: 'app' as const,
      })),
    );
    await engine.idle();
  }
  await advanceTo(end);
}

/**
 * How long a render took and whether it came from the render cache describe this run, not the
 * message: left out so that runs compare equal.
 */
export function withoutTiming(rendered: unknown): unknown {
  if (typeof rendered !== 'object' || rendered === null) return rendered;
  const { renderMs: _renderMs, cached: _cached, ...rest } = rendered as Record<string, unknown>;
  return rest;
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group === undefined) groups.set(key(row), [row]);
    else group.push(row);
  }
  return groups;
}

/**
 * The connection a run followed from one step to the next. The step log names the steps, not the
 * output: where two outputs of a step lead to the same step, the one the decision names wins.
 */
function edgeFinder(journey: Journey) {
  const bySteps = groupBy(journey.edges, (edge) => `${edge.source}\u0000${edge.target}`);
  return (from: string, to: string, decision: string, detail: Record<string, unknown>): string | null => {
    const candidates = bySteps.get(`${from}\u0000${to}`) ?? [];
    const named = candidates.find((edge) => edge.sourceHandle === decision || edge.sourceHandle === detail.branch);
    return (named ?? candidates[0])?.id ?? null;
  };
}

function collect(core: AppCore, spec: SimulationSpec, customerIds: readonly string[]): SimulationResult {
  const { db } = core.context.store;
  const journey = spec.journey;
  const edgeOf = edgeFinder(journey);
  const nodes = new Map(journey.nodes.map((node) => [node.id, node]));
  const labelOf = (nodeId: string) => {
    const node = nodes.get(nodeId);
    return node === undefined || node.label === '' ? nodeId : node.label;
  };
  const contactZones = new Map(
    (
      db.prepare('SELECT customer_id, time_zone FROM contacts').all() as {
        customer_id: string;
        time_zone: string | null;
      }[]
    ).map((row) => [row.customer_id, row.time_zone]),
  );
  // Read in one pass per table and grouped here: the scratch database holds only this simulation.
  const runsOf = groupBy(
    db.prepare('SELECT id, contact_id, outcome, status FROM engine_runs ORDER BY id').all() as {
      id: number;
      contact_id: string;
      outcome: string | null;
      status: string;
    }[],
    (row) => row.contact_id,
  );
  const logOf = groupBy(
    db.prepare('SELECT run_id, node_id, decision, detail, at FROM engine_step_log ORDER BY id').all() as {
      run_id: number;
      node_id: string;
      decision: string;
      detail: string;
      at: number;
    }[],
    (row) => row.run_id,
  );
  const messagesOf = groupBy(
    db
      .prepare(
        'SELECT rowid, run_id, channel, recipient, idempotency_key, node_id, created_at FROM outbox_messages ORDER BY created_at, rowid',
      )
      .all() as {
      run_id: number;
      channel: string;
      recipient: string;
      idempotency_key: string;
      rowid: number;
      node_id: string;
      created_at: number;
    }[],
    (row) => row.run_id,
  );
  // Read only for the timelines sent back: the rendered emails of a large run are most of its data.
  const renderedOf = db.prepare('SELECT rendered FROM outbox_messages WHERE rowid = ?').pluck();
  const failedAttemptsOf = groupBy(
    db
      .prepare(
        "SELECT run_id, node_id, channel, attempt, error, updated_at FROM message_attempts WHERE status IN ('rejected', 'failed') ORDER BY id",
      )
      .all() as {
      run_id: number;
      node_id: string;
      channel: string;
      attempt: number;
      error: string | null;
      updated_at: number;
    }[],
    (row) => row.run_id,
  );
  const eventsOf = groupBy(
    db
      .prepare('SELECT customer_id, name, properties, occurred_at FROM engine_events ORDER BY occurred_at, rowid')
      .all() as {
      customer_id: string;
      name: string;
      properties: string;
      occurred_at: number;
    }[],
    (row) => row.customer_id,
  );
  const contacts: SimulatedContact[] = [];
  const pathCounts = new Map<string, { path: string[]; count: number }>();
  const stepCounts: Record<string, number> = {};
  const edgeCounts: Record<string, number> = {};
  const wanted = new Set(spec.timelineOf ?? []);
  const limit = spec.timelinesFor ?? Infinity;
  for (const [index, customerId] of customerIds.entries()) {
    const withTimeline = index < limit || wanted.has(customerId);
    const timeZone = contactZones.get(customerId) ?? journey.settings.timeZone;
    const stamp = (at: number) => ({ at: new Date(at).toISOString(), localTime: localTime(at, timeZone) });
    const steps: (SimulatedStep & { order: number; ms: number })[] = [];
    let order = 0;
    for (const event of withTimeline ? (eventsOf.get(customerId) ?? []) : []) {
      steps.push({
        kind: 'event',
        ...stamp(event.occurred_at),
        ms: event.occurred_at,
        order: order++,
        nodeId: null,
        label: event.name,
        decision: 'event',
        reason: `event ${event.name}`,
        detail: JSON.parse(event.properties) as Record<string, unknown>,
        message: null,
      });
    }
    const runs = runsOf.get(customerId) ?? [];
    const visited: string[] = [];
    // edgesTaken[i] leads from visited[i] to visited[i + 1]; null where a later run starts over.
    const edgesTaken: (string | null)[] = [];
    for (const run of runs) {
      let previous: { nodeId: string; decision: string; detail: Record<string, unknown> } | null = null;
      for (const row of logOf.get(run.id) ?? []) {
        const detail = JSON.parse(row.detail) as Record<string, unknown>;
        if (visited.at(-1) !== row.node_id) {
          if (visited.length > 0)
            edgesTaken.push(previous && edgeOf(previous.nodeId, row.node_id, previous.decision, previous.detail));
          visited.push(row.node_id);
        }
        previous = { nodeId: row.node_id, decision: row.decision, detail };
        if (!withTimeline) continue;
        steps.push({
          kind: 'step',
          ...stamp(row.at),
          ms: row.at,
          order: order++,
          nodeId: row.node_id,
          label: labelOf(row.node_id),
          decision: row.decision,
          reason: explainDecision({ at: row.at, decision: row.decision, detail }, nodes.get(row.node_id)),
          detail,
          message: null,
        });
      }
      if (!withTimeline) continue;
      const runLog = steps.filter((s) => s.kind === 'step');
      for (const failed of failedAttemptsOf.get(run.id) ?? []) {
        steps.push({
          kind: 'attempt',
          ...stamp(failed.updated_at),
          ms: failed.updated_at,
          order:
            (runLog.findLast((s) => s.nodeId === failed.node_id && s.ms <= failed.updated_at)?.order ?? order++) + 0.25,
          nodeId: failed.node_id,
          label: labelOf(failed.node_id),
          decision: 'attempt failed',
          reason: `${failed.channel} attempt ${failed.attempt} failed: ${failed.error ?? 'no reason given'}`,
          detail: { channel: failed.channel, attempt: failed.attempt, error: failed.error },
          message: null,
        });
      }
      for (const message of messagesOf.get(run.id) ?? []) {
        steps.push({
          kind: 'message',
          ...stamp(message.created_at),
          ms: message.created_at,
          // Right after the step's last line logged by then ("sent by SMS"), not after the whole run.
          order:
            (runLog.findLast((s) => s.nodeId === message.node_id && s.ms <= message.created_at)?.order ?? order++) +
            0.5,
          nodeId: message.node_id,
          label: labelOf(message.node_id),
          decision: 'sent',
          reason: `${message.channel} to ${message.recipient}`,
          detail: {},
          message: {
            channel: message.channel,
            recipient: message.recipient,
            idempotencyKey: message.idempotency_key,
            rendered: withoutTiming(JSON.parse(renderedOf.get(message.rowid) as string) as unknown),
          },
        });
      }
    }
    steps.sort((a, b) => a.ms - b.ms || a.order - b.order);
    for (const nodeId of new Set(visited)) stepCounts[nodeId] = (stepCounts[nodeId] ?? 0) + 1;
    for (const edgeId of new Set(edgesTaken)) if (edgeId !== null) edgeCounts[edgeId] = (edgeCounts[edgeId] ?? 0) + 1;
    const key = visited.join('\u0000');
    if (runs.length > 0) {
      const counted = pathCounts.get(key) ?? { path: visited, count: 0 };
      counted.count += 1;
      pathCounts.set(key, counted);
    }
    const last = runs.at(-1);
    contacts.push({
      customerId,
      timeZone,
      outcome: last?.outcome ?? null,
      entered: runs.length > 0,
      path: visited,
      edges: edgesTaken,
      steps: steps.map(({ order: _order, ms: _ms, ...step }) => step),
      ...(withTimeline ? {} : { timelineLeftOut: true }),
    });
  }
  const paths = [...pathCounts.values()]
    .sort((a, b) => b.count - a.count || a.path.join(',').localeCompare(b.path.join(',')))
    .map(({ path: ids, count }) => ({ path: ids, labels: ids.map(labelOf), count }));
  return {
    journeyId: journey.id,
    version: spec.version ?? null,
    startedAt: new Date(spec.start).toISOString(),
    endedAt: new Date(spec.start + (spec.horizonMs ?? DEFAULT_HORIZON_MS)).toISOString(),
    contacts,
    paths,
    stepCounts,
    edgeCounts,
  };
}
