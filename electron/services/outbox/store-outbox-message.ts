import type { Db } from '../store/database';

/** What the outbox provider stores for one accepted send. Times are epoch milliseconds. */
export interface OutboxMessageInput {
  /** Made up when the key is new; the stored id is answered for a key seen before. */
  id: string;
  idempotencyKey: string;
  channel: string;
  recipient: string;
  journeyId?: string | null;
  version?: number | null;
  nodeId?: string | null;
  runId?: number | null;
  contactId?: string | null;
  templateId?: string | null;
  /** The channel's render result (RenderResult), stored as JSON. */
  rendered: unknown;
  isTest?: boolean;
  createdAt: number;
}

export interface StoredOutboxMessage {
  id: string;
  /** False when the idempotency key was already in the outbox: nothing was written. */
  inserted: boolean;
}

/**
 * The outbox provider's write: one row per idempotency key, ever. A repeated key (a retry after a
 * crash) leaves the first row as it was and answers its id, so a message is never in the outbox twice.
 */
export function storeOutboxMessage(db: Db, message: OutboxMessageInput): StoredOutboxMessage {
  const result = db
    .prepare(
      `INSERT OR IGNORE INTO outbox_messages
         (id, idempotency_key, channel, recipient, journey_id, version, node_id, run_id, contact_id,
          template_id, rendered, is_test, created_at)
       VALUES (@id, @idempotencyKey, @channel, @recipient, @journeyId, @version, @nodeId, @runId, @contactId,
          @templateId, @rendered, @isTest, @createdAt)`,
    )
    .run({
      id: message.id,
      idempotencyKey: message.idempotencyKey,
      channel: message.channel,
      recipient: message.recipient,
      journeyId: message.journeyId ?? null,
      version: message.version ?? null,
      nodeId: message.nodeId ?? null,
      runId: message.runId ?? null,
      contactId: message.contactId ?? null,
      templateId: message.templateId ?? null,
      rendered: JSON.stringify(message.rendered),
      isTest: message.isTest ? 1 : 0,
      createdAt: message.createdAt,
    });
  if (result.changes === 1) return { id: message.id, inserted: true };
  const existing = db
    .prepare('SELECT id FROM outbox_messages WHERE idempotency_key = ?')
    .get(message.idempotencyKey) as { id: string };
  return { id: existing.id, inserted: false };
}
