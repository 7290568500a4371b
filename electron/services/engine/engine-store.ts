/**
 * What the engine keeps, behind one port: the semantics (engine.ts, the executors) never see SQL,
 * so another database can implement this for a team server. Every method is synchronous and runs
 * inside the caller's `transaction` when there is one.
 */

export type RunStatus = 'active' | 'waiting' | 'effect' | 'ended';
export type RunOutcome = 'completed' | 'exited' | 'converted' | 'stopped';

/** The event that started a run, as conditions and templates read it. */
export interface TriggerEvent {
  id: string;
  name: string;
  properties: Record<string, unknown>;
  occurredAt: number;
}

export interface Run {
  id: number;
  journeyId: string;
  version: number;
  contactId: string;
  nodeId: string;
  status: RunStatus;
  outcome: RunOutcome | null;
  trigger: TriggerEvent | null;
  /** What the current node remembers between visits (when it was entered, which fallback, which attempt). */
  nodeState: Record<string, unknown>;
  /** The side effect the run waits on, performed after the claiming transaction commits. */
  effect: Record<string, unknown> | null;
  lastMessageKey: string | null;
  startedAt: number;
  updatedAt: number;
  endedAt: number | null;
}

export type NewRun = Pick<Run, 'journeyId' | 'version' | 'contactId' | 'nodeId' | 'trigger' | 'startedAt'>;

export interface DueWakeup {
  runId: number;
  dueAt: number;
  purpose: string;
}

export interface EventWait {
  runId: number;
  contactId: string;
  eventName: string;
  /** For clicked/opened/delivered: the idempotency key of the run's last message. */
  messageKey: string | null;
}

export interface StoredEvent extends TriggerEvent {
  customerId: string;
  receivedAt: number;
}

export type AttemptStatus = 'pending' | 'accepted' | 'rejected' | 'delivered' | 'failed' | 'skipped';

export interface MessageAttempt {
  idempotencyKey: string;
  attempt: number;
  runId: number;
  journeyId: string;
  version: number;
  nodeId: string;
  contactId: string;
  fallbackIndex: number;
  channel: string;
  provider: string;
  status: AttemptStatus;
  error: string | null;
  createdAt: number;
}

export interface StepLogEntry {
  runId: number;
  journeyId: string;
  version: number;
  nodeId: string;
  at: number;
  decision: string;
  detail: Record<string, unknown>;
}

/** The step-log decision a run moved to a new version leaves (at the step it moved to), read by the timeline. */
export const MOVED_DECISION = 'moved to a new version';

export const NODE_COUNTERS = [
  'entered',
  'sent',
  'delivered',
  'failed',
  'fellBack',
  /** Messages not sent on purpose (over the frequency cap with "skip"). */
  'skipped',
  'clicked',
  'converted',
  'exited',
] as const;
export type NodeCounter = (typeof NODE_COUNTERS)[number];

export interface CounterRow {
  version: number;
  nodeId: string;
  counter: NodeCounter;
  value: number;
}

/** A journey as the engine sees it: the journeys table's status and live version. */
export interface LiveJourney {
  journeyId: string;
  status: string;
  liveVersion: number;
}

/** How many runs are in flight at one step of one version. */
export interface StepInFlight {
  version: number;
  nodeId: string;
  count: number;
}

export interface EnrolmentState {
  journeyId: string;
  enrolledVersion: number | null;
  cursor: string | null;
  done: boolean;
  enrolledCount: number;
}

/**
 * A send: enrol exactly these customers into a journey now, whatever its entry's audience (the
 * journey API's "send to all / to a list / to a CSV file"). Queued here, enrolled by the engine.
 */
export interface SendRequest {
  id: string;
  journeyId: string;
  /** One send per key: queueing the same key again finds the first send. */
  requestKey: string;
  audience: 'all' | 'list' | 'csv';
  createdAt: number;
}

/** What became of one customer of a send: a run, or why not (the journey's re-entry rule; the journey no longer runs). */
export type SendOutcome = 'enrolled' | 're-entry' | 'not-active';

export interface SendProgress {
  id: string;
  journeyId: string;
  audience: SendRequest['audience'];
  createdAt: number;
  customers: number;
  enrolled: number;
  skipped: number;
  pending: number;
  finishedAt: number | null;
}

export interface PendingSendCustomer {
  sendId: string;
  journeyId: string;
  contactId: string;
}

export interface EngineStore {
  transaction<T>(fn: () => T): T;

  /** Takes or renews the named lease for `holder` until `expiresAt`; false while another holds it unexpired. */
  acquireLease(holder: string, now: number, expiresAt: number): boolean;
  releaseLease(holder: string): void;

  /** Journeys with a live version (active, paused, stopped, archived), whatever the engine did with them. */
  liveJourneys(): LiveJourney[];
  journeyStatus(journeyId: string): string | undefined;
  enrolment(journeyId: string): EnrolmentState | undefined;
  putEnrolment(state: EnrolmentState): void;
  /**
   * The journeys whose entries also enrol contacts who match later: from now on every contact
   * written (by any process) is queued for them once their activation scan has passed it. A
   * journey left out stops being watched and its queue is dropped.
   */
  watchContacts(journeyIds: readonly string[]): void;
  /** Contacts changed since they were last looked at for the journey, at most `limit`. */
  changedContacts(journeyId: string, limit: number): string[];
  forgetContactChanges(journeyId: string, contactIds: readonly string[]): void;
  /** Changes whenever another connection commits: how a running engine notices the CLI's writes. */
  dataVersion(): number;

  /**
   * Queues a send of these contacts (every contact, for 'all'; a contact named twice counts once),
   * or finds the send already queued under its request key.
   */
  queueSend(send: SendRequest, contactIds: readonly string[] | 'all'): { id: string; duplicate: boolean };
  send(sendId: string): SendProgress | undefined;
  /** Customers of sends not yet enrolled (nor skipped), at most `limit`. */
  pendingSendCustomers(limit: number): PendingSendCustomer[];
  /** Records what became of these customers; a send with none left pending is finished at `now`. */
  settleSendCustomers(outcomes: readonly (PendingSendCustomer & { outcome: SendOutcome })[], now: number): void;

  /** The journey state entries (the journey API's journey state entity) by name: what messages read as journey.state. */
  journeyState(journeyId: string): Record<string, unknown>;

  createRun(run: NewRun): number;
  /** Creates runs waiting at their node's door, each with a wake-up due at `dueAt`: many at once. */
  createWaitingRuns(runs: readonly NewRun[], dueAt: number, purpose: string): void;
  run(runId: number): Run | undefined;
  /** Runs in flight (not ended) at one step of one version of a journey, oldest first. */
  openRunsAt(journeyId: string, version: number, nodeId: string): Run[];
  /** Runs in flight counted by version and step. */
  inFlightBySteps(journeyId: string): StepInFlight[];
  /** The runs among these ids, keyed by id: one read for a batch. */
  runs(runIds: readonly number[]): Map<number, Run>;
  /** Writes the run's place (version and step), state and status. */
  saveRun(run: Run): void;
  /** The contact's newest run in the journey, if any. */
  latestRun(journeyId: string, contactId: string): Run | undefined;
  /** latestRun for many contacts at once, keyed by contact; contacts without a run are absent. */
  latestRuns(journeyId: string, contactIds: readonly string[]): Map<string, Run>;
  openRuns(contactId: string): Run[];
  openRunIds(journeyId: string): number[];
  /** Runs waiting on a side effect, oldest first. */
  runsInEffect(limit: number): Run[];

  schedule(runId: number, journeyId: string, dueAt: number, purpose: string): void;
  unschedule(runId: number): void;
  /** The run's pending wake-up, if any. */
  wakeupOf(runId: number): DueWakeup | undefined;
  /** Removes the wake-ups and the event waits of these runs: what claiming a batch of them needs. */
  clearWaits(runIds: readonly number[]): void;
  /** Wake-ups due by `now`, earliest first, of journeys not paused. */
  dueWakeups(now: number, limit: number): DueWakeup[];
  /** The earliest wake-up of a journey not paused, or null. */
  nextDue(): number | null;

  addEventWait(wait: EventWait): void;
  removeEventWait(runId: number): void;
  waitsFor(contactId: string, eventName: string): EventWait[];

  /** The id of the event recorded with this idempotency key, if any. */
  eventIdByKey(idempotencyKey: string): string | undefined;
  insertEvent(event: StoredEvent & { idempotencyKey: string | null; source: string }): {
    id: string;
    duplicate: boolean;
  };
  unprocessedEvents(limit: number): StoredEvent[];
  markProcessed(eventId: string, at: number): void;

  insertAttempt(attempt: MessageAttempt): void;
  setAttemptStatus(
    idempotencyKey: string,
    attempt: number,
    status: AttemptStatus,
    error: string | null,
    at: number,
  ): void;
  attemptByKey(idempotencyKey: string): MessageAttempt | undefined;
  /** Times of messages sent (or about to be) to a contact after `since`, across journeys; test sends excluded. */
  sendsSince(contactId: string, since: number): number[];

  bump(journeyId: string, version: number, nodeId: string, counter: NodeCounter, by?: number): void;
  counters(journeyId: string): CounterRow[];
  log(entry: StepLogEntry): void;
  /** The lines in order, as `log` would write them one by one. */
  logMany(entries: readonly StepLogEntry[]): void;
  stepLog(runId: number): StepLogEntry[];
}
