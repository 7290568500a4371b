// The journey the crash tests run, the contacts it runs over, and what each contact must end with,
// worked out from the contact's own data and the loopback webhook's rules (never from the engine's
// records).
import { blankContact, type Contact } from '../../../../../shared/audience/index';
import type { AppCore } from '../../../../../electron/services/app-services';
import { contract, createClient } from '../../../../../shared/contract/index';
import { inProcessTransport } from '../../../../support/in-process-transport';
import { seededLink, seededStep } from '../../../../support/engine-seed';
import { WEBHOOK_MAX_RETRIES, WEBHOOK_MAX_TIMEOUT_SECONDS } from '../../../../../shared/model/nodes/webhook';

export const PURCHASE = 'purchase';
/** Sent to some waiting contacts too: an event of another name must not end the wait. */
export const BROWSE = 'browse';

/** Each message step's channels in fallback order. */
const CHAIN = {
  welcome: ['telegram', 'sms', 'push'],
  thanks: ['push', 'telegram', 'sms'],
  reminder: ['sms', 'telegram'],
} as const;
type MessageStep = keyof typeof CHAIN;
type CrashChannel = (typeof CHAIN)[MessageStep][number];

export type CrashEnd = 'exitBought' | 'exitReminded' | 'exitHookFailed';

export interface ExpectedMessage {
  node: MessageStep;
  channel: CrashChannel;
  recipient: string;
}

export interface CrashExpectation {
  end: CrashEnd;
  messages: ExpectedMessage[];
}

export function customerIdOf(index: number): string {
  return `c${String(index).padStart(6, '0')}`;
}

export function indexOf(customerId: string): number {
  return Number(customerId.slice(1));
}

/**
 * Four kinds of contact by index: Telegram and a phone; a phone only (welcome falls back to SMS);
 * a push token only (falls back twice); no address at all (every message step sends nothing).
 */
export function crashContact(index: number): Contact {
  const kind = index % 10;
  const phone = `+3460${String(index).padStart(7, '0')}`;
  return {
    ...blankContact('2026-01-01T00:00:00.000Z'),
    customerId: customerIdOf(index),
    phone: kind <= 6 ? phone : null,
    telegramChatId: kind <= 3 ? String(900_000_000 + index) : null,
    pushTokens: kind === 7 || kind === 8 ? [`push-token-${index}`] : [],
  };
}

/** How the loopback webhook answers a contact: 400 (the failure path), 503 once then 200, or 200. */
export function hookAnswer(customerId: string): 'refuse' | 'busy once' | 'ok' {
  const index = indexOf(customerId);
  if (index % 7 === 3) return 'refuse';
  if (index % 5 === 1) return 'busy once';
  return 'ok';
}

/** Which event the test sends a contact seen waiting for the purchase (null: none, it times out). */
export function eventFor(customerId: string): string | null {
  const index = indexOf(customerId);
  if (index % 3 === 0) return PURCHASE;
  if (index % 3 === 1) return BROWSE;
  return null;
}

function addressOf(contact: Contact, channel: CrashChannel): string | null {
  if (channel === 'telegram') return contact.telegramChatId;
  if (channel === 'sms') return contact.phone;
  return contact.pushTokens[0] ?? null;
}

function message(contact: Contact, node: MessageStep): ExpectedMessage[] {
  for (const channel of CHAIN[node]) {
    const recipient = addressOf(contact, channel);
    if (recipient) return [{ node, channel, recipient }];
  }
  return [];
}

export function expectedFor(contact: Contact): CrashExpectation {
  const welcome = message(contact, 'welcome');
  if (hookAnswer(contact.customerId) === 'refuse') return { end: 'exitHookFailed', messages: welcome };
  if (eventFor(contact.customerId) === PURCHASE)
    return { end: 'exitBought', messages: [...welcome, ...message(contact, 'thanks')] };
  return { end: 'exitReminded', messages: [...welcome, ...message(contact, 'reminder')] };
}

export interface CrashJourneyTiming {
  delayMinutes: number;
  waitMinutes: number;
}

/**
 * Seeds `contacts` contacts and activates: entry (all contacts) → welcome (Telegram → SMS → push)
 * → webhook to `hookUrl` (failure → exit) → delay → wait for "purchase" with a timeout →
 * thanks (push → Telegram → SMS) or reminder (SMS → Telegram) → exit. Enrolment is left to the
 * engine that starts next.
 */
export async function prepareCrashJourney(
  core: AppCore,
  hookUrl: string,
  contacts: number,
  timing: CrashJourneyTiming,
): Promise<void> {
  const client = createClient(contract, inProcessTransport(core));
  for (const channel of ['sms', 'telegram', 'push'] as const)
    await client.settings.set({ key: `channels.${channel}.provider`, value: 'local' });
  const sms = await client.templates.create({
    channel: 'sms',
    name: 'SMS',
    content: { body: 'Hi {{ customer.customerId }}', senderId: 'SHOP' },
  });
  const telegram = await client.templates.create({
    channel: 'telegram',
    name: 'Telegram',
    content: { text: 'Hi {{ customer.customerId }}', parseMode: 'HTML', buttons: [] },
  });
  const push = await client.templates.create({
    channel: 'push',
    name: 'Push',
    content: { title: 'Hi', body: 'Hi {{ customer.customerId }}', imageUrl: '', deepLink: '' },
  });
  const templateOf = { sms: sms.id, telegram: telegram.id, push: push.id };
  const messageStep = (id: MessageStep) => {
    const [first, ...rest] = CHAIN[id];
    return seededStep(id, 'message', {
      channel: first,
      templateId: templateOf[first],
      fallbacks: rest.map((channel) => ({ channel, templateId: templateOf[channel] })),
    });
  };

  const store = core.context.store;
  store.transaction(() => {
    for (let i = 0; i < contacts; i += 1) store.contacts.put(crashContact(i));
  });

  const created = await client.journeys.create({ name: 'Crash' });
  const nodes = [
    seededStep('entry', 'entry', { audience: { type: 'all' } }),
    messageStep('welcome'),
    seededStep('hook', 'webhook', {
      method: 'POST',
      url: `${hookUrl}/hook/{{ customer.customerId }}`,
      headers: [],
      bodyTemplate: '{"customer":"{{ customer.customerId }}"}',
      // The engine's clock runs hundreds of times faster than the wall clock here: the longest
      // timeout and most retries keep a slow loopback answer from counting as the server's failure.
      timeoutSeconds: WEBHOOK_MAX_TIMEOUT_SECONDS,
      retries: WEBHOOK_MAX_RETRIES,
    }),
    seededStep('pause', 'delay', { mode: 'duration', duration: { amount: timing.delayMinutes, unit: 'minutes' } }),
    seededStep('wait', 'waitForEvent', {
      event: 'custom',
      customEventName: PURCHASE,
      timeout: { amount: timing.waitMinutes, unit: 'minutes' },
    }),
    messageStep('thanks'),
    messageStep('reminder'),
    seededStep('exitBought', 'exit'),
    seededStep('exitReminded', 'exit'),
    seededStep('exitHookFailed', 'exit'),
  ];
  const edges = [
    seededLink('entry', 'next', 'welcome'),
    seededLink('welcome', 'next', 'hook'),
    seededLink('hook', 'success', 'pause'),
    seededLink('hook', 'failure', 'exitHookFailed'),
    seededLink('pause', 'next', 'wait'),
    seededLink('wait', 'event', 'thanks'),
    seededLink('wait', 'timeout', 'reminder'),
    seededLink('thanks', 'next', 'exitBought'),
    seededLink('reminder', 'next', 'exitReminded'),
  ];
  const saved = await client.journeys.save({
    journey: { ...created.journey, nodes, edges },
    expectedRevision: created.revision,
  });
  await client.journeys.activate({ id: saved.journey.id, expectedRevision: saved.revision });
}
