import { blankContact, type Contact, type FieldDefinition } from '../../../shared/audience/index';
import type { JourneyNode, NodeKind } from '../../../shared/model/index';
import { currentFields } from '../audience/fields-service';
import type { Clock, TimerHandle } from '../ports/clock';
import type { MessageProvider } from '../providers/provider';
import type { RenderPipeline } from '../rendering/render-pipeline';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/store';
import type {
  EngineStore,
  NodeCounter,
  PendingSendCustomer,
  Run,
  RunOutcome,
  SendOutcome,
  StepLogEntry,
  StoredEvent,
  TriggerEvent,
} from './engine-store';
import { applyDeliveryReport } from './delivery-reports';
import { audiencePredicate, enrolsLaterEntry, eventEntryMatches, isAudienceEntry, reEntryAllows } from './enrolment';
import { STEP_EXECUTORS } from './executors/index';
import type { Decision, EffectDeps, StepContext, StepExecutor, StepOutcome, Visit } from './executors/executor';
import { createVersionCache, type LoadedVersion } from './loaded-version';
import { isMessageEventName, MESSAGE_EVENTS } from './message-events';

export interface EngineOptions {
  store: Store;
  engineStore: EngineStore;
  clock: Clock;
  renderer: RenderPipeline;
  provider: MessageProvider;
  /** Webhook credentials (`{{ secrets.NAME }}`) are read here when a call is made. */
  secrets: SecretStore;
  knownCustomerFields: () => readonly string[];
  /** Who holds the lease (unique per process). */
  holder: string;
  /** Runs, events and contacts per transaction. */
  batchSize?: number;
  /** How long a lease lasts without renewal; another process takes over after it. */
  leaseMs?: number;
  /** How often to look for work other processes recorded (events from the CLI, lifecycle changes); null: never. */
  watchMs?: number | null;
  fetch?: typeof fetch;
  onError?: (error: unknown, where: string) => void;
  /** Told when this process starts or stops being the one that sends. */
  onLeadership?: (leading: boolean) => void;
}

export interface JourneyEngine {
  start(): void;
  stop(): Promise<void>;
  /** There may be new work (an event was recorded, a journey changed): look now. */
  notify(): void;
  /** Resolves when nothing is being processed and nothing is queued to be. */
  idle(): Promise<void>;
  isLeader(): boolean;
  /** When the earliest pending wake-up is due (journeys not paused), or null. */
  nextDue(): number | null;
}

const MAX_STEPS_PER_VISIT = 1000;

/**
 * Lets the host's other work (API calls, IPC) run between batches: a batch that found no effect to
 * await would otherwise go straight on to the next one, and a million contacts would hold the thread.
 */
const yieldToHost = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The durable journey engine. One timer is armed for the earliest due wake-up; due work, inbound
 * events and enrolments are claimed in batches, each batch one transaction. Side effects (sends,
 * webhook calls) run after their claiming transaction commits, under keys recorded in it.
 */
export function createJourneyEngine(options: EngineOptions): JourneyEngine {
  const { store, engineStore, clock } = options;
  const batchSize = options.batchSize ?? 500;
  const leaseMs = options.leaseMs ?? 15_000;
  const watchMs = options.watchMs === undefined ? 1000 : options.watchMs;
  const versions = createVersionCache(store);
  // Read once per round of effects, not once per message (it is a query).
  let knownFields: readonly string[] | null = null;
  // The journey state each journey's messages read, also once per round of effects.
  const journeyStates = new Map<string, Record<string, unknown>>();
  const effectDeps: EffectDeps = {
    renderer: options.renderer,
    provider: options.provider,
    secrets: options.secrets,
    clock,
    knownCustomerFields: () => (knownFields ??= options.knownCustomerFields()),
    journeyState: (journeyId) => {
      let state = journeyStates.get(journeyId);
      if (state === undefined) journeyStates.set(journeyId, (state = engineStore.journeyState(journeyId)));
      return state;
    },
    fetch: options.fetch ?? globalThis.fetch,
  };
  const reportError = (error: unknown, where: string) => options.onError?.(error, where);
  const providerName = (channel: string) => (options.provider.routeFor?.(channel) ?? options.provider).name;

  let started = false;
  let leader = false;
  let wakeTimer: TimerHandle | null = null;
  let wakeAt: number | null = null;
  let housekeepingTimer: TimerHandle | null = null;
  let lastLeaseAt = -Infinity;
  let lastDataVersion: number | null = null;
  let running: Promise<void> | null = null;
  let again = false;

  // Counter increments of the batch in progress, written once per counter at the end of its transaction.
  const pendingCounts = new Map<
    string,
    { journeyId: string; version: number; nodeId: string; counter: NodeCounter; by: number }
  >();
  function bump(journeyId: string, version: number, nodeId: string, counter: NodeCounter): void {
    const key = `${journeyId}\u0000${version}\u0000${nodeId}\u0000${counter}`;
    const pending = pendingCounts.get(key);
    if (pending) pending.by += 1;
    else pendingCounts.set(key, { journeyId, version, nodeId, counter, by: 1 });
  }
  // Step-log lines of the batch in progress, written together (multi-row inserts) at the end of its transaction.
  let pendingLog: StepLogEntry[] | null = null;
  /** One batch: its writes, its step log and its counters commit together, or none does. */
  function batch<T>(work: () => T): T {
    pendingCounts.clear();
    pendingLog = [];
    try {
      return engineStore.transaction(() => {
        const result = work();
        engineStore.logMany(pendingLog!);
        for (const c of pendingCounts.values()) engineStore.bump(c.journeyId, c.version, c.nodeId, c.counter, c.by);
        return result;
      });
    } finally {
      pendingCounts.clear();
      pendingLog = null;
    }
  }

  let fieldsCache: FieldDefinition[] | null = null;
  const fields = () => (fieldsCache ??= currentFields(store));

  // ---- runs ---------------------------------------------------------------------------------

  // Contacts read in one batch, kept for that batch only (a profile update changes the cached object too).
  const contactCache = new Map<string, Contact>();
  function loadContact(contactId: string): Contact {
    let contact = contactCache.get(contactId);
    if (contact === undefined) {
      contact = store.contacts.find(contactId) ?? { ...blankContact(new Date(0).toISOString()), customerId: contactId };
      contactCache.set(contactId, contact);
    }
    return contact;
  }

  /** Reads the contacts of a batch of runs with one query instead of one per run. */
  function preloadContacts(runs: readonly Run[]): void {
    const missing = [...new Set(runs.map((run) => run.contactId))].filter((id) => !contactCache.has(id));
    if (missing.length === 0) return;
    for (const contact of store.contacts.findMany(missing)) contactCache.set(contact.customerId, contact);
  }

  function log(run: Run, nodeId: string, now: number, decision: Decision): void {
    const entry: StepLogEntry = {
      runId: run.id,
      journeyId: run.journeyId,
      version: run.version,
      nodeId,
      at: now,
      decision: decision.decision,
      detail: decision.detail ?? {},
    };
    if (pendingLog !== null) pendingLog.push(entry);
    else engineStore.log(entry);
  }

  /**
   * Only a waiting run has a wake-up or an event wait (both are written with that status and
   * removed when the run leaves it), so only then are they removed here.
   */
  function endRun(run: Run, outcome: RunOutcome, now: number, mayWait = run.status === 'waiting'): void {
    run.status = 'ended';
    run.outcome = outcome;
    run.endedAt = now;
    run.updatedAt = now;
    run.effect = null;
    if (mayWait) {
      engineStore.unschedule(run.id);
      engineStore.removeEventWait(run.id);
    }
    engineStore.saveRun(run);
  }

  /** Visits the run's node and follows outputs until the run waits, needs an effect or ends. */
  function drive(run: Run, firstVisit: Visit, now: number, statuses: Map<string, string | undefined>): void {
    let visit = firstVisit;
    const contact = loadContact(run.contactId);
    for (let steps = 0; ; steps += 1) {
      const version = versions(run.journeyId, run.version);
      const node = version?.nodes.get(run.nodeId);
      if (version === undefined || node === undefined) {
        log(run, run.nodeId, now, { decision: 'ended: step missing from the version' });
        return endRun(run, 'completed', now);
      }
      if (steps >= MAX_STEPS_PER_VISIT) {
        // A loop without a wait (the validator refuses those): give other runs a turn.
        engineStore.schedule(run.id, run.journeyId, now, 'enter');
        run.status = 'waiting';
        return engineStore.saveRun(run);
      }
      const outcome = visitNode(run, node, version, contact, visit, now);
      log(run, node.id, now, outcome);
      switch (outcome.type) {
        case 'go': {
          if (run.status === 'waiting') {
            engineStore.unschedule(run.id);
            engineStore.removeEventWait(run.id);
          }
          const target = version.target(node.id, outcome.output);
          if (target === undefined) return endRun(run, 'completed', now);
          run.nodeId = target;
          run.nodeState = {};
          run.effect = null;
          run.status = 'active';
          run.updatedAt = now;
          bump(run.journeyId, run.version, target, 'entered');
          visit = { type: 'enter' };
          if (statusOf(statuses, run.journeyId) === 'paused') {
            // Paused: the run waits at the step's door, due now, and goes in on resume in due order.
            engineStore.schedule(run.id, run.journeyId, now, 'enter');
            run.status = 'waiting';
            return engineStore.saveRun(run);
          }
          continue;
        }
        case 'wait':
          run.status = 'waiting';
          run.updatedAt = now;
          if (outcome.until !== null) {
            // A wake-up asking to wait until now again would be claimed again at once, for ever.
            const until = visit.type === 'wake' && outcome.until <= now ? now + 1 : outcome.until;
            engineStore.schedule(run.id, run.journeyId, until, outcome.purpose);
          } else engineStore.unschedule(run.id);
          if (outcome.event) {
            engineStore.addEventWait({
              runId: run.id,
              contactId: run.contactId,
              eventName: outcome.event.name,
              messageKey: outcome.event.messageKey,
            });
          } else engineStore.removeEventWait(run.id);
          return engineStore.saveRun(run);
        case 'effect':
          if (run.status === 'waiting') {
            engineStore.unschedule(run.id);
            engineStore.removeEventWait(run.id);
          }
          run.status = 'effect';
          run.effect = outcome.effect;
          run.updatedAt = now;
          return engineStore.saveRun(run);
        case 'end':
          return endRun(run, outcome.outcome, now);
      }
    }
  }

  function visitNode(
    run: Run,
    node: JourneyNode,
    version: LoadedVersion,
    contact: Contact,
    visit: Visit,
    now: number,
  ): StepOutcome {
    const context: StepContext<NodeKind> = {
      run,
      node,
      visit,
      now,
      contact,
      version,
      engineStore,
      store,
      fields,
      providerName,
      count: (counter: NodeCounter, nodeId = node.id) => bump(run.journeyId, run.version, nodeId, counter),
      note: (decision) => log(run, node.id, now, decision),
    };
    // The Record pairs each kind with its executor; indexing by a union loses that pairing.
    const executor = STEP_EXECUTORS[node.kind] as StepExecutor<NodeKind>;
    return executor.step(context);
  }

  /**
   * Runs one visit inside the batch's transaction: an executor that throws ends its own run, not
   * the batch. (No savepoint per run: it cost a fifth of the engine's time; what a failed visit
   * wrote before throwing belongs to a run that is ended here.)
   */
  function safely(run: Run, visit: Visit, now: number, statuses: Map<string, string | undefined>): void {
    try {
      drive(run, visit, now, statuses);
    } catch (error) {
      reportError(error, `run ${run.id} at step ${run.nodeId}`);
      const fresh = engineStore.run(run.id);
      if (fresh === undefined) return;
      log(fresh, fresh.nodeId, now, { decision: 'ended: error', detail: { error: (error as Error).message } });
      // The failed visit may have scheduled before it threw.
      endRun(fresh, 'exited', now, true);
    }
  }

  function statusOf(statuses: Map<string, string | undefined>, journeyId: string): string | undefined {
    if (!statuses.has(journeyId)) statuses.set(journeyId, engineStore.journeyStatus(journeyId));
    return statuses.get(journeyId);
  }

  function newRun(
    version: LoadedVersion,
    entry: JourneyNode,
    contactId: string,
    trigger: TriggerEvent | null,
    now: number,
  ): Run {
    return {
      id: 0,
      journeyId: version.journeyId,
      version: version.version,
      contactId,
      nodeId: entry.id,
      status: 'active',
      outcome: null,
      trigger,
      nodeState: {},
      effect: null,
      lastMessageKey: null,
      startedAt: now,
      updatedAt: now,
      endedAt: null,
    };
  }

  function enrol(
    version: LoadedVersion,
    entry: JourneyNode,
    contactId: string,
    trigger: TriggerEvent | null,
    now: number,
    statuses: Map<string, string | undefined>,
    why?: Decision,
  ): boolean {
    const latest = engineStore.latestRun(version.journeyId, contactId);
    if (!reEntryAllows(version.journey.settings.reEntry, latest, now)) return false;
    const run = newRun(version, entry, contactId, trigger, now);
    run.id = engineStore.createRun(run);
    if (why !== undefined) log(run, entry.id, now, why);
    bump(run.journeyId, run.version, entry.id, 'entered');
    safely(run, { type: 'enter' }, now, statuses);
    return true;
  }

  // ---- the work of one tick -----------------------------------------------------------------

  function processDue(now: number): number {
    contactCache.clear();
    const statuses = new Map<string, string | undefined>();
    return batch(() => {
      const due = engineStore.dueWakeups(now, batchSize);
      const ids = due.map((wakeup) => wakeup.runId);
      engineStore.clearWaits(ids);
      const runs = engineStore.runs(ids);
      preloadContacts([...runs.values()]);
      for (const wakeup of due) {
        const run = runs.get(wakeup.runId);
        if (run === undefined || run.status !== 'waiting') continue;
        // Its waits are gone: it is no longer waiting, and its next step need not remove them again.
        run.status = 'active';
        const visit: Visit = wakeup.purpose === 'enter' ? { type: 'enter' } : { type: 'wake', purpose: wakeup.purpose };
        safely(run, visit, now, statuses);
      }
      return due.length;
    });
  }

  function liveActiveVersions(): LoadedVersion[] {
    return engineStore
      .liveJourneys()
      .filter((journey) => journey.status === 'active')
      .flatMap((journey) => versions(journey.journeyId, journey.liveVersion) ?? []);
  }

  /**
   * Whether the version still takes newcomers, read inside the batch's transaction: a version
   * activated since the batch was planned (by another connection) takes them instead, and the runs
   * it moved from the old one are not joined by latecomers there.
   */
  function stillLive(version: LoadedVersion): boolean {
    return engineStore
      .liveJourneys()
      .some(
        (journey) =>
          journey.journeyId === version.journeyId &&
          journey.status === 'active' &&
          journey.liveVersion === version.version,
      );
  }

  function handleEvent(
    event: StoredEvent,
    now: number,
    active: readonly LoadedVersion[],
    statuses: Map<string, string | undefined>,
  ) {
    const messageKey = typeof event.properties.idempotencyKey === 'string' ? event.properties.idempotencyKey : null;
    if (event.name === MESSAGE_EVENTS.clicked && messageKey !== null) {
      const attempt = engineStore.attemptByKey(messageKey);
      if (attempt !== undefined) bump(attempt.journeyId, attempt.version, attempt.nodeId, 'clicked');
    }
    if (messageKey !== null) applyDeliveryReport(engineStore, event, messageKey, now, bump);
    // The journey goal: converted from wherever the contact is (a message's own events are never goals).
    for (const run of isMessageEventName(event.name) ? [] : engineStore.openRuns(event.customerId)) {
      const goal = versions(run.journeyId, run.version)?.journey.settings.goal;
      if (!goal || goal.eventName !== event.name) continue;
      if (event.occurredAt < run.startedAt || event.occurredAt - run.startedAt > goal.windowHours * 3600_000) continue;
      bump(run.journeyId, run.version, run.nodeId, 'converted');
      log(run, run.nodeId, now, {
        decision: 'converted: goal reached',
        detail: { event: event.name, eventId: event.id },
      });
      endRun(run, 'converted', now);
    }
    for (const wait of engineStore.waitsFor(event.customerId, event.name)) {
      if (wait.messageKey !== null && wait.messageKey !== messageKey) continue;
      const run = engineStore.run(wait.runId);
      engineStore.removeEventWait(wait.runId);
      if (run === undefined || run.status !== 'waiting') continue;
      engineStore.unschedule(run.id);
      safely(run, { type: 'event', event }, now, statuses);
    }
    const trigger: TriggerEvent = {
      id: event.id,
      name: event.name,
      properties: event.properties,
      occurredAt: event.occurredAt,
    };
    for (const version of active) {
      const entry = version.entries.find((node) => eventEntryMatches(node, version.journey.settings, event));
      if (entry !== undefined) enrol(version, entry, event.customerId, trigger, now, statuses);
    }
  }

  function processEvents(now: number): number {
    contactCache.clear();
    const statuses = new Map<string, string | undefined>();
    // Most ticks find no event: they need not open a write transaction to learn it.
    if (engineStore.unprocessedEvents(1).length === 0) return 0;
    return batch(() => {
      const events = engineStore.unprocessedEvents(batchSize);
      if (events.length === 0) return 0;
      const active = liveActiveVersions();
      for (const event of events) {
        handleEvent(event, now, active, statuses);
        engineStore.markProcessed(event.id, now);
      }
      return events.length;
    });
  }

  /** One batch of audience enrolment for each active journey still enrolling; returns whether any remain. */
  function enrolBatch(now: number): boolean {
    contactCache.clear();
    let more = false;
    for (const version of liveActiveVersions()) {
      const audienceEntries = version.entries.filter(isAudienceEntry);
      if (audienceEntries.length === 0) continue;
      const state = engineStore.enrolment(version.journeyId) ?? {
        journeyId: version.journeyId,
        enrolledVersion: version.version,
        cursor: null,
        done: false,
        enrolledCount: 0,
      };
      if (state.done) continue;
      batch(() => {
        if (!stillLive(version)) {
          more = true;
          return;
        }
        // An "all contacts" entry tried first takes every contact: its pages need their ids only.
        const everyone = audienceEntries[0]!.config.audience.type === 'all' ? audienceEntries[0]! : null;
        const tests = audienceEntries.map((node) => ({
          node,
          includes: audiencePredicate(node, store, fields(), now),
        }));
        const page: { customerId: string; entry: JourneyNode | undefined }[] = everyone
          ? store.contacts
              .idsAfter(state.cursor ?? '', batchSize)
              .map((customerId) => ({ customerId, entry: everyone }))
          : store.contacts.pageAfter([], state.cursor ?? '', batchSize).map((contact) => ({
              customerId: contact.customerId,
              entry: tests.find((test) => test.includes(contact))?.node,
            }));
        const latest = engineStore.latestRuns(
          version.journeyId,
          page.map((candidate) => candidate.customerId),
        );
        // Enrolled runs wait at their entry's door, due now: the scheduler takes them on in
        // batches after the enrolment, so a large audience enrols at the speed of its inserts.
        const enrolled: Run[] = [];
        for (const { customerId, entry } of page) {
          if (entry === undefined) continue;
          if (!reEntryAllows(version.journey.settings.reEntry, latest.get(customerId), now)) continue;
          enrolled.push(newRun(version, entry, customerId, null, now));
          bump(version.journeyId, version.version, entry.id, 'entered');
        }
        engineStore.createWaitingRuns(enrolled, now, 'enter');
        state.enrolledCount += enrolled.length;
        state.cursor = page.at(-1)?.customerId ?? state.cursor;
        state.done = page.length < batchSize;
        engineStore.putEnrolment(state);
      });
      if (!state.done) more = true;
    }
    return more;
  }

  /**
   * One batch of customers named by sends (the journey API's "send to all / a list / a CSV"): each
   * enters at the journey's first entry of the version that runs, if its re-entry rule allows;
   * returns whether more may remain. A journey that no longer runs takes no one.
   */
  function enrolSendBatch(now: number): boolean {
    // Most ticks find no send: they need not open a write transaction to learn it.
    if (engineStore.pendingSendCustomers(1).length === 0) return false;
    return batch(() => {
      const pending = engineStore.pendingSendCustomers(batchSize);
      const live = new Map(engineStore.liveJourneys().map((journey) => [journey.journeyId, journey]));
      const outcomes: (PendingSendCustomer & { outcome: SendOutcome })[] = [];
      const byJourney = new Map<string, PendingSendCustomer[]>();
      for (const customer of pending) {
        const group = byJourney.get(customer.journeyId);
        if (group === undefined) byJourney.set(customer.journeyId, [customer]);
        else group.push(customer);
      }
      for (const [journeyId, customers] of byJourney) {
        const journey = live.get(journeyId);
        const running = journey?.status === 'active' || journey?.status === 'paused';
        const version = running ? versions(journeyId, journey.liveVersion) : undefined;
        const entry = version?.entries[0];
        if (version === undefined || entry === undefined) {
          outcomes.push(...customers.map((customer) => ({ ...customer, outcome: 'not-active' as const })));
          continue;
        }
        const latest = engineStore.latestRuns(
          journeyId,
          customers.map((customer) => customer.contactId),
        );
        const enrolled: Run[] = [];
        for (const customer of customers) {
          if (!reEntryAllows(version.journey.settings.reEntry, latest.get(customer.contactId), now)) {
            outcomes.push({ ...customer, outcome: 're-entry' });
            continue;
          }
          const run = newRun(version, entry, customer.contactId, null, now);
          // The same customer in two sends of one batch: the second finds this run, still open.
          latest.set(customer.contactId, run);
          enrolled.push(run);
          bump(journeyId, version.version, entry.id, 'entered');
          outcomes.push({ ...customer, outcome: 'enrolled' });
        }
        // As with an audience, the runs wait at their entry's door, due now, for the scheduler.
        engineStore.createWaitingRuns(enrolled, now, 'enter');
      }
      engineStore.settleSendCustomers(outcomes, now);
      return pending.length === batchSize;
    });
  }

  /** Audience journeys whose entries also enrol later hear of every contact written from now on. */
  function watchContacts(): void {
    const watching = engineStore
      .liveJourneys()
      .filter((journey) => journey.status === 'active' || journey.status === 'paused')
      .filter((journey) => versions(journey.journeyId, journey.liveVersion)?.entries.some(enrolsLaterEntry))
      .map((journey) => journey.journeyId);
    engineStore.watchContacts(watching);
  }

  /** One batch of changed contacts for each active journey that enrols later; returns whether any remain. */
  function enrolChangedBatch(now: number): boolean {
    contactCache.clear();
    let more = false;
    const statuses = new Map<string, string | undefined>();
    for (const version of liveActiveVersions()) {
      const entries = version.entries.filter(enrolsLaterEntry);
      if (entries.length === 0) continue;
      batch(() => {
        const changed = engineStore.changedContacts(version.journeyId, batchSize);
        // Most ticks find no change: they need not read the live journeys to learn it.
        if (changed.length === 0) return;
        if (!stillLive(version)) {
          more = true;
          return;
        }
        const tests = entries.map((node) => ({ node, includes: audiencePredicate(node, store, fields(), now) }));
        for (const contactId of changed) {
          const contact = store.contacts.find(contactId);
          const entry = contact === undefined ? undefined : tests.find((test) => test.includes(contact));
          if (entry === undefined) continue;
          enrol(version, entry.node, contactId, null, now, statuses, {
            decision: 'enrolled: matches the audience after a change',
            detail: { audience: entry.node.config.audience.type },
          });
        }
        engineStore.forgetContactChanges(version.journeyId, changed);
        if (changed.length === batchSize) more = true;
      });
    }
    return more;
  }

  async function performEffects(): Promise<void> {
    for (;;) {
      contactCache.clear();
      knownFields = null;
      journeyStates.clear();
      const claimed = engineStore.runsInEffect(batchSize);
      if (claimed.length === 0) return;
      preloadContacts(claimed);
      const results = await Promise.all(
        claimed.map(async (run) => {
          if (run.effect === null) return null;
          const version = versions(run.journeyId, run.version);
          const node = version?.nodes.get(run.nodeId);
          const executor = node ? (STEP_EXECUTORS[node.kind] as StepExecutor<NodeKind>) : undefined;
          if (version === undefined || node === undefined || executor?.perform === undefined) {
            return { run, result: { status: 'rejected', kind: 'permanent', reason: 'nothing to perform' } };
          }
          try {
            const result = await executor.perform({
              run,
              node,
              contact: loadContact(run.contactId),
              version,
              effect: run.effect,
              deps: effectDeps,
            });
            return { run, result };
          } catch (error) {
            reportError(error, `effect of run ${run.id}`);
            return {
              run,
              result: { ...run.effect, status: 'rejected', kind: 'temporary', reason: (error as Error).message },
            };
          }
        }),
      );
      const now = clock.now();
      const statuses = new Map<string, string | undefined>();
      batch(() => {
        // Read again inside the transaction: a run stopped meanwhile ("exit now") is left as it is.
        const current = engineStore.runs(results.flatMap((done) => (done === null ? [] : [done.run.id])));
        for (const done of results) {
          if (done === null) continue;
          const run = current.get(done.run.id);
          if (run === undefined || run.status !== 'effect') continue;
          run.effect = null;
          run.status = 'active';
          safely(run, { type: 'effect', result: done.result }, now, statuses);
        }
      });
    }
  }

  async function work(): Promise<void> {
    fieldsCache = null;
    // A lease renewed less than a third of its time ago is held for two thirds more: no other
    // process can take it before then, so a tick need not write to renew it.
    const leaseFresh = leader && clock.now() - lastLeaseAt < leaseMs / 3;
    if (!leaseFresh && !renewLease()) return;
    // Effects a crash left claimed but unsettled are performed again under the same keys.
    await performEffects();
    watchContacts();
    while (started && enrolBatch(clock.now())) {
      await performEffects();
      await yieldToHost();
    }
    while (started && enrolChangedBatch(clock.now())) {
      await performEffects();
      await yieldToHost();
    }
    while (started && enrolSendBatch(clock.now())) {
      await performEffects();
      await yieldToHost();
    }
    await performEffects();
    while (started && processEvents(clock.now()) > 0) {
      await performEffects();
      await yieldToHost();
    }
    while (started) {
      if ((engineStore.nextDue() ?? Infinity) > clock.now()) break;
      const claimed = processDue(clock.now());
      await performEffects();
      if (claimed === 0) break;
      await yieldToHost();
      // Events recorded by the steps (deliveries) are handled before the next batch.
      while (started && processEvents(clock.now()) > 0) {
        await performEffects();
        await yieldToHost();
      }
    }
  }

  function tick(): void {
    if (!started) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          try {
            await work();
          } catch (error) {
            reportError(error, 'engine');
          }
        } while (again && started);
      } finally {
        running = null;
        arm();
      }
    })();
  }

  function arm(): void {
    if (!started || !leader) return;
    const next = engineStore.nextDue();
    if (next === wakeAt) return;
    if (wakeTimer !== null) clock.clearTimer(wakeTimer);
    wakeTimer = null;
    wakeAt = next;
    if (next === null) return;
    wakeTimer = clock.setTimer({ at: next }, () => {
      wakeTimer = null;
      wakeAt = null;
      tick();
    });
  }

  // ---- the lease ------------------------------------------------------------------------------

  function renewLease(): boolean {
    const now = clock.now();
    let held = false;
    try {
      held = engineStore.acquireLease(options.holder, now, now + leaseMs);
    } catch (error) {
      reportError(error, 'lease');
    }
    if (held) lastLeaseAt = now;
    if (held !== leader) {
      leader = held;
      options.onLeadership?.(held);
      if (!held && wakeTimer !== null) {
        clock.clearTimer(wakeTimer);
        wakeTimer = null;
        wakeAt = null;
      }
    }
    return held;
  }

  function housekeeping(): void {
    housekeepingTimer = null;
    if (!started) return;
    const now = clock.now();
    if (now - lastLeaseAt >= leaseMs / 3 || !leader) {
      const wasLeader = leader;
      if (renewLease() && !wasLeader) tick();
    }
    if (leader && watchMs !== null) {
      const version = engineStore.dataVersion();
      if (lastDataVersion !== null && version !== lastDataVersion) tick();
      lastDataVersion = version;
    }
    const every = watchMs === null ? leaseMs / 3 : Math.min(watchMs, leaseMs / 3);
    housekeepingTimer = clock.setTimer({ delay: every }, housekeeping);
  }

  return {
    start() {
      if (started) return;
      started = true;
      housekeeping();
      tick();
    },
    async stop() {
      started = false;
      if (housekeepingTimer !== null) clock.clearTimer(housekeepingTimer);
      if (wakeTimer !== null) clock.clearTimer(wakeTimer);
      housekeepingTimer = wakeTimer = null;
      await running;
      if (leader) {
        try {
          engineStore.releaseLease(options.holder);
        } catch (error) {
          reportError(error, 'lease');
        }
        leader = false;
      }
    },
    notify: tick,
    async idle() {
      while (running) await running;
    },
    isLeader: () => leader,
    nextDue: () => engineStore.nextDue(),
  };
}
