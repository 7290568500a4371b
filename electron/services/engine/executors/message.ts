import { customerTemplateData, type Contact } from '../../../../shared/audience/index';
import { formatDuration, type Channel, type MessageConfig } from '../../../../shared/model/index';
import { createLiquid } from '../../../../shared/templates/liquid';
import type { RenderRequest } from '../../rendering/render-pipeline';
import type { SendResult } from '../../providers/provider';
import { durationMs, quietHoursEnd, usableZone } from '../zoned-time';
import type { StepContext, StepExecutor, StepOutcome } from './executor';

/** Temporary refusals are retried this many times in all before the next channel is tried. */
export const MAX_SEND_ATTEMPTS = 3;
/** The first retry's nominal wait; each next one doubles it. */
export const RETRY_BACKOFF_MS = 60_000;
/** A provider's Retry-After is honoured up to this long; a longer ask is waited this long. */
export const MAX_RETRY_AFTER_MS = 24 * 3600_000;

interface Leg {
  channel: Channel;
  templateId: string | null;
}

function legsOf(config: MessageConfig): Leg[] {
  return [{ channel: config.channel, templateId: config.templateId }, ...config.fallbacks];
}

/** Where a channel reaches the contact, or null when the contact has no address for it. */
export function addressFor(contact: Contact, channel: Channel): string | null {
  switch (channel) {
    case 'email':
      return contact.email;
    case 'sms':
    case 'whatsapp':
      return contact.phone;
    case 'push':
      return contact.pushTokens[0] ?? null;
    case 'telegram':
      return contact.telegramChatId;
    case 'inapp':
    case 'wallet':
    case 'marketing':
      return contact.customerId;
  }
}

/** One key per run, step and channel of the fallback chain: the same send always has the same key. */
export function sendKey(runId: number, nodeId: string, fallbackIndex: number): string {
  return `${runId}:${nodeId}:send:${fallbackIndex}`;
}

interface MessageState {
  fallbackIndex?: number;
  attempt?: number;
  /** The key of the message sent and waiting for its delivery report (a delivery window). */
  awaitingDelivery?: string;
}

/** "1 day", "36 hours": a cap's period as the step log says it. */
function periodText(hours: number): string {
  return hours % 24 === 0
    ? formatDuration({ amount: hours / 24, unit: 'days' })
    : formatDuration({ amount: hours, unit: 'hours' });
}

function state(context: StepContext<'message'>): { fallbackIndex: number; attempt: number } {
  const saved = context.run.nodeState as MessageState;
  return { fallbackIndex: saved.fallbackIndex ?? 0, attempt: saved.attempt ?? 1 };
}

function fallBack(context: StepContext<'message'>, from: number, reason: string): StepOutcome {
  const legs = legsOf(context.node.config);
  const next = from + 1;
  if (next < legs.length) {
    context.count('fellBack');
    context.note({
      decision: 'fallback',
      detail: { from: legs[from]!.channel, to: legs[next]!.channel, reason },
    });
  }
  context.run.nodeState = { fallbackIndex: next, attempt: 1 };
  return trySend(context);
}

/** Picks the channel, honours quiet hours and the frequency cap, and records the pending attempt. */
function trySend(context: StepContext<'message'>): StepOutcome {
  const { node, contact, run, now, version, engineStore } = context;
  const legs = legsOf(node.config);
  const { fallbackIndex, attempt } = state(context);
  const leg = legs[fallbackIndex];
  if (leg === undefined) {
    context.count('failed');
    return { type: 'go', output: 'next', decision: 'not sent', detail: { reason: 'every channel failed' } };
  }
  const recipient = addressFor(contact, leg.channel);
  if (recipient === null || recipient === '') return fallBack(context, fallbackIndex, `no ${leg.channel} address`);
  const template = leg.templateId === null ? undefined : version.templates.get(leg.templateId);
  if (template === undefined || template.channel !== leg.channel) {
    return fallBack(context, fallbackIndex, `template ${leg.templateId ?? '(none)'} missing from the version`);
  }

  const settings = version.journey.settings;
  if (settings.quietHours.enabled) {
    const zone = usableZone(contact.timeZone ?? settings.timeZone);
    const end = quietHoursEnd(now, settings.quietHours.start, settings.quietHours.end, zone);
    if (end !== null) {
      return {
        type: 'wait',
        until: end,
        purpose: 'quiet hours',
        decision: 'deferred: quiet hours',
        detail: { zone, until: new Date(end).toISOString() },
      };
    }
  }
  if (settings.frequencyCap.enabled) {
    const period = settings.frequencyCap.periodHours * 3600_000;
    const sends = engineStore.sendsSince(contact.customerId, now - period);
    const { maxMessages } = settings.frequencyCap;
    if (sends.length >= maxMessages && settings.frequencyCap.whenOver === 'skip') {
      context.count('skipped');
      return {
        type: 'go',
        output: 'next',
        decision: `skipped: frequency cap (${maxMessages} per ${periodText(settings.frequencyCap.periodHours)})`,
        detail: { sent: sends.length, maxMessages, periodHours: settings.frequencyCap.periodHours },
      };
    }
    if (sends.length >= maxMessages) {
      const until = sends[sends.length - maxMessages]! + period;
      return {
        type: 'wait',
        until,
        purpose: 'frequency cap',
        decision: 'deferred: frequency cap',
        detail: {
          sent: sends.length,
          maxMessages,
          periodHours: settings.frequencyCap.periodHours,
          until: new Date(until).toISOString(),
        },
      };
    }
  }

  const key = sendKey(run.id, node.id, fallbackIndex);
  engineStore.insertAttempt({
    idempotencyKey: key,
    attempt,
    runId: run.id,
    journeyId: run.journeyId,
    version: run.version,
    nodeId: node.id,
    contactId: contact.customerId,
    fallbackIndex,
    channel: leg.channel,
    provider: context.providerName(leg.channel),
    status: 'pending',
    error: null,
    createdAt: now,
  });
  return {
    type: 'effect',
    effect: { key, attempt, channel: leg.channel, templateId: template.id, recipient },
    decision: 'sending',
    detail: { channel: leg.channel, key, attempt },
  };
}

/**
 * A delivery report recorded before the send's result was settled, if any (it is kept). Today's
 * loop settles effects before it reads new events, so this guards a loop that interleaves them.
 */
function reportedEarly(context: StepContext<'message'>, key: string, attempt: number): 'delivered' | 'failed' | null {
  const recorded = context.engineStore.attemptByKey(key);
  if (recorded?.attempt !== attempt) return null;
  return recorded.status === 'delivered' || recorded.status === 'failed' ? recorded.status : null;
}

/** The delivery window ended, or a report woke the step early: go on, or take the next fallback. */
function deliveryDecided(context: StepContext<'message'>): StepOutcome {
  const { engineStore, node } = context;
  const { fallbackIndex } = state(context);
  const key = String((context.run.nodeState as MessageState).awaitingDelivery);
  const recorded = engineStore.attemptByKey(key);
  if (recorded?.status === 'delivered') {
    context.run.nodeState = { fallbackIndex };
    return { type: 'go', output: 'next', decision: 'delivered', detail: { key, channel: recorded.channel } };
  }
  const window = node.config.deliveryWindow;
  const reason =
    recorded?.status === 'failed'
      ? `delivery failed: ${recorded.error ?? 'reported by the provider'}`
      : `not delivered within ${window ? formatDuration(window) : 'its window'}`;
  context.note({ decision: reason, detail: { key, channel: recorded?.channel } });
  return fallBack(context, fallbackIndex, reason);
}

/** A number in [0, 1) fixed by the text (FNV-1a): the same send and attempt always get the same share. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0) / 0x1_0000_0000;
}

/**
 * The wait before retrying attempt `attempt` of the send `key` after a temporary refusal:
 * exponential backoff (1, 2, 4… × RETRY_BACKOFF_MS) with jitter between half and one and a half
 * times that, so messages refused together do not all come back at the same moment. The jitter
 * is derived from the key, not drawn at random, so a send replayed after a crash keeps its
 * schedule.
 */
export function retryDelayMs(key: string, attempt: number): number {
  const nominal = RETRY_BACKOFF_MS * 2 ** (attempt - 1);
  return Math.round(nominal * (0.5 + unitHash(`${key}#${attempt}`)));
}

function settle(context: StepContext<'message'>, result: Record<string, unknown>): StepOutcome {
  const { run, engineStore, now, count, node } = context;
  const { fallbackIndex, attempt } = state(context);
  const key = String(result.key);
  const send = result as unknown as SendResult & { key: string };
  if (send.status === 'accepted') {
    // A provider may report delivery before the engine has settled its answer to the send.
    const early = send.delivered ? null : reportedEarly(context, key, attempt);
    if (early === null)
      engineStore.setAttemptStatus(key, attempt, send.delivered ? 'delivered' : 'accepted', null, now);
    count('sent');
    // A delivery the provider reports at once (the outbox) is read from the attempt by a wait for
    // "delivered"; later delivery reports arrive as MESSAGE_EVENTS.delivered events (counted there).
    if (send.delivered) count('delivered');
    run.lastMessageKey = key;
    const window = node.config.deliveryWindow ?? null;
    if (window !== null && !send.delivered && (send.reportsDelivery === true || early !== null)) {
      run.nodeState = { fallbackIndex, attempt, awaitingDelivery: key };
      const until = early === null ? now + durationMs(window) : now;
      return {
        type: 'wait',
        until,
        purpose: 'delivery',
        decision: 'sent: waiting for delivery',
        detail: {
          key,
          channel: result.channel,
          messageId: send.providerMessageId,
          until: new Date(until).toISOString(),
        },
      };
    }
    return {
      type: 'go',
      output: 'next',
      decision: 'sent',
      detail: { key, channel: result.channel, messageId: send.providerMessageId },
    };
  }
  engineStore.setAttemptStatus(key, attempt, send.kind === 'temporary' ? 'rejected' : 'failed', send.reason, now);
  if (send.kind === 'temporary' && attempt < MAX_SEND_ATTEMPTS) {
    context.run.nodeState = { fallbackIndex, attempt: attempt + 1 };
    const asked = send.retryAfterMs;
    const delay = asked === undefined ? retryDelayMs(key, attempt) : Math.min(Math.max(0, asked), MAX_RETRY_AFTER_MS);
    const until = now + delay;
    return {
      type: 'wait',
      until,
      purpose: 'retry',
      decision: 'retry later',
      detail: {
        reason: send.reason,
        attempt,
        ...(asked === undefined ? { backoffMs: delay } : { retryAfterMs: delay }),
        until: new Date(until).toISOString(),
      },
    };
  }
  const reason = send.kind === 'temporary' ? `retries exhausted: ${send.reason}` : `refused: ${send.reason}`;
  return fallBack(context, fallbackIndex, reason);
}

const liquid = createLiquid();

/** A step variable: Liquid when it has tags, else a dotted path into the data ("event.trackingUrl"). */
function variableValue(expression: string, data: Record<string, unknown>): unknown {
  if (expression.includes('{')) return liquid.parseAndRenderSync(expression, data) as string;
  return expression
    .trim()
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    );
}

export const messageExecutor: StepExecutor<'message'> = {
  step: (context) => {
    if (context.visit.type === 'effect') return settle(context, context.visit.result);
    if (context.visit.type === 'wake' && context.visit.purpose === 'delivery') return deliveryDecided(context);
    if (context.visit.type === 'enter') context.run.nodeState = {};
    return trySend(context);
  },

  async perform({ run, node, contact, version, effect, deps }) {
    const key = String(effect.key);
    const template = version.templates.get(String(effect.templateId));
    const base = { key, channel: effect.channel };
    if (template === undefined) return { ...base, status: 'rejected', kind: 'permanent', reason: 'template missing' };
    const data: Record<string, unknown> = {
      customer: customerTemplateData(contact),
      event: run.trigger?.properties ?? {},
      // Read as the message is sent: a state entry updated through the journey API applies from then on.
      journey: { state: deps.journeyState(run.journeyId) },
    };
    for (const [name, expression] of Object.entries(node.config.variables))
      data[name] = variableValue(expression, data);
    const rendered = await deps.renderer.render({
      channel: template.channel,
      content: template.content,
      data,
      strictVariables: false,
      knownCustomerFields: deps.knownCustomerFields(),
      cache: false,
    } as RenderRequest);
    if (!rendered.ok) {
      const reason =
        rendered.diagnostics.find((diagnostic) => diagnostic.severity === 'error')?.message ?? 'render failed';
      return { ...base, status: 'rejected', kind: 'permanent', reason: `could not render: ${reason}` };
    }
    const result = await deps.provider.send(
      {
        channel: template.channel,
        recipient: String(effect.recipient),
        rendered,
        journeyId: run.journeyId,
        version: run.version,
        nodeId: node.id,
        runId: run.id,
        contactId: contact.customerId,
        templateId: template.id,
        isTest: false,
      },
      key,
    );
    return { ...base, ...result };
  },
};
