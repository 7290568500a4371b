import type { Db } from '../store/database';
import type { MessageProvider, OutgoingMessage, SendResult } from './provider';

export const OUTBOX_PROVIDER = 'outbox';

/**
 * The default provider of every channel, fully offline: it stores the rendered message in
 * outbox_messages. The idempotency key is UNIQUE there, so a replay answers with the first row.
 */
export function createOutboxProvider(db: Db, newId: () => string, now: () => number): MessageProvider {
  const insert = db.prepare(
    `INSERT INTO outbox_messages (id, idempotency_key, channel, recipient, journey_id, version, node_id, run_id,
     contact_id, template_id, rendered, is_test, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) DO NOTHING`,
  );
  const byKey = db.prepare('SELECT id FROM outbox_messages WHERE idempotency_key = ?').pluck();
  return {
    name: OUTBOX_PROVIDER,
    send(message: OutgoingMessage, idempotencyKey: string): Promise<SendResult> {
      insert.run(
        newId(),
        idempotencyKey,
        message.channel,
        message.recipient,
        message.journeyId,
        message.version,
        message.nodeId,
        message.runId,
        message.contactId,
        message.templateId,
        JSON.stringify(message.rendered),
        message.isTest ? 1 : 0,
        now(),
      );
      const id = byKey.get(idempotencyKey) as string;
      return Promise.resolve({ status: 'accepted', providerMessageId: id, delivered: true });
    },
  };
}
