import type { Db } from '../store/database';
import type { MessageProvider, OutgoingMessage, SendResult } from './provider';

export const OUTBOX_PROVIDER = 'outbox';

interface Pending {
  message: OutgoingMessage;
  key: string;
  resolve: (result: SendResult) => void;
  reject: (error: unknown) => void;
}

/**
 * The default provider of every channel, fully offline: it stores the rendered message in
 * outbox_messages. The idempotency key is UNIQUE there, so a replay answers with the first row.
 * Sends made in the same turn of the event loop (a batch of steps) are written in one
 * transaction: one commit for the batch instead of one per message.
 */
export function createOutboxProvider(db: Db, newId: () => string, now: () => number): MessageProvider {
  const insert = db
    .prepare(
      `INSERT INTO outbox_messages (id, idempotency_key, channel, recipient, journey_id, version, node_id, run_id,
     contact_id, template_id, rendered, is_test, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
    )
    .pluck();
  const byKey = db.prepare('SELECT id FROM outbox_messages WHERE idempotency_key = ?').pluck();
  let queue: Pending[] = [];

  const writeAll = db.transaction((pending: readonly Pending[]) =>
    pending.map(({ message, key }) => {
      // A new message answers with its id; a replay of a key answers nothing, and the first row's id is read.
      const inserted = insert.get(
        newId(),
        key,
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
      return (inserted as string | undefined) ?? (byKey.get(key) as string);
    }),
  );

  function flush(): void {
    const pending = queue;
    queue = [];
    try {
      const ids = writeAll(pending);
      pending.forEach((send, index) =>
        send.resolve({ status: 'accepted', providerMessageId: ids[index]!, delivered: true }),
      );
    } catch (error) {
      for (const send of pending) send.reject(error);
    }
  }

  return {
    name: OUTBOX_PROVIDER,
    send(message: OutgoingMessage, key: string): Promise<SendResult> {
      return new Promise((resolve, reject) => {
        if (queue.length === 0) setImmediate(flush);
        queue.push({ message, key, resolve, reject });
      });
    },
  };
}
