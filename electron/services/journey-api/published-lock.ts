import { ApiError } from '../../../shared/contract/index';
import type { Db } from '../store/database';
import type { StoredJourney } from '../store/journeys-repository';

/** Journeys the journey API is publishing a version of right now, per database: only it may change them then. */
const publishing = new WeakMap<Db, Set<string>>();

/** Runs the journey API's own changes to a published journey (its new version), which the app may not make. */
export async function whilePublishing<T>(db: Db, journeyId: string, work: () => Promise<T>): Promise<T> {
  const ids = publishing.get(db) ?? new Set<string>();
  publishing.set(db, ids);
  ids.add(journeyId);
  try {
    return await work();
  } finally {
    ids.delete(journeyId);
  }
}

/**
 * A journey published to this server from elsewhere is edited where it was designed: here its
 * document, name and drafts are refused (it is still started, paused and stopped).
 */
export function refusePublishedElsewhere(db: Db, stored: StoredJourney): void {
  const id = stored.journey.id;
  if (publishing.get(db)?.has(id)) return;
  if (db.prepare('SELECT 1 FROM api_published_journeys WHERE journey_id = ?').get(id) === undefined) return;
  throw new ApiError(
    'CONFLICT',
    `"${stored.journey.name}" was published to this server from elsewhere and is read-only here. Publish a new version from the Journey Studio that designed it.`,
  );
}
