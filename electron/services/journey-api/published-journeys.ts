import type { Db } from '../store/database';

/** Journeys created through the journey API: the server's app shows them as "published from elsewhere". */
export function createPublishedJourneys(db: Db) {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO api_published_journeys (journey_id, client_id, published_at) VALUES (?, ?, ?)',
  );
  const exists = db.prepare('SELECT 1 FROM api_published_journeys WHERE journey_id = ?').pluck();
  return {
    mark(journeyId: string, clientId: string, at: string): void {
      insert.run(journeyId, clientId, at);
    },
    has(journeyId: string): boolean {
      return exists.get(journeyId) !== undefined;
    },
  };
}
