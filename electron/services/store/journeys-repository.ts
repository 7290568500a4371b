import { z } from 'zod';
import { ApiError, JourneySummarySchema, type JourneySummary } from '../../../shared/contract/index';
import { JourneyStatusSchema, migrateJourneyDocument, type Journey } from '../../../shared/model/index';
import { summarizeJourney } from '../../../shared/journey/summary';
import type { Db } from './database';
import { createTemplateRefsWriter } from './journey-template-refs';
import { parseStoredJson } from './stored-json';
import { StoreError } from './store-error';

const JourneyRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: JourneyStatusSchema,
  summary: z.string(),
  revision: z.number().int().positive(),
  live_version: z.number().int().positive().nullable(),
  draft_open: z.union([z.literal(0), z.literal(1)]),
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

const StateRowSchema = z.object({
  revision: z.number().int().positive(),
  live_version: z.number().int().positive().nullable(),
  draft_open: z.union([z.literal(0), z.literal(1)]),
  deleted_at: z.string().nullable(),
});

/** Where a journey stands in its lifecycle beyond its status (see shared/contract/lifecycle-services). */
export interface JourneyLifecycleState {
  liveVersion: number | null;
  draftOpen: boolean;
}

export interface StoredJourney extends JourneyLifecycleState {
  journey: Journey;
  revision: number;
  deletedAt: string | null;
}

/** A dashboard row as stored; the services add what needs more than the row (its problems). */
export type StoredSummary = Omit<JourneySummary, 'problems'>;

export interface ListedJourney {
  summary: StoredSummary;
  /** Parses the stored document; throws StoreError for a damaged one, so one bad row cannot hide the rest. */
  readJourney(): Journey;
}

const SUMMARY_COLUMNS =
  'id, name, status, summary, revision, live_version, draft_open, created_at, updated_at, deleted_at';

const EMPTY_DIGEST = { description: '', channels: [], entryType: null, nodeCount: 0 };

/**
 * A row whose columns are damaged still lists, with what can be read of it and the reason, so
 * the user sees it (and can delete it) and the other journeys are not hidden behind an error.
 */
function damagedSummary(raw: unknown, reason: string): StoredSummary {
  const row = raw as Record<string, unknown>;
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const status = JourneyStatusSchema.safeParse(row.status);
  const revision = typeof row.revision === 'number' && row.revision > 0 ? row.revision : 1;
  return {
    id: String(row.id),
    name: text(row.name, String(row.id)),
    status: status.success ? status.data : 'draft',
    ...EMPTY_DIGEST,
    revision,
    liveVersion: null,
    draftOpen: false,
    unreadable: reason,
    createdAt: text(row.created_at, ''),
    updatedAt: text(row.updated_at, ''),
    deletedAt: typeof row.deleted_at === 'string' ? row.deleted_at : null,
  };
}

function toSummary(raw: unknown): StoredSummary {
  const parsed = JourneyRowSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    return damagedSummary(raw, `The stored row of this journey is damaged: ${issues.join('; ')}`);
  }
  const row = parsed.data;
  let summary: z.infer<typeof StoredSummarySchema>;
  try {
    summary = parseStoredJson(StoredSummarySchema, row.summary, `journeys.summary of ${row.id}`);
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    return damagedSummary(raw, error.message);
  }
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    ...summary,
    revision: row.revision,
    liveVersion: row.live_version,
    draftOpen: row.draft_open === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}

function summaryColumn(journey: Journey): string {
  const { channels, entryType, nodeCount } = summarizeJourney(journey);
  return JSON.stringify({ description: journey.description, channels, entryType, nodeCount });
}

function readDocument(id: string, document: string): Journey {
  return parseStoredJson({ parse: migrateJourneyDocument }, document, `journey ${id}`);
}

export function createJourneysRepository(db: Db) {
  const listLive = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM journeys WHERE deleted_at IS NULL ORDER BY updated_at DESC`,
  );
  const listLiveWithDocuments = db.prepare(
    `SELECT ${SUMMARY_COLUMNS}, document FROM journeys WHERE deleted_at IS NULL ORDER BY updated_at DESC`,
  );
  const listDeleted = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM journeys WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC`,
  );
  const selectOne = db.prepare(
    'SELECT document, revision, deleted_at, live_version, draft_open FROM journeys WHERE id = ?',
  );
  const selectNames = db.prepare('SELECT name FROM journeys').pluck();
  const selectState = db.prepare('SELECT revision, live_version, draft_open, deleted_at FROM journeys WHERE id = ?');
  const insertRow = db.prepare(
    `INSERT INTO journeys (id, name, status, document, summary, revision, live_version, draft_open, created_at, updated_at, deleted_at)
     VALUES (@id, @name, @status, @document, @summary, 1, NULL, 0, @createdAt, @updatedAt, NULL)`,
  );
  const updateRow = db.prepare(
    `UPDATE journeys SET name = @name, status = @status, document = @document, summary = @summary,
       live_version = @liveVersion, draft_open = @draftOpen,
       revision = revision + 1, updated_at = @updatedAt WHERE id = @id AND revision = @expectedRevision`,
  );
  const insertCreation = db.prepare(
    'INSERT INTO journey_transitions (journey_id, from_status, to_status, version, at) VALUES (?, NULL, ?, NULL, ?)',
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

  // Checking a large document read back (its JSON and its schema) is most of the cost of opening
  // it, and the same document is read again and again (opening, reloading, lifecycle checks). The
  // checked document is kept for the stored text it came from: the same text, byte for byte, is the
  // same document, whoever wrote it. Callers get a copy, never the kept object.
  const checked = new Map<string, { text: string; journey: Journey }>();
  const CHECKED_KEPT = 4;

  function checkedDocument(id: string, text: string): Journey {
    const known = checked.get(id);
    if (known?.text === text) return structuredClone(known.journey);
    const journey = readDocument(id, text);
    checked.delete(id);
    checked.set(id, { text, journey: structuredClone(journey) });
    for (const oldest of checked.keys()) {
      if (checked.size <= CHECKED_KEPT) break;
      checked.delete(oldest);
    }
    return journey;
  }

  function find(id: string): StoredJourney | undefined {
    const row = selectOne.get(id) as
      | {
          document: string;
          revision: number;
          deleted_at: string | null;
          live_version: number | null;
          draft_open: number;
        }
      | undefined;
    if (!row) return undefined;
    return {
      journey: checkedDocument(id, row.document),
      revision: row.revision,
      deletedAt: row.deleted_at,
      liveVersion: row.live_version,
      draftOpen: row.draft_open === 1,
    };
  }

  function require(id: string): StoredJourney {
    const found = find(id);
    if (!found) throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    return found;
  }

  return {
    list(): StoredSummary[] {
      return listLive.all().map(toSummary);
    },
    /** The dashboard rows with their documents, for checks that need the whole journey. */
    listWithDocuments(): ListedJourney[] {
      return listLiveWithDocuments.all().map((raw) => {
        const summary = toSummary(raw);
        const document = (raw as { document: string }).document;
        return { summary, readJourney: () => readDocument(summary.id, document) };
      });
    },
    listTrash(): StoredSummary[] {
      return listDeleted.all().map(toSummary);
    },
    /** Every stored name, trash included. */
    names(): string[] {
      return selectNames.all() as string[];
    },
    find,
    require,
    /** A new journey starts its transition log with its creation (nothing → its status). */
    insert: db.transaction((journey: Journey): StoredJourney => {
      try {
        insertRow.run(columns(journey));
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
          throw new ApiError('CONFLICT', `A journey with id "${journey.id}" already exists.`);
        }
        throw error;
      }
      insertCreation.run(journey.id, journey.status, journey.createdAt);
      writeTemplateRefs(journey);
      return { journey, revision: 1, deletedAt: null, liveVersion: null, draftOpen: false };
    }),
    /**
     * Optimistic concurrency: the write only happens if nobody saved since expectedRevision.
     * Lifecycle columns keep their stored values unless given.
     */
    save: db.transaction(
      (journey: Journey, expectedRevision: number, lifecycle: Partial<JourneyLifecycleState> = {}): StoredJourney => {
        const raw = selectState.get(journey.id);
        if (raw === undefined) throw new ApiError('NOT_FOUND', `There is no journey with id "${journey.id}".`);
        const current = StateRowSchema.parse(raw);
        if (current.revision !== expectedRevision) {
          throw new ApiError(
            'CONFLICT',
            `"${journey.name}" was changed elsewhere (revision ${current.revision}, this copy is ${expectedRevision}). Reload it before saving again.`,
          );
        }
        const liveVersion = lifecycle.liveVersion !== undefined ? lifecycle.liveVersion : current.live_version;
        const draftOpen = lifecycle.draftOpen ?? current.draft_open === 1;
        updateRow.run({ ...columns(journey), expectedRevision, liveVersion, draftOpen: draftOpen ? 1 : 0 });
        writeTemplateRefs(journey);
        return { journey, revision: expectedRevision + 1, deletedAt: current.deleted_at, liveVersion, draftOpen };
      },
    ),
    markDeleted(id: string, deletedAt: string | null): void {
      if (setDeletedAt.run(deletedAt, id).changes === 0)
        throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    },
    /** The journey's template references, versions and transitions go with it (ON DELETE CASCADE). */
    purge(id: string): void {
      if (deleteRow.run(id).changes === 0) throw new ApiError('NOT_FOUND', `There is no journey with id "${id}".`);
    },
  };
}

export type JourneysRepository = ReturnType<typeof createJourneysRepository>;
