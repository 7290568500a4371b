import { z } from 'zod';
import type { PublishRecord } from '../../../shared/contract/index';
import type { Db } from '../store/database';

export interface PublicationRow {
  journeyId: string;
  backendId: string;
  remoteJourneyId: string;
  /** The local version last published there. */
  publishedVersion: number;
  /**
   * The version there this app last knew to run (its base for the next publish); null while the
   * journey there was never started. A version conflict is found against it.
   */
  remoteVersion: number | null;
  publishedAt: string;
}

const PublicationRowSchema = z.object({
  journey_id: z.string(),
  backend_id: z.string(),
  remote_journey_id: z.string(),
  published_version: z.number().int(),
  remote_version: z.number().int().nullable(),
  published_at: z.string(),
});

const HistoryRowSchema = z.object({
  id: z.string(),
  journey_id: z.string(),
  version: z.number().int(),
  backend_id: z.string(),
  backend_name: z.string(),
  base_url: z.string(),
  key_hint: z.string(),
  at: z.string(),
  result: z.enum(['published', 'refused', 'failed']),
  remote_version: z.number().int().nullable(),
  remote_journey_id: z.string().nullable(),
  detail: z.string().nullable(),
  idempotency_key: z.string(),
});

function recordOf(raw: unknown): PublishRecord {
  const row = HistoryRowSchema.parse(raw);
  return {
    id: row.id,
    journeyId: row.journey_id,
    version: row.version,
    backendId: row.backend_id,
    backendName: row.backend_name,
    baseUrl: row.base_url,
    keyHint: row.key_hint,
    at: row.at,
    result: row.result,
    remoteVersion: row.remote_version,
    remoteJourneyId: row.remote_journey_id,
    detail: row.detail,
    idempotencyKey: row.idempotency_key,
  };
}

function publicationOf(raw: unknown): PublicationRow {
  const row = PublicationRowSchema.parse(raw);
  return {
    journeyId: row.journey_id,
    backendId: row.backend_id,
    remoteJourneyId: row.remote_journey_id,
    publishedVersion: row.published_version,
    remoteVersion: row.remote_version,
    publishedAt: row.published_at,
  };
}

/** Where journeys are published, and every publish attempt (append-only). */
export function createPublicationsRepository(db: Db) {
  const byJourney = db.prepare('SELECT * FROM publications WHERE journey_id = ? ORDER BY published_at');
  const one = db.prepare('SELECT * FROM publications WHERE journey_id = ? AND backend_id = ?');
  const upsert = db.prepare(
    `INSERT INTO publications (journey_id, backend_id, remote_journey_id, published_version, remote_version, published_at)
     VALUES (@journeyId, @backendId, @remoteJourneyId, @publishedVersion, @remoteVersion, @publishedAt)
     ON CONFLICT (journey_id, backend_id) DO UPDATE SET remote_journey_id = @remoteJourneyId,
       published_version = @publishedVersion, remote_version = @remoteVersion, published_at = @publishedAt`,
  );
  const setRemoteVersion = db.prepare(
    'UPDATE publications SET remote_version = ? WHERE journey_id = ? AND backend_id = ?',
  );
  const insertRecord = db.prepare(
    `INSERT INTO publish_history (id, journey_id, version, backend_id, backend_name, base_url, key_hint, at, result,
       remote_version, remote_journey_id, detail, idempotency_key)
     VALUES (@id, @journeyId, @version, @backendId, @backendName, @baseUrl, @keyHint, @at, @result,
       @remoteVersion, @remoteJourneyId, @detail, @idempotencyKey)`,
  );
  const history = db.prepare('SELECT * FROM publish_history WHERE journey_id = ? ORDER BY at DESC, rowid DESC');
  const latest = db.prepare(
    'SELECT * FROM publish_history WHERE journey_id = ? AND version = ? AND backend_id = ? ORDER BY at DESC, rowid DESC LIMIT 1',
  );
  return {
    forJourney: (journeyId: string): PublicationRow[] => byJourney.all(journeyId).map(publicationOf),
    find(journeyId: string, backendId: string): PublicationRow | undefined {
      const row = one.get(journeyId, backendId);
      return row === undefined ? undefined : publicationOf(row);
    },
    put: (row: PublicationRow) => void upsert.run(row),
    setRemoteVersion: (journeyId: string, backendId: string, version: number | null) =>
      void setRemoteVersion.run(version, journeyId, backendId),
    record: (record: PublishRecord) => void insertRecord.run(record),
    history: (journeyId: string): PublishRecord[] => history.all(journeyId).map(recordOf),
    /** The last attempt to publish this version there, to carry on an unfinished one under its key. */
    latestAttempt(journeyId: string, version: number, backendId: string): PublishRecord | undefined {
      const row = latest.get(journeyId, version, backendId);
      return row === undefined ? undefined : recordOf(row);
    },
  };
}
