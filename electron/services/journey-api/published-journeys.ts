import type { PublishedJourney } from '../../../shared/contract/index';
import type { Db } from '../store/database';

/** Journeys created through the journey API: the server's app shows them as "published from elsewhere". */
export function createPublishedJourneys(db: Db) {
  const insert = db.prepare(
    'INSERT OR IGNORE INTO api_published_journeys (journey_id, client_id, published_at) VALUES (?, ?, ?)',
  );
  const exists = db.prepare('SELECT 1 FROM api_published_journeys WHERE journey_id = ?').pluck();
  const all = db.prepare(
    `SELECT p.journey_id AS journeyId, coalesce(c.name, '(unknown client)') AS clientName, p.published_at AS publishedAt
     FROM api_published_journeys p LEFT JOIN api_clients c ON c.id = p.client_id ORDER BY p.published_at`,
  );
  return {
    mark(journeyId: string, clientId: string, at: string): void {
      insert.run(journeyId, clientId, at);
    },
    has(journeyId: string): boolean {
      return exists.get(journeyId) !== undefined;
    },
    list(): PublishedJourney[] {
      return all.all() as PublishedJourney[];
    },
  };
}
