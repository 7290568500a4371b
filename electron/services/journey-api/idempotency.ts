import { z } from 'zod';
import type { Db } from '../store/database';

const RowSchema = z.object({ request_sha256: z.string(), status: z.number().int(), body: z.string() });

export interface FirstAnswer {
  /** SHA-256 of the method, path and body the key was first used with. */
  fingerprint: string;
  status: number;
  body: unknown;
}

/** The first answer to each client's Idempotency-Key, so a replay answers the same. */
export function createIdempotencyStore(db: Db) {
  const select = db.prepare('SELECT request_sha256, status, body FROM api_idempotency WHERE client_id = ? AND key = ?');
  const insert = db.prepare(
    'INSERT OR IGNORE INTO api_idempotency (client_id, key, request_sha256, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    find(clientId: string, key: string): FirstAnswer | undefined {
      const raw = select.get(clientId, key);
      if (raw === undefined) return undefined;
      const row = RowSchema.parse(raw);
      return { fingerprint: row.request_sha256, status: row.status, body: JSON.parse(row.body) as unknown };
    },
    record(clientId: string, key: string, fingerprint: string, answer: { status: number; body: unknown }, at: string) {
      insert.run(clientId, key, fingerprint, answer.status, JSON.stringify(answer.body), at);
    },
  };
}
