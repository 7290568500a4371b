import { z } from 'zod';
import { ApiError, JourneySummarySchema, type JourneySummary } from '../../../shared/contract/index';
import { JourneyStatusSchema, migrateJourneyDocument, type Journey } from '../../../shared/model/index';
import { summarizeJourney } from '../../../shared/journey/summary';
import type { Db } from './database';
import { createTemplateRefsWriter } from './journey-template-refs';
import { parseStoredJson } from './stored-json';

const JourneyRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: JourneyStatusSchema,
  summary: z.string(),
  revision: z.number().int().positive(),
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: z.string().nullable(),
});

const StoredSummarySchema = z.object({
  description: z.string(),
  channels: JourneySummarySchema.shape.channels,
  entryType: z.string().nullable(),
  nodeCount: z.number().int().nonnegative(),
});

export interface StoredJourney {
  journey: Journey;
  revision: number;
  deletedAt: string | null;
}

const SUMMARY_COLUMNS = 'id, name, status, summary, revision, created_at, updated_at, deleted_at';

function toSummary(raw: unknown): JourneySummary {
  const row = JourneyRowSchema.parse(raw);
  const summary = parseStoredJson(StoredSummarySchema, row.summary, `journeys.summary of ${row.id}`);
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    ...summary,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function summaryColumn(journey: Journey): string {
  const { channels, entryType, nodeCount } = summarizeJourney(journey);
  return JSON.stringify({ description: journey.description, channels, entryType, nodeCount });
}

export function createJourneysRepository(db: Db) {
  const listLive = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM journeys WHERE deleted_at IS NULL ORDER BY updated_at DESC`);
  const listDeleted = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM journeys WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`);
  const selectOne = db.prepare('SELECT document, revision, deleted_at FROM journeys WHERE id = ?');
  const selectNames = db.prepare('SELECT name FROM journeys').pluck();
  const selectRevision = db.prepare('SELECT revision FROM journeys WHERE id = ?').pluck();
  const insertRow = db.prepare(
    `INSERT INTO journeys (id, name, status, document, summary, revision, created_at, updated_at, deleted_at)
     VALUES (@id, @name, @status, @document, @summary, 1, @createdAt, @updatedAt, NULL)`,
  );
  const updateRow = db.prepare(
    `UPDATE journeys SET name = @name, status = @status, document = @document, summary = @summary,
       revision = revision + 1, updated_at = @updatedAt WHERE id = @id AND revision = @expectedRevision`,
  );
  const setDeletedAt = db.prepare('UPDATE journeys SET deleted_at = ?, revision = revision + 1 WHERE id = ?');
  const deleteRow = db.prepare('DELETE FROM journeys WHERE id = ?');
  const writeTemplateRefs = createTemplateRefsWriter(db);

  function columns(journey: Journey) {
    return {
      id: journey.id,
      name: journey.name,
      status: journey.status,
      document: JSON.stringify(journey),
      summary: summaryColumn(journey),
      createdAt: journey.createdAt,
      updatedAt: journey.updatedAt,
    };
  }

  function find(id: string): StoredJourney | undefined {
    const row = selectOne.get(id) as { document: string; revision: number; deleted_at: string | null } | undefined;
    if (!row) return undefined;
    const journey = parseStoredJson({ parse: migrateJourneyDocument }, row.document, `journey ${id}`);
    return { journey, revision: row.revision, deletedAt: row.deleted_at };
  }

  function require(id: string): StoredJourney {
    const found = find(id);
    if (!found) throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    return found;
  }

  return {
    list(): JourneySummary[] {
      return listLive.all().map(toSummary);
    },
    listTrash(): JourneySummary[] {
      return listDeleted.all().map(toSummary);
    },
    /** Every stored name, trash included. */
    names(): string[] {
      return selectNames.all() as string[];
    },
    find,
    require,
    insert: db.transaction((journey: Journey): StoredJourney => {
      try {
        insertRow.run(columns(journey));
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
          throw new ApiError('CONFLICT', `A journey with id "${journey.id}" already exists.`);
        }
        throw error;
      }
      writeTemplateRefs(journey);
      return { journey, revision: 1, deletedAt: null };
    }),
    /** Optimistic concurrency: the write only happens if nobody saved since expectedRevision. */
    save: db.transaction((journey: Journey, expectedRevision: number): StoredJourney => {
      const current = selectRevision.get(journey.id) as number | undefined;
      if (current === undefined) throw new ApiError('NOT_FOUND', `There is no journey with id "${journey.id}".`);
      if (current !== expectedRevision) {
        throw new ApiError(
          'CONFLICT',
          `"${journey.name}" was changed elsewhere (revision ${current}, this copy is ${expectedRevision}). Reload it before saving again.`,
        );
      }
      updateRow.run({ ...columns(journey), expectedRevision });
      writeTemplateRefs(journey);
      return { journey, revision: expectedRevision + 1, deletedAt: null };
    }),
    markDeleted(id: string, deletedAt: string | null): void {
      if (setDeletedAt.run(deletedAt, id).changes === 0) throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    },
    /** The journey's template references go with it (ON DELETE CASCADE). */
    purge(id: string): void {
      if (deleteRow.run(id).changes === 0) throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    },
  };
}

export type JourneysRepository = ReturnType<typeof createJourneysRepository>;
