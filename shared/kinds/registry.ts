import { NODE_KIND_DEFINITIONS, type NodeKind } from '../model/nodes/registry';
import { conditionStepKind } from './condition';
import { delayStepKind } from './delay';
import { entryStepKind } from './entry';
import { exitStepKind } from './exit';
import { messageStepKind } from './message';
import { randomSplitStepKind } from './randomSplit';
import { retargetStepKind } from './retarget';
import { WAIT_MODES, type AnyStep, type AnyStepKind } from './step-kind';
import { updateProfileStepKind } from './updateProfile';
import { waitForEventStepKind } from './waitForEvent';
import { webhookStepKind } from './webhook';

/**
 * Every kind with what it does, by kind. Keyed by NodeKind (the kinds of shared/model/nodes/registry),
 * so a kind added to the model does not compile until it is added here, with every member.
 */
export const STEP_KINDS = {
  entry: entryStepKind,
  message: messageStepKind,
  condition: conditionStepKind,
  waitForEvent: waitForEventStepKind,
  randomSplit: randomSplitStepKind,
  retarget: retargetStepKind,
  delay: delayStepKind,
  webhook: webhookStepKind,
  updateProfile: updateProfileStepKind,
  exit: exitStepKind,
} as const satisfies { readonly [K in NodeKind]: AnyStepKind & { readonly kind: K } };

/** The kinds cross-kind code asks about a step: what it checks, names, reads, sends and whether it waits. */
export interface StepKindRegistry {
  /** In palette order. */
  readonly all: readonly AnyStepKind[];
  get(kind: string): AnyStepKind | undefined;
  /** The kind of a step; throws for a kind the registry does not have (a parsed journey never has one). */
  of(step: AnyStep): AnyStepKind;
}

const BEHAVIOUR_MEMBERS = [
  'displayName',
  'check',
  'templates',
  'withTemplates',
  'fieldsRead',
  'digest',
  'withoutSecrets',
] as const;

/** Refuses a kind that lacks a member, for kinds built where the compiler could not see them. */
function assertComplete(kind: AnyStepKind): void {
  for (const member of BEHAVIOUR_MEMBERS) {
    if (typeof kind[member] !== 'function') throw new TypeError(`The step kind "${kind.kind}" has no ${member}.`);
  }
  if (!(WAIT_MODES as readonly string[]).includes(kind.waits)) {
    throw new TypeError(
      `The step kind "${kind.kind}" says it waits "${String(kind.waits)}"; expected ${WAIT_MODES.join(', ')}.`,
    );
  }
}

/** A registry over `kinds`: the app's one is `stepKinds`; tests build others, e.g. with a kind of their own. */
export function createStepKindRegistry(kinds: readonly AnyStepKind[]): StepKindRegistry {
  const byKind = new Map<string, AnyStepKind>();
  for (const kind of kinds) {
    assertComplete(kind);
    if (byKind.has(kind.kind)) throw new TypeError(`The step kind "${kind.kind}" is registered twice.`);
    byKind.set(kind.kind, kind);
  }
  return Object.freeze({
    all: Object.freeze([...kinds]),
    get: (kind: string) => byKind.get(kind),
    of(step: AnyStep) {
      const kind = byKind.get(step.kind);
      if (kind === undefined) throw new TypeError(`There is no step kind "${step.kind}".`);
      return kind;
    },
  });
}

/** The app's kinds, in palette order. */
export const stepKinds: StepKindRegistry = createStepKindRegistry(
  NODE_KIND_DEFINITIONS.map((definition) => STEP_KINDS[definition.kind]),
);
