import { z } from 'zod';
import type { ReceivedPublish } from '../../../shared/contract/index';
import type { Db } from '../store/database';

const RowSchema = z.object({
  journey_id: z.string(),
  version: z.number().int().nullable(),
  action: z.enum(['create', 'start', 'publish']),
  at: z.string(),
  client_name: z.string().nullable(),
  status: z.number().int(),
  result: z.string(),
});

/** The publish history of journeys published from elsewhere, newest first. */
export function createPublishHistory(db: Db) {
  const insert = db.prepare(
    'INSERT INTO api_publish_history (journey_id, version, client_id, at, action, status, result) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const list = db.prepare(
    `SELECT h.journey_id, h.version, h.action, h.at, c.name AS client_name, h.status, h.result
     FROM api_publish_history h LEFT JOIN api_clients c ON c.id = h.client_id
     WHERE h.journey_id = ? ORDER BY h.id DESC LIMIT 200`,
  );
  return {
    record(entry: Omit<ReceivedPublish, 'clientName'> & { clientId: string }): void {
      insert.run(entry.journeyId, entry.version, entry.clientId, entry.at, entry.action, entry.status, entry.result);
    },
    list(journeyId: string): ReceivedPublish[] {
      return list.all(journeyId).map((raw) => {
        const row = RowSchema.parse(raw);
        return {
          journeyId: row.journey_id,
          version: row.version,
          action: row.action,
          at: row.at,
          clientName: row.client_name ?? '(unknown client)',
          status: row.status,
          result: row.result,
        };
      });
    },
  };
}
