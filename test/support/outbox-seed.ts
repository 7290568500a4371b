import type { AppCore } from '../../electron/services/app-services';
import { storeOutboxMessage } from '../../electron/services/outbox/store-outbox-message';
import { createEmptyJourney, createNode, type Journey } from '../../shared/model/index';
import type { RenderResult } from '../../shared/templates/index';

export const SEED_TIME = Date.parse('2026-03-01T09:00:00.000Z');
export const SEED_EMAIL_MJML =
  '<mjml><mj-body><mj-section><mj-column><mj-text>Hello {{ customer.firstName }}, your parcel is on its way.</mj-text>' +
  '<mj-button href="https://shop.example.com/track/{{ customer.customerId }}">Track parcel</mj-button>' +
  '</mj-column></mj-section></mj-body></mjml>';

/** A journey with two message steps, frozen as version 1 as activation would freeze it. */
export function seedJourney(core: AppCore, id = 'jrn_shipping', name = 'Shipping updates'): Journey {
  const { store } = core.context;
  const journey: Journey = {
    ...createEmptyJourney({ id, name, now: '2026-02-01T00:00:00.000Z' }),
    nodes: [
      createNode('message', { id: 'msg_shipped', position: { x: 0, y: 0 }, label: 'Shipped email' }),
      createNode('message', { id: 'msg_reminder', position: { x: 0, y: 200 }, label: 'Reminder SMS' }),
    ],
  };
  store.journeys.insert(journey);
  store.db
    .prepare(
      "INSERT INTO journey_versions (journey_id, version, document, templates, created_at) VALUES (?, 1, ?, '[]', ?)",
    )
    .run(id, JSON.stringify(journey), '2026-02-01T00:00:00.000Z');
  return journey;
}

export function seedContact(core: AppCore, customerId: string, email: string | null, phone: string | null): void {
  core.context.store.contacts.put({
    customerId,
    email,
    phone,
    telegramChatId: null,
    pushTokens: [],
    language: 'en',
    timeZone: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    attributes: {},
  });
}

/** Renders with the app's own pipeline, as the sender does before handing a message to a provider. */
export async function renderWith(
  core: AppCore,
  channel: 'email' | 'sms' | 'push',
  content: unknown,
  customer: Record<string, unknown>,
): Promise<RenderResult> {
  const result = await core.dispatcher.dispatch('templates', 'render', {
    channel,
    content,
    data: { customer, order: {}, event: {} },
  });
  if (!result.ok) throw new Error(`render failed: ${JSON.stringify(result.error)}`);
  return result.value as RenderResult;
}

export interface AttemptSeed {
  idempotencyKey: string;
  attempt: number;
  runId: number;
  journeyId: string;
  nodeId: string;
  contactId: string;
  fallbackIndex: number;
  channel: string;
  status: 'pending' | 'accepted' | 'rejected' | 'delivered' | 'failed' | 'skipped';
  error?: string;
  at: number;
}

/** A row of message_attempts as the engine writes it while it sends. */
export function seedAttempt(core: AppCore, a: AttemptSeed): void {
  core.context.store.db
    .prepare(
      `INSERT INTO message_attempts (idempotency_key, attempt, run_id, journey_id, version, node_id, contact_id,
         fallback_index, channel, provider, status, error, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, 'outbox', ?, ?, ?, ?)`,
    )
    .run(
      a.idempotencyKey,
      a.attempt,
      a.runId,
      a.journeyId,
      a.nodeId,
      a.contactId,
      a.fallbackIndex,
      a.channel,
      a.status,
      a.error ?? null,
      a.at,
      a.at,
    );
}

export { storeOutboxMessage };
