import { z } from 'zod';
import type { StateEntry } from '../../../shared/api-v1/journey-state-entries';
import type { Db } from '../store/database';

const RowSchema = z.object({
  journey_id: z.string(),
  name: z.string(),
  value: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  client_name: z.string().nullable(),
});

function entryOf(raw: unknown): StateEntry {
  const row = RowSchema.parse(raw);
  return {
    journeyId: row.journey_id,
    name: row.name,
    value: JSON.parse(row.value) as StateEntry['value'],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    updatedBy: row.client_name ?? '(a revoked client)',
  };
}

/**
 * The journey state entity: named JSON values kept per journey (see shared/api-v1/journey-state-entries.ts),
 * written by the journey API, read by the engine as {{ journey.state.NAME }} when a message is sent.
 */
export function createJourneyStateEntries(db: Db) {
  const select = `SELECT s.journey_id, s.name, s.value, s.created_at, s.updated_at, c.name AS client_name
    FROM api_journey_state s LEFT JOIN api_clients c ON c.id = s.client_id`;
  const q = {
    list: db.prepare(`${select} WHERE s.journey_id = ? ORDER BY s.name`),
    find: db.prepare(`${select} WHERE s.journey_id = ? AND s.name = ?`),
    insert: db.prepare(
      'INSERT OR IGNORE INTO api_journey_state (journey_id, name, value, client_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    update: db.prepare(
      'UPDATE api_journey_state SET value = ?, client_id = ?, updated_at = ? WHERE journey_id = ? AND name = ?',
    ),
    remove: db.prepare('DELETE FROM api_journey_state WHERE journey_id = ? AND name = ?'),
  };
  const find = (journeyId: string, name: string) => {
    const raw = q.find.get(journeyId, name);
    return raw === undefined ? undefined : entryOf(raw);
  };
  return {
    list: (journeyId: string): StateEntry[] => q.list.all(journeyId).map(entryOf),
    find,
    /** The entry made, or undefined when one of that name exists. */
    create(journeyId: string, name: string, value: unknown, clientId: string, at: string): StateEntry | undefined {
      if (q.insert.run(journeyId, name, JSON.stringify(value), clientId, at, at).changes === 0) return undefined;
      return find(journeyId, name);
    },
    /** The entry as updated, or undefined when there is none of that name. */
    update(journeyId: string, name: string, value: unknown, clientId: string, at: string): StateEntry | undefined {
      if (q.update.run(JSON.stringify(value), clientId, at, journeyId, name).changes === 0) return undefined;
      return find(journeyId, name);
    },
    /** The entry as it was, or undefined when there was none. */
    remove(journeyId: string, name: string): StateEntry | undefined {
      const entry = find(journeyId, name);
      if (entry !== undefined) q.remove.run(journeyId, name);
      return entry;
    },
  };
}
