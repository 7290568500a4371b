import type { Db } from '../store/database';
import type { EngineStore, PendingSendCustomer, SendProgress } from './engine-store';

type SendMethods = Pick<
  EngineStore,
  'queueSend' | 'send' | 'pendingSendCustomers' | 'settleSendCustomers' | 'journeyState'
>;

/** Contacts per multi-row insert when a send names its customers. */
const CHUNK = 200;

interface SendRow {
  id: string;
  journey_id: string;
  audience: SendProgress['audience'];
  created_at: number;
  customers: number;
  enrolled: number;
  skipped: number;
  finished_at: number | null;
}

/**
 * What the engine store keeps for the journey API on SQLite: sends and their customers (each
 * customer settled once), and the journey state its messages read.
 */
export function createSqliteSends(db: Db): SendMethods {
  const q = {
    byKey: db.prepare('SELECT id FROM engine_sends WHERE request_key = ?').pluck(),
    insert: db.prepare(
      'INSERT INTO engine_sends (id, journey_id, request_key, audience, created_at, customers) VALUES (?, ?, ?, ?, ?, 0)',
    ),
    everyone: db.prepare(
      'INSERT OR IGNORE INTO engine_send_customers (send_id, contact_id) SELECT ?, customer_id FROM contacts',
    ),
    count: db.prepare(
      'UPDATE engine_sends SET customers = (SELECT count(*) FROM engine_send_customers WHERE send_id = ?) WHERE id = ?',
    ),
    finishIfDone: db.prepare(
      `UPDATE engine_sends SET finished_at = ? WHERE id = ? AND finished_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM engine_send_customers WHERE send_id = ? AND outcome IS NULL)`,
    ),
    send: db.prepare('SELECT * FROM engine_sends WHERE id = ?'),
    pending: db.prepare(
      `SELECT c.send_id AS sendId, s.journey_id AS journeyId, c.contact_id AS contactId
       FROM engine_send_customers c JOIN engine_sends s ON s.id = c.send_id
       WHERE c.outcome IS NULL ORDER BY c.send_id, c.contact_id LIMIT ?`,
    ),
    settle: db.prepare(
      'UPDATE engine_send_customers SET outcome = ? WHERE send_id = ? AND contact_id = ? AND outcome IS NULL',
    ),
    journeyState: db.prepare('SELECT name, value FROM api_journey_state WHERE journey_id = ?'),
    tally: db.prepare('UPDATE engine_sends SET enrolled = enrolled + ?, skipped = skipped + ? WHERE id = ?'),
  };
  const insertChunk = (count: number) =>
    db.prepare(
      `INSERT OR IGNORE INTO engine_send_customers (send_id, contact_id) VALUES ${Array.from({ length: count }, () => '(?, ?)').join(', ')}`,
    );
  const fullChunk = insertChunk(CHUNK);

  return {
    queueSend(send, contactIds) {
      return db.transaction(() => {
        const existing = q.byKey.get(send.requestKey) as string | undefined;
        if (existing !== undefined) return { id: existing, duplicate: true };
        q.insert.run(send.id, send.journeyId, send.requestKey, send.audience, send.createdAt);
        if (contactIds === 'all') q.everyone.run(send.id);
        else
          for (let start = 0; start < contactIds.length; start += CHUNK) {
            const chunk = contactIds.slice(start, start + CHUNK);
            const statement = chunk.length === CHUNK ? fullChunk : insertChunk(chunk.length);
            statement.run(...chunk.flatMap((contactId) => [send.id, contactId]));
          }
        q.count.run(send.id, send.id);
        // A send of nobody (no contacts yet) is finished as it is queued.
        q.finishIfDone.run(send.createdAt, send.id, send.id);
        return { id: send.id, duplicate: false };
      })();
    },
    send(sendId) {
      const row = q.send.get(sendId) as SendRow | undefined;
      if (row === undefined) return undefined;
      return {
        id: row.id,
        journeyId: row.journey_id,
        audience: row.audience,
        createdAt: row.created_at,
        customers: row.customers,
        enrolled: row.enrolled,
        skipped: row.skipped,
        // Each customer is settled once, as enrolled or skipped, so the rest are still pending.
        pending: row.customers - row.enrolled - row.skipped,
        finishedAt: row.finished_at,
      };
    },
    journeyState(journeyId) {
      const rows = q.journeyState.all(journeyId) as { name: string; value: string }[];
      return Object.fromEntries(rows.map((row) => [row.name, JSON.parse(row.value) as unknown]));
    },
    pendingSendCustomers: (limit) => q.pending.all(limit) as PendingSendCustomer[],
    settleSendCustomers(outcomes, now) {
      const tallies = new Map<string, { enrolled: number; skipped: number }>();
      for (const { sendId, contactId, outcome } of outcomes) {
        if (q.settle.run(outcome, sendId, contactId).changes === 0) continue;
        const tally = tallies.get(sendId) ?? { enrolled: 0, skipped: 0 };
        if (outcome === 'enrolled') tally.enrolled += 1;
        else tally.skipped += 1;
        tallies.set(sendId, tally);
      }
      for (const [sendId, tally] of tallies) {
        q.tally.run(tally.enrolled, tally.skipped, sendId);
        q.finishIfDone.run(now, sendId, sendId);
      }
    },
  };
}
