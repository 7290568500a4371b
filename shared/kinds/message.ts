import { channelLabel, type Channel } from '../model/channel';
import type { NodeOfKind } from '../model/index';
import { messageNodeKind } from '../model/nodes/message';
import type { CheckEnv } from '../validation/check-env';
import type { NodeFieldPath } from '../validation/collector';
import type { ValidationTemplate } from '../validation/diagnostic';
import { isPositive, shown } from '../validation/durations';
import { providedByMessage, undefinedVariableHint, unprovidedVariables } from '../validation/template-variables';
import { NO_FIELDS, defineStepKind, holdsNoSecrets, type TemplateSlotRef } from './step-kind';

/** Which template of a message: its own (-1) or a fallback's (its position). */
type Slot = number;
const PRIMARY: Slot = -1;

function slotPath(slot: Slot, field: 'templateId' | 'channel'): NodeFieldPath {
  return slot === PRIMARY ? ['config', field] : ['config', 'fallbacks', slot, field];
}

function slotName(slot: Slot, channel: Channel, named: string): string {
  return slot === PRIMARY ? named : `The ${channelLabel(channel)} fallback of ${named}`;
}

/**
 * MISSING_TEMPLATE, then with known templates TEMPLATE_NOT_FOUND, or TEMPLATE_CHANNEL_MISMATCH and
 * TEMPLATE_INVALID. The template when usable.
 */
function checkTemplateRef(
  env: CheckEnv,
  index: number,
  node: NodeOfKind<'message'>,
  slot: Slot,
  channel: Channel,
  templateId: string | null,
): ValidationTemplate | undefined {
  const { out, context } = env;
  if (templateId === null || templateId === '') {
    out.onNode(
      'error',
      index,
      {
        code: 'MISSING_TEMPLATE',
        message: `${slotName(slot, channel, out.named(node))} has no ${channelLabel(channel)} template chosen.`,
        hint: 'Pick a template in the inspector, or create one.',
        fix: { kind: 'createTemplate', label: `Create a template for ${channelLabel(channel)}` },
      },
      slotPath(slot, 'templateId'),
    );
    return undefined;
  }
  if (context.templates === undefined) return undefined;
  const template = context.templates.get(templateId);
  if (template === undefined) {
    out.onNode(
      'error',
      index,
      {
        code: 'TEMPLATE_NOT_FOUND',
        message: `${slotName(slot, channel, out.named(node))} uses a template ("${templateId}") that does not exist.`,
        hint: 'Pick another template; the one chosen was deleted or never imported.',
      },
      slotPath(slot, 'templateId'),
    );
    return undefined;
  }
  if (template.channel !== channel) {
    out.onNode(
      'error',
      index,
      {
        code: 'TEMPLATE_CHANNEL_MISMATCH',
        message: `${slotName(slot, channel, out.named(node))} uses the template "${template.name}", which is for ${channelLabel(template.channel)}, not ${channelLabel(channel)}.`,
        hint: `Pick a template for ${channelLabel(channel)}, or change the channel to ${channelLabel(template.channel)}.`,
      },
      slotPath(slot, 'templateId'),
    );
  }
  checkTemplateProblems(env, index, node, slot, channel, template);
  return template;
}

/** TEMPLATE_INVALID: the template cannot be sent as it is (an empty SMS body, Liquid that does not parse). */
function checkTemplateProblems(
  env: CheckEnv,
  index: number,
  node: NodeOfKind<'message'>,
  slot: Slot,
  channel: Channel,
  template: ValidationTemplate,
): void {
  const [first, ...rest] = template.problems;
  if (first === undefined) return;
  const { out } = env;
  const more = rest.length === 0 ? '' : ` (and ${rest.length} more)`;
  out.onNode(
    'error',
    index,
    {
      code: 'TEMPLATE_INVALID',
      message: `${slotName(slot, channel, out.named(node))} uses the template "${template.name}", which has ${template.problems.length === 1 ? 'an error' : 'errors'}: ${first}${more}`,
      hint: `Open the template "${template.name}" and correct it, or pick another template.`,
    },
    slotPath(slot, 'templateId'),
  );
}

function checkConfigured(
  env: CheckEnv,
  index: number,
  node: NodeOfKind<'message'>,
  slot: Slot,
  channel: Channel,
): void {
  const configured = env.context.configuredChannels;
  if (configured === undefined || configured.has(channel) || env.unconfiguredReported.has(channel)) return;
  env.unconfiguredReported.add(channel);
  const { out } = env;
  const label = channelLabel(channel);
  out.onNode(
    'warning',
    index,
    {
      code: 'CHANNEL_NOT_CONFIGURED',
      message:
        slot === PRIMARY
          ? `${out.named(node)} sends on ${label}, but no ${label} provider is set up, so its messages stay in the local Outbox and reach no one.`
          : `${out.named(node)} falls back to ${label}, but no ${label} provider is set up, so its messages stay in the local Outbox and reach no one.`,
      hint: `Set up a ${label} provider in Settings → Channels; until then, the Outbox shows what would have been sent on ${label}.`,
      fix: { kind: 'openChannelSettings', label: `Set up ${label} in Settings` },
    },
    slotPath(slot, 'channel'),
  );
}

function checkDuplicateFallback(env: CheckEnv, index: number, node: NodeOfKind<'message'>, slot: number): void {
  const { channel, fallbacks } = node.config;
  const fallbackChannel = fallbacks[slot]!.channel;
  let repeats = fallbackChannel === channel;
  for (let earlier = 0; !repeats && earlier < slot; earlier++)
    repeats = fallbacks[earlier]!.channel === fallbackChannel;
  if (!repeats) return;
  const { out } = env;
  const label = channelLabel(fallbackChannel);
  out.onNode(
    'error',
    index,
    {
      code: 'DUPLICATE_FALLBACK_CHANNEL',
      message:
        fallbackChannel === channel
          ? `${out.named(node)} falls back to ${label}, which is already the channel it sends on.`
          : `${out.named(node)} falls back to ${label} more than once.`,
      hint: 'Pick a different channel for the fallback, or remove it: a fallback retries on another channel.',
    },
    slotPath(slot, 'channel'),
  );
}

/**
 * UNDEFINED_VARIABLE once per variable of the node, on the first template that reads it. `reported`
 * carries the node's variables between its templates; it is created only once there is one.
 */
function checkVariables(
  env: CheckEnv,
  index: number,
  node: NodeOfKind<'message'>,
  slot: Slot,
  template: ValidationTemplate,
  reportedSoFar: Set<string> | undefined,
): Set<string> | undefined {
  const unprovided = unprovidedVariables(env, template);
  if (unprovided.length === 0) return reportedSoFar;
  const reported = reportedSoFar ?? new Set<string>();
  const { out } = env;
  for (const path of unprovided) {
    if (reported.has(path) || providedByMessage(path, node.config.variables)) continue;
    reported.add(path);
    out.onNode(
      'warning',
      index,
      {
        code: 'UNDEFINED_VARIABLE',
        message: `The template "${template.name}" of ${out.named(node)} uses {{ ${path} }}, which nothing in this journey provides, so it would render empty.`,
        hint: undefinedVariableHint(env, path),
      },
      slotPath(slot, 'templateId'),
    );
  }
  return reported;
}

/**
 * Everything about a message step's channels and templates. Variables are checked as a warning:
 * Liquid renders a missing variable as empty text and templates often guard one with `default`
 * or `if`, which reading the template cannot see, so it should be looked at but need not block.
 */
function checkMessage(env: CheckEnv, index: number, node: NodeOfKind<'message'>): void {
  const { channel, templateId, fallbacks } = node.config;
  const primary = checkTemplateRef(env, index, node, PRIMARY, channel, templateId);
  checkConfigured(env, index, node, PRIMARY, channel);
  let reported: Set<string> | undefined;
  if (primary !== undefined) reported = checkVariables(env, index, node, PRIMARY, primary, reported);
  for (let slot = 0; slot < fallbacks.length; slot++) {
    const fallback = fallbacks[slot]!;
    checkDuplicateFallback(env, index, node, slot);
    const template = checkTemplateRef(env, index, node, slot, fallback.channel, fallback.templateId);
    checkConfigured(env, index, node, slot, fallback.channel);
    if (template !== undefined) reported = checkVariables(env, index, node, slot, template, reported);
  }
  checkDeliveryWindow(env, index, node);
}

/** INVALID_DELIVERY_WINDOW: a window of nothing would take the fallback before any provider could report. */
function checkDeliveryWindow(env: CheckEnv, index: number, node: NodeOfKind<'message'>): void {
  const window = node.config.deliveryWindow ?? null;
  if (window === null || isPositive(window)) return;
  env.out.onNode(
    'error',
    index,
    {
      code: 'INVALID_DELIVERY_WINDOW',
      message: `${env.out.named(node)} falls back if not delivered within ${shown(window)}, so it would fall back before any delivery could be reported.`,
      hint: 'Set the delivery window to at least 1 minute, e.g. 2 hours, or turn "Fall back if not delivered within" off.',
    },
    ['config', 'deliveryWindow', 'amount'],
  );
}

/** A template id that names something: null and "" both mean none is chosen yet. */
function named(templateId: string | null): templateId is string {
  return templateId !== null && templateId !== '';
}

export const messageStepKind = defineStepKind(messageNodeKind, {
  waits: 'none',
  check: checkMessage,
  templates: (step) => {
    const { channel, templateId, fallbacks } = step.config;
    const slots: TemplateSlotRef[] = [{ channel, templateId, path: slotPath(PRIMARY, 'templateId') }];
    fallbacks.forEach((fallback, slot) =>
      slots.push({ channel: fallback.channel, templateId: fallback.templateId, path: slotPath(slot, 'templateId') }),
    );
    return slots;
  },
  withTemplates: (step, map) => {
    const mapId = (id: string | null) => (named(id) ? map(id) : null);
    return {
      ...step,
      config: {
        ...step.config,
        templateId: mapId(step.config.templateId),
        fallbacks: step.config.fallbacks.map((fallback) => ({ ...fallback, templateId: mapId(fallback.templateId) })),
      },
    };
  },
  fieldsRead: () => NO_FIELDS,
  ...holdsNoSecrets,
  digest: (step) => ({
    channels: [step.config.channel, ...step.config.fallbacks.map((fallback) => fallback.channel)],
    entryType: null,
  }),
});
