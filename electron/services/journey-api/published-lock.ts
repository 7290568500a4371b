import { ApiError } from '../../../shared/contract/index';
import type { Db } from '../store/database';
import type { StoredJourney } from '../store/journeys-repository';
import { createPublishedJourneys } from './published-journeys';

/** Journeys the journey API is publishing a version of right now, per database: only it may change them then. */
const publishing = new WeakMap<Db, Set<string>>();

/** Asked on every save: its statements are prepared once per database. */
const published = new WeakMap<Db, ReturnType<typeof createPublishedJourneys>>();
function publishedJourneysOf(db: Db) {
  let journeys = published.get(db);
  if (journeys === undefined) published.set(db, (journeys = createPublishedJourneys(db)));
  return journeys;
}

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
  if (!publishedJourneysOf(db).has(id)) return;
  throw new ApiError(
    'CONFLICT',
    `"${stored.journey.name}" was published to this server from elsewhere and is read-only here. Publish a new version from the Journey Studio that designed it.`,
  );
}
