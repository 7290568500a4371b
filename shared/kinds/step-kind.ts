import type { z } from 'zod';
import type { Channel } from '../model/channel';
import type { Position } from '../model/geometry';
import type { NodeKindDefinition } from '../model/nodes/define-node-kind';
import type { CheckEnv } from '../validation/check-env';
import type { NodeFieldPath } from '../validation/collector';

/**
 * How a step holds a contact: for a while ('time': a delay), until something happens or a timeout
 * passes ('event'), or not at all ('none': the contact moves on at once). A loop must go through a
 * step that waits, or contacts would go round it endlessly.
 */
export const WAIT_MODES = ['time', 'event', 'none'] as const;
export type WaitMode = (typeof WAIT_MODES)[number];

/** A step of a kind as it sits in a journey document. */
export interface StepOf<Kind extends string, Config> {
  id: string;
  kind: Kind;
  label: string;
  position: Position;
  config: Config;
}

/** One template a step names (or a slot still waiting for one: templateId null), where it sits in the step. */
export interface TemplateSlotRef {
  channel: Channel;
  templateId: string | null;
  /** Below the step, e.g. ['config', 'fallbacks', 0, 'templateId']. */
  path: NodeFieldPath;
}

/** What a step reads: customer fields by key ("tier", not "customer.tier") and event properties as written. */
export interface FieldsRead {
  profileFields: readonly string[];
  eventProperties: readonly string[];
}

/** What the dashboard shows of a step: the channels it may message on and, for an entry, its audience type. */
export interface StepDigest {
  channels: readonly Channel[];
  entryType: string | null;
}

/**
 * What a kind does beyond its shape, each member written once in the kind's own file. Every member
 * is required, so a new kind does not compile until it says what it does about each of them; the
 * journey engine's executor will be one more member here. Members are declared as methods on
 * purpose: that lets a kind's definition, typed for its own steps, stand in the registry of all kinds.
 */
export interface StepBehaviour<Step> {
  readonly waits: WaitMode;
  /** The kind's own validation rules, reporting through env.out; connections and loops are checked elsewhere. */
  check(env: CheckEnv, index: number, step: Step): void;
  /** The templates the step names, in order; empty for kinds that send nothing. */
  templates(step: Step): TemplateSlotRef[];
  /** The step with each template id passed through `map` (null leaves the slot empty); nothing else changes. */
  withTemplates(step: Step, map: (templateId: string) => string | null): Step;
  /** The customer fields and event properties the step's settings name. */
  fieldsRead(step: Step): FieldsRead;
  digest(step: Step): StepDigest;
  /**
   * The step as an exported file holds it: credentials left out, with one warning per value left
   * out naming the step (`stepName`, quoted), so the user knows what to fill in again.
   */
  withoutSecrets(step: Step, stepName: string): { step: Step; warnings: string[] };
}

export type StepKind<Kind extends string, Config extends z.ZodType> = NodeKindDefinition<Kind, Config> &
  StepBehaviour<StepOf<Kind, z.output<Config>>>;

/** Any step, as cross-kind code holds it. */
export type AnyStep = StepOf<string, unknown>;

/** Any kind, as cross-kind code sees it: a step is only ever passed to the kind it belongs to. */
export type AnyStepKind = NodeKindDefinition<string, z.ZodType> & StepBehaviour<AnyStep>;

/**
 * A kind: its model definition (schema, defaults, outputs, summary, display name, in
 * shared/model/nodes, which the journey schema is built from) with what it does.
 */
export function defineStepKind<Kind extends string, Config extends z.ZodType>(
  definition: NodeKindDefinition<Kind, Config>,
  behaviour: StepBehaviour<StepOf<Kind, z.output<Config>>>,
): StepKind<Kind, Config> {
  return Object.freeze({ ...definition, ...behaviour });
}

export const NO_FIELDS: FieldsRead = Object.freeze({ profileFields: [], eventProperties: [] });
export const NO_DIGEST: StepDigest = Object.freeze({ channels: [], entryType: null });

/** For kinds that name no templates. */
export const sendsNoTemplates = {
  templates: (): TemplateSlotRef[] => [],
  withTemplates: <Step>(step: Step): Step => step,
};

/** For kinds whose settings hold no credentials. */
export const holdsNoSecrets = {
  withoutSecrets: <Step>(step: Step): { step: Step; warnings: string[] } => ({ step, warnings: [] }),
};
