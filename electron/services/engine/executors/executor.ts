import type { Contact, FieldDefinition } from '../../../../shared/audience/index';
import type { NodeKind, NodeOfKind } from '../../../../shared/model/index';
import type { RenderPipeline } from '../../rendering/render-pipeline';
import type { SecretStore } from '../../secrets/secret-store';
import type { Store } from '../../store/store';
import type { MessageProvider } from '../../providers/provider';
import type { Clock } from '../../ports/clock';
import type { DueWakeup, EngineStore, NodeCounter, Run, RunOutcome, StoredEvent } from '../engine-store';
import type { LoadedVersion } from '../loaded-version';

/** Why the engine is asking a node to act. */
export type Visit =
  | { type: 'enter' }
  | { type: 'wake'; purpose: string }
  | { type: 'event'; event: StoredEvent }
  | { type: 'effect'; result: Record<string, unknown> };

/** What was decided, for the step log. */
export interface Decision {
  decision: string;
  detail?: Record<string, unknown>;
}

export type StepOutcome = Decision &
  (
    | { type: 'go'; output: string }
    /** Stay on the node until `until` (a wake-up) and/or the event arrives. */
    | { type: 'wait'; until: number | null; purpose: string; event?: { name: string; messageKey: string | null } }
    /** Perform a side effect after the transaction commits; its result comes back as an effect visit. */
    | { type: 'effect'; effect: Record<string, unknown> }
    | { type: 'end'; outcome: RunOutcome }
  );

export interface StepContext<K extends NodeKind> {
  run: Run;
  node: NodeOfKind<K>;
  visit: Visit;
  now: number;
  contact: Contact;
  version: LoadedVersion;
  engineStore: EngineStore;
  store: Store;
  fields: () => readonly FieldDefinition[];
  /** The name of the provider a message on this channel goes to now, for the attempt log. */
  providerName(channel: string): string;
  /** Bumps a counter of this node (or another of the same version). */
  count(counter: NodeCounter, nodeId?: string): void;
  /** An extra step-log line beside the outcome's own (a fallback taken, a deferral). */
  note(decision: Decision): void;
}

export interface EffectDeps {
  renderer: RenderPipeline;
  provider: MessageProvider;
  secrets: SecretStore;
  clock: Clock;
  knownCustomerFields: () => readonly string[];
  /** The journey state entries by name, as messages read them ({{ journey.state.NAME }}). */
  journeyState: (journeyId: string) => Record<string, unknown>;
  fetch: typeof fetch;
}

export interface EffectContext<K extends NodeKind> {
  run: Run;
  node: NodeOfKind<K>;
  contact: Contact;
  version: LoadedVersion;
  effect: Record<string, unknown>;
  deps: EffectDeps;
}

/** A run waiting at a step moves to a new version in which the same step (same id and kind) changed. */
export interface WaitMove<K extends NodeKind> {
  before: NodeOfKind<K>;
  after: NodeOfKind<K>;
  /** The run's pending wake-up under the old settings, if it has one. */
  wakeup: DueWakeup | undefined;
  now: number;
}

/** The wait stands (its wake-up moved to `dueAt` when given), or the run enters the changed step afresh. */
export type WaitAfterMove = { keep: true; dueAt?: number } | { keep: false };

/**
 * What a kind does at run time. `step` runs inside the claiming transaction and must not wait on
 * anything; `perform` runs after commit for kinds with side effects (sending, calling out), and
 * may be repeated after a crash, so it must be idempotent by the effect's key.
 */
export interface StepExecutor<K extends NodeKind> {
  step(context: StepContext<K>): StepOutcome;
  perform?(context: EffectContext<K>): Promise<Record<string, unknown>>;
  /** Without it, a run moved to the changed step keeps waiting as it was (the new settings apply from its next visit). */
  moveWait?(move: WaitMove<K>): WaitAfterMove;
}

export type StepExecutors = { readonly [K in NodeKind]: StepExecutor<K> };
